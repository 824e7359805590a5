package org.diplograph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B³ (Bagga and Baldwin 1998), mention-based: recall = Σ_K Σ_R |K∩R|²/|K| / Σ_K |K|, precision the same with K and
 * R swapped. A key mention absent from the response adds to the denominator only (reference-scorer convention).
 */
public final class BCubed implements CorefMetric {

    @Override
    public String name() {
        return "B3";
    }

    @Override
    public Score score(List<Set<String>> key, List<Set<String>> response) {
        return CorefMetric.symmetric(key, response, BCubed::side);
    }

    private static double[] side(List<Set<String>> clusters, List<Set<String>> other) {
        Map<String, Integer> clusterOf = CorefMetric.clusterIndex(other);
        double num = 0;
        double den = 0;
        for (Set<String> c : clusters) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String m : c) {
                Integer o = clusterOf.get(m);
                if (o != null) {
                    overlap.merge(o, 1, Integer::sum);
                }
            }
            for (int n : overlap.values()) {
                num += (double) n * n / c.size();
            }
            den += c.size();
        }
        return new double[] {num, den};
    }
}
