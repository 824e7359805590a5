package org.diplograph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MUC (Vilain et al. 1995), link-based: recall = Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K, where p(K) is the
 * partition of K by the response and a mention the response lacks is a part of its own; precision swaps the roles.
 * Singletons have no links, so a key of singletons only has MUC recall 0/0 = 0.
 */
public final class Muc implements CorefMetric {

    @Override
    public String name() {
        return "MUC";
    }

    @Override
    public Score score(List<Set<String>> key, List<Set<String>> response) {
        return CorefMetric.symmetric(key, response, Muc::links);
    }

    /** {found links, all links} of {@code clusters} as seen through {@code other}. */
    private static double[] links(List<Set<String>> clusters, List<Set<String>> other) {
        Map<String, Integer> clusterOf = CorefMetric.clusterIndex(other);
        double num = 0;
        double den = 0;
        for (Set<String> c : clusters) {
            Set<Integer> parts = new HashSet<>();
            int alone = 0;
            for (String m : c) {
                Integer o = clusterOf.get(m);
                if (o == null) {
                    alone++;
                } else {
                    parts.add(o);
                }
            }
            num += c.size() - (parts.size() + alone);
            den += c.size() - 1;
        }
        return new double[] {num, den};
    }
}
