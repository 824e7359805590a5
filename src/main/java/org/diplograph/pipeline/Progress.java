package org.diplograph.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal, a log line every few
 * seconds otherwise (CI logs, pipes). Silent for runs shorter than a couple of seconds.
 */
final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long QUIET_MS = 2_000;
    private static final long LOG_EVERY_MS = 5_000;

    private final long startNanos = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private final PrintStream err = System.err;
    private final long expected;
    private long lastShown;
    private boolean drewBar;

    Progress(long expected) {
        this.expected = expected;
    }

    synchronized void update(long done, long rejected) {
        long now = System.currentTimeMillis();
        long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
        if (elapsedMs < QUIET_MS || now - lastShown < (terminal ? 200 : LOG_EVERY_MS)) {
            return;
        }
        lastShown = now;
        double rate = done / Math.max(0.001, elapsedMs / 1000.0);
        if (terminal) {
            int width = 30;
            int filled = expected > 0 ? (int) Math.min(width, width * done / expected) : 0;
            err.printf(Locale.ROOT, "\r[%s%s] %,d%s articles, %,d rejected, %.0f/s ",
                    "=".repeat(filled), " ".repeat(width - filled), done,
                    expected > 0 ? "/" + String.format(Locale.ROOT, "%,d", expected) : "", rejected, rate);
            err.flush();
            drewBar = true;
        } else {
            LOG.info(String.format(Locale.ROOT, "%,d%s articles done, %,d rejected, %.0f articles/s", done,
                    expected > 0 ? " of ~" + expected : "", rejected, rate));
        }
    }

    synchronized void finish() {
        if (drewBar) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
