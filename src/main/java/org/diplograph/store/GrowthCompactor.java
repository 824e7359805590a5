package org.diplograph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a store that is being written while it is served, whenever it has grown past a factor of its size after
 * the last compaction. TDB2 keeps every replaced block until compacted: re-ingesting 300 articles grew a store by
 * 957 MB, 12 KB per triple.
 */
public final class GrowthCompactor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GrowthCompactor.class);

    private final GraphStore store;
    private final Path dir;
    private final double factor;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-compactor");
        t.setDaemon(true);
        return t;
    });
    private long baseline;

    public GrowthCompactor(GraphStore store, Path dir, double factor) {
        this.store = store;
        this.dir = dir;
        this.factor = factor;
    }

    /** Starts looking every period; the size now is the first baseline. */
    public GrowthCompactor start(Duration every) {
        baseline = DiskUsage.bytes(dir);
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Compacts if the store outgrew its baseline; returns whether it did. */
    boolean check() {
        try {
            long now = DiskUsage.bytes(dir);
            if (now <= baseline * factor) {
                return false;
            }
            long start = System.nanoTime();
            store.compact();
            baseline = DiskUsage.bytes(dir);
            LOG.info("compacted {}: {} -> {} in {} s", dir, DiskUsage.human(now), DiskUsage.human(baseline),
                    (System.nanoTime() - start) / 1_000_000_000);
            return true;
        } catch (RuntimeException e) {
            // a failed compaction leaves the old generation in use; the next look tries again
            LOG.warn("compaction of {} failed: {}", dir, e.toString());
            return false;
        }
    }

    /** Stops looking, waiting for a compaction under way to finish so the store closes whole. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.MINUTES);
    }
}
