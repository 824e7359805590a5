package org.diplograph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that java.util.regex reads through {@link #charAt}, and that stops the match once the query's time is up.
 * java.util.regex never looks at a cancel flag, so a backtracking pattern such as {@code (.*a){12}$} would otherwise
 * hold a core long after the query timed out.
 */
final class DeadlineText implements CharSequence {

    /** Checking the clock on every read would slow ordinary matches; one read in 4096 is still well under a millisecond. */
    private static final int CHECK_MASK = 0xFFF;

    private final String text;
    private final long deadlineNanos;
    private final AtomicBoolean cancelled;
    private int reads;

    /**
     * @param deadlineNanos {@link System#nanoTime()} after which reading fails; {@link Long#MAX_VALUE} for none
     * @param cancelled the query's cancel signal, or null
     */
    DeadlineText(String text, long deadlineNanos, AtomicBoolean cancelled) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_MASK) == 0) {
            check();
        }
        return text.charAt(index);
    }

    private void check() {
        if ((cancelled != null && cancelled.get())
                || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0)) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), deadlineNanos, cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
