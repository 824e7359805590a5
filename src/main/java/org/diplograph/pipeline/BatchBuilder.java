package org.diplograph.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.diplograph.pipeline.StageClock.Stage;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.resolve.ResolvedEntity;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.text.Article;
import org.diplograph.text.InputScanner;
import org.diplograph.text.InputSink;
import org.diplograph.text.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a store from input files: one reader (this thread), N workers running the article pipeline,
 * and one writer committing finished articles in small batches, each batch one transaction holding
 * whole articles only. A bad input is rejected on its own line and the batch goes on.
 */
public final class BatchBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(BatchBuilder.class);
    private static final int MAX_BATCH = 64;

    /**
     * What a build did, for the final summary.
     *
     * @param articles  articles extracted and written
     * @param unchanged articles the store already held as this pipeline would extract them, so not extracted again
     * @param firstStored when the first article was committed (epoch milliseconds), 0 if none was
     */
    public record Summary(long articles, long unchanged, long rejected, long entities, long quads, double seconds,
                          long firstStored) {
        public double articlesPerSecond() {
            return articles / Math.max(seconds, 1e-3);
        }

        public String describe() {
            return String.format(Locale.ROOT,
                    "%,d articles read, %,d rejected%s; %,d entities; %,d triples written; %.1f s (%.1f articles/s)",
                    articles + unchanged, rejected,
                    unchanged > 0 ? String.format(Locale.ROOT, ", %,d already in the store unchanged", unchanged) : "",
                    entities, quads, seconds, articlesPerSecond());
        }
    }

    private final ArticlePipeline pipeline;
    private final GraphStore store;
    private final int threads;

    public BatchBuilder(ArticlePipeline pipeline, GraphStore store, int threads) {
        this.pipeline = pipeline;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    public Summary build(List<Path> inputs, Consumer<Rejection> onReject) {
        long start = System.nanoTime();
        AtomicLong rejected = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong quadsWritten = new AtomicLong();
        AtomicLong firstStored = new AtomicLong();
        Set<String> entityKeys = ConcurrentHashMap.newKeySet();
        Consumer<Rejection> reject = r -> {
            rejected.incrementAndGet();
            onReject.accept(r);
        };
        List<Path> files = InputScanner.expand(inputs, sinkRejecting(reject));
        Progress progress = new Progress(estimate(files));

        BlockingQueue<List<ArticleQuads>> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<RuntimeException> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                while (true) {
                    List<ArticleQuads> first = queue.take();
                    if (first.isEmpty()) {
                        return;
                    }
                    List<ArticleQuads> batch = new ArrayList<>(first);
                    List<List<ArticleQuads>> more = new ArrayList<>();
                    queue.drainTo(more, MAX_BATCH);
                    boolean done = false;
                    for (List<ArticleQuads> m : more) {
                        if (m.isEmpty()) {
                            done = true;
                        } else {
                            batch.addAll(m);
                        }
                    }
                    if (writerFailure.get() == null) {
                        try {
                            pipeline.clock().time(Stage.STORE, () -> {
                                store.replaceGraphs(batch);
                                return null;
                            });
                            written.addAndGet(batch.size());
                            firstStored.compareAndSet(0, System.currentTimeMillis());
                            batch.forEach(a -> quadsWritten.addAndGet(a.quads().size()));
                        } catch (RuntimeException e) {
                            // Keep draining so workers never block; the failure is reported at the end.
                            writerFailure.set(e);
                        }
                    }
                    progress.update(written.get(), rejected.get());
                    if (done) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "diplograph-writer");
        writer.start();

        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplograph-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 8);
        InputSink sink = new InputSink() {
            @Override
            public void accept(Article article) {
                inFlight.acquireUninterruptibly();
                workers.submit(() -> {
                    try {
                        if (pipeline.isStored(article, store)) {
                            unchanged.incrementAndGet();
                            return;
                        }
                        ResolvedArticle resolved = pipeline.resolve(article);
                        for (ResolvedEntity e : resolved.entities()) {
                            entityKeys.add(e.key());
                        }
                        queue.put(List.of(pipeline.toQuads(resolved)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        LOG.debug("failed on {}", article.origin(), e);
                        reject.accept(new Rejection(article.origin(), "internal error while extracting: " + e));
                    } finally {
                        inFlight.release();
                    }
                });
            }

            @Override
            public void reject(Rejection rejection) {
                reject.accept(rejection);
            }
        };
        for (Path file : files) {
            if (writerFailure.get() != null) {
                break;
            }
            pipeline.clock().time(Stage.READ, () -> {
                InputScanner.read(file, sink);
                return null;
            });
        }
        workers.shutdown();
        try {
            workers.awaitTermination(365, TimeUnit.DAYS);
            queue.put(List.of());
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        progress.finish();
        if (writerFailure.get() != null) {
            throw writerFailure.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Summary(written.get(), unchanged.get(), rejected.get(), entityKeys.size(), quadsWritten.get(),
                seconds, firstStored.get());
    }

    /** A sink for {@link InputScanner#expand}, which finds files and rejects, but reads no article. */
    static InputSink sinkRejecting(Consumer<Rejection> reject) {
        return new InputSink() {
            @Override
            public void accept(Article article) {
                throw new IllegalStateException("expand() does not read articles");
            }

            @Override
            public void reject(Rejection rejection) {
                reject.accept(rejection);
            }
        };
    }

    /** Articles expected: one per file, one per line of JSONL files. */
    private static long estimate(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".jsonl")) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    while (r.readLine() != null) {
                        n++;
                    }
                } catch (IOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }
}
