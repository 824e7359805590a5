package org.diplograph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * CPU time spent in each stage of the pipeline, summed over the threads that ran it: what {@code bench} reports per
 * article, so a cost can be traced to its stage. Reading a thread's CPU clock costs about a microsecond, so it is
 * always on.
 */
public final class StageClock {

    /** The stages of one article, in the order they run. Facts include the dependency parse they ask for. */
    public enum Stage { CLEAN, ANNOTATE, NAMES, FACTS, RESOLVE, WRITE }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = cpuNanos();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(cpuNanos() - start);
        }
    }

    /** CPU milliseconds spent in a stage so far. */
    public double millis(Stage stage) {
        return nanos.get(stage).sum() / 1e6;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
