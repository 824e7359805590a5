package org.diplograph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-based CEAF (Luo 2005, φ4): the best one-to-one alignment of key to response clusters by
 * φ4(K, R) = 2|K∩R| / (|K| + |R|), found with {@link Hungarian}; recall = total similarity / number of key clusters,
 * precision = total / number of response clusters. Clusters sharing no mention have similarity 0, so the assignment
 * is solved separately on each connected group of clusters: the same optimum, without a cubic cost over thousands of
 * corpus-wide clusters.
 */
public final class CeafE implements CorefMetric {

    @Override
    public String name() {
        return "CEAF-e";
    }

    @Override
    public Score score(List<Set<String>> key, List<Set<String>> response) {
        CorefMetric.checkPartition(key, "key");
        CorefMetric.checkPartition(response, "response");
        double total = 0;
        for (int[][] group : groups(key, response)) {
            int[] ks = group[0];
            int[] rs = group[1];
            if (ks.length == 0 || rs.length == 0) {
                continue;
            }
            double[][] sim = new double[ks.length][rs.length];
            for (int i = 0; i < ks.length; i++) {
                for (int j = 0; j < rs.length; j++) {
                    sim[i][j] = phi4(key.get(ks[i]), response.get(rs[j]));
                }
            }
            int[] assigned = Hungarian.maxWeight(sim);
            for (int i = 0; i < ks.length; i++) {
                if (assigned[i] >= 0) {
                    total += sim[i][assigned[i]];
                }
            }
        }
        return new Score(total, key.size(), total, response.size());
    }

    static double phi4(Set<String> k, Set<String> r) {
        int common = 0;
        for (String m : k) {
            if (r.contains(m)) {
                common++;
            }
        }
        return 2.0 * common / (k.size() + r.size());
    }

    /** Connected components of the graph linking clusters that share a mention: {key indices, response indices}. */
    private static List<int[][]> groups(List<Set<String>> key, List<Set<String>> response) {
        int nk = key.size();
        int[] parent = new int[nk + response.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> keyOf = new HashMap<>();
        for (int i = 0; i < nk; i++) {
            for (String m : key.get(i)) {
                keyOf.put(m, i);
            }
        }
        for (int j = 0; j < response.size(); j++) {
            for (String m : response.get(j)) {
                Integer i = keyOf.get(m);
                if (i != null) {
                    parent[find(parent, nk + j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Integer>> keys = new HashMap<>();
        Map<Integer, List<Integer>> responses = new HashMap<>();
        for (int i = 0; i < nk; i++) {
            keys.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < response.size(); j++) {
            responses.computeIfAbsent(find(parent, nk + j), x -> new ArrayList<>()).add(j);
        }
        List<int[][]> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : keys.entrySet()) {
            List<Integer> rs = responses.getOrDefault(e.getKey(), List.of());
            out.add(new int[][] {e.getValue().stream().mapToInt(Integer::intValue).toArray(),
                    rs.stream().mapToInt(Integer::intValue).toArray()});
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
