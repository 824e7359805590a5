package org.diplograph.eval;

/**
 * True positives, false positives and false negatives of one matching. A ratio with a zero denominator is 0 (as in
 * conlleval): no predictions means precision 0, not undefined.
 */
public record Counts(long tp, long fp, long fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return harmonic(precision(), recall());
    }

    static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }

    static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
