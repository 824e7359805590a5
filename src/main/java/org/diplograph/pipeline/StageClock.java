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
 *
 * <p>Stages nest: a stage timed while another runs on the same thread (the parse a fact component asks for) is
 * charged to itself and taken out of the enclosing one, so the stages add up to the work done, each counted once.
 */
public final class StageClock {

    /** The stages, in the order an article meets them. */
    public enum Stage {
        /** reading input files into articles (the reader thread) */
        READ,
        CLEAN,
        /** sentences, tokens, tags */
        ANNOTATE,
        /** the name finder's context encoder, when the extractor reports it apart (see {@link #charge}) */
        ENCODER,
        /** NLP4J's name tagger, whose labels the name finder reads, reported apart as the encoder is */
        NAME_TAGGER,
        /** names and roles, without the encoder and the name tagger */
        NAMES,
        /** the dependency parse the fact components ask for */
        PARSE,
        /** events, stances, quotes and contacts, without the parse */
        FACTS,
        /** one node per entity, links to the knowledge base */
        RESOLVE,
        /** the article's quads */
        WRITE,
        /** committing quads to the store (the writer thread) */
        STORE
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The stage running on this thread, if any, and how much of its time stages nested in it took. */
    private static final ThreadLocal<Frame> RUNNING = new ThreadLocal<>();

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    private static final class Frame {
        final Frame outer;
        long nested;

        Frame(Frame outer) {
            this.outer = outer;
        }
    }

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        Frame frame = new Frame(RUNNING.get());
        RUNNING.set(frame);
        long start = cpuNanos();
        try {
            return work.get();
        } finally {
            long spent = cpuNanos() - start;
            nanos.get(stage).add(spent - frame.nested);
            RUNNING.set(frame.outer);
            if (frame.outer != null) {
                frame.outer.nested += spent;
            } else {
                RUNNING.remove();
            }
        }
    }

    /**
     * Moves CPU time a component measured itself (the encoder and the name tagger inside the name finder, which this clock cannot wrap)
     * from one stage to another.
     */
    public void charge(Stage from, Stage to, long cpuNanos) {
        nanos.get(from).add(-cpuNanos);
        nanos.get(to).add(cpuNanos);
    }

    /** CPU milliseconds spent in a stage so far. */
    public double millis(Stage stage) {
        return nanos.get(stage).sum() / 1e6;
    }

    /** The calling thread's CPU clock in nanoseconds (wall time where the JVM cannot read it). */
    public static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
