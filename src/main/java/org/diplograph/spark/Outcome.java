package org.diplograph.spark;

import java.io.Serializable;

/**
 * What became of one input: an article's graph as N-Quads lines and its event-report record as a line of JSON, or
 * the reason it was rejected.
 */
record Outcome(String nquads, String reports, String origin, String rejection) implements Serializable {

    private static final long serialVersionUID = 1L;

    static Outcome extracted(String nquads, String reports) {
        return new Outcome(nquads, reports, null, null);
    }

    static Outcome rejected(String origin, String reason) {
        return new Outcome(null, null, origin, reason);
    }

    boolean ok() {
        return rejection == null;
    }

    /** A line of the rejects output: where, a tab, why. */
    String rejectLine() {
        return origin.replace('\t', ' ').replace('\n', ' ') + "\t" + rejection.replace('\t', ' ').replace('\n', ' ');
    }
}
