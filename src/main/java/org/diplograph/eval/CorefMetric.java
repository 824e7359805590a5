package org.diplograph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One coreference metric over two partitions of mentions (key = gold, response = predicted). The two may cover
 * different mentions: the formulas are those of the reference scorer (Pradhan et al. 2014), where a key mention the
 * response lacks simply earns nothing, and vice versa.
 */
public interface CorefMetric {

    String name();

    Score score(List<Set<String>> key, List<Set<String>> response);

    /** Recall and precision as fractions, kept apart so figures can be summed or checked by hand. */
    record Score(double recallNum, double recallDen, double precisionNum, double precisionDen) {
        public Score {
            if (recallNum < 0 || recallDen < 0 || precisionNum < 0 || precisionDen < 0
                    || recallNum > recallDen + 1e-9 || precisionNum > precisionDen + 1e-9) {
                throw new IllegalArgumentException("not a fraction: R " + recallNum + "/" + recallDen
                        + ", P " + precisionNum + "/" + precisionDen);
            }
        }

        public double recall() {
            return Counts.ratio(recallNum, recallDen);
        }

        public double precision() {
            return Counts.ratio(precisionNum, precisionDen);
        }

        public double f1() {
            return Counts.harmonic(precision(), recall());
        }
    }

    /**
     * The score of a metric whose precision is its recall with key and response swapped (MUC, B³): {@code side}
     * gives {numerator, denominator} for the clusters of its first argument seen through its second.
     */
    static Score symmetric(List<Set<String>> key, List<Set<String>> response,
                           java.util.function.BiFunction<List<Set<String>>, List<Set<String>>, double[]> side) {
        checkPartition(key, "key");
        checkPartition(response, "response");
        double[] r = side.apply(key, response);
        double[] p = side.apply(response, key);
        return new Score(r[0], r[1], p[0], p[1]);
    }

    /** Mention → index of its cluster: how one partition is seen through the other. */
    static java.util.Map<String, Integer> clusterIndex(List<Set<String>> clusters) {
        java.util.Map<String, Integer> clusterOf = new java.util.HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String m : clusters.get(i)) {
                clusterOf.put(m, i);
            }
        }
        return clusterOf;
    }

    /** A mention in two clusters of one partition is a caller's bug that would inflate every metric. */
    static void checkPartition(List<Set<String>> clusters, String which) {
        Set<String> seen = new HashSet<>();
        for (Set<String> c : clusters) {
            for (String m : c) {
                if (!seen.add(m)) {
                    throw new IllegalArgumentException("mention " + m + " is in two " + which + " clusters");
                }
            }
        }
    }
}
