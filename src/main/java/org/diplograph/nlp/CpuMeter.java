package org.diplograph.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * CPU time one component spends, counted per thread. A model that runs inside another stage (the name finder's
 * encoder and name tagger) meters itself; the stage's caller reads {@link #spent} before and after and moves the
 * difference to a stage of the model's own.
 */
public final class CpuMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ThreadLocal<long[]> spent = ThreadLocal.withInitial(() -> new long[1]);

    /** Runs {@code work} and counts the CPU time it took on this thread. */
    public <T> T measure(Supplier<T> work) {
        long start = threadCpuNanos();
        try {
            return work.get();
        } finally {
            spent.get()[0] += threadCpuNanos() - start;
        }
    }

    /** CPU nanoseconds the calling thread has spent in {@link #measure} so far. */
    public long spent() {
        return spent.get()[0];
    }

    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
