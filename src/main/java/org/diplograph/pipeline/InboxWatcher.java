package org.diplograph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.diplograph.store.GraphStore;
import org.diplograph.text.InputScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store in step with folders of articles while the store is being queried: every interval it looks for
 * files that are new or changed since it last read them, builds them into the store (whole articles per
 * transaction, so a query sees each article entirely or not at all) and re-runs the cross-article consolidation.
 * A file still being written is left for the next round: it is read once its modification time is at least one
 * interval old. Files that disappear are not retracted; that is what {@code remove} is for.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    /** What the watcher remembers of a file it has read. */
    private record Seen(long size, FileTime modified) {
    }

    private final Diplograph diplograph;
    private final GraphStore store;
    private final List<Path> inputs;
    private final Duration interval;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "diplograph-inbox");
        t.setDaemon(true);
        return t;
    });
    private volatile long rounds;

    /** A watcher over models already loaded, with the build's defaults otherwise. */
    public InboxWatcher(ArticlePipeline pipeline, GraphStore store, String base, List<Path> inputs, int threads,
                        Duration interval) {
        this(Diplograph.builder().pipeline(pipeline).base(base).threads(threads).build(), store, inputs, interval);
    }

    public InboxWatcher(Diplograph diplograph, GraphStore store, List<Path> inputs, Duration interval) {
        this.diplograph = diplograph;
        this.store = store;
        this.inputs = List.copyOf(inputs);
        this.interval = interval;
    }

    public InboxWatcher start() {
        scheduler.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Rounds completed so far (a round that found nothing counts too). */
    public long rounds() {
        return rounds;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // one bad round must not stop the watcher; the store is whole, since every write is one transaction
            LOG.error("ingest round failed: {}", e.toString(), e);
        } finally {
            rounds++;
        }
    }

    /** One round: reads what is new or changed and settled; returns the number of files read. */
    int poll() {
        List<Path> files = InputScanner.expand(inputs, BatchBuilder.sinkRejecting(r -> LOG.warn("rejected {}", r)));
        long settledBefore = System.currentTimeMillis() - interval.toMillis();
        List<Path> due = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        for (Path f : files) {
            try {
                Seen s = new Seen(Files.size(f), Files.getLastModifiedTime(f));
                if (s.equals(seen.get(f))) {
                    continue;
                }
                if (s.modified().toMillis() > settledBefore) {
                    continue; // perhaps still being written
                }
                due.add(f);
                now.put(f, s);
            } catch (IOException e) {
                LOG.warn("{}: cannot read ({})", f, e.getMessage());
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        BatchBuilder.Summary summary = diplograph.ingest(due, store, r -> LOG.warn("rejected {}", r));
        seen.putAll(now);
        LOG.info("ingested {} new or changed files: {}", due.size(), summary.describe());
        return due.size();
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("an ingest round is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
