package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MUC, B³, CEAF-e and CoNLL F1 on cases worked out by hand in the comments. */
class CorefMetricsTest {

    private static final double EPS = 1e-9;

    static List<Set<String>> clusters(String... groups) {
        List<Set<String>> out = new ArrayList<>();
        for (String g : groups) {
            out.add(new LinkedHashSet<>(List.of(g.split(""))));
        }
        return out;
    }

    static void assertScore(double r, double p, CorefMetric.Score s, String what) {
        assertEquals(r, s.recall(), EPS, what + " recall");
        assertEquals(p, s.precision(), EPS, what + " precision");
    }

    /**
     * The worked example of Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions": key
     * {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}. e is key-only, h and i are response-only.
     */
    @Test
    void pradhanEtAl2014Example() {
        List<Set<String>> key = clusters("abc", "defg");
        List<Set<String>> response = clusters("ab", "cd", "fghi");

        // MUC recall: {a,b,c} splits into {a,b}{c} → 3−2 = 1 link; {d,e,f,g} into {d}{e}{f,g} → 4−3 = 1;
        // over (3−1)+(4−1) = 5 links → 2/5. Precision: {a,b} → 2−1 = 1; {c,d} → {c}{d}: 0; {f,g,h,i} →
        // {f,g}{h}{i}: 4−3 = 1; over 1+1+3 = 5 → 2/5.
        assertScore(0.4, 0.4, new Muc().score(key, response), "MUC");

        // B³ recall: Σ_K Σ_R |K∩R|²/|K| = (2² + 1²)/3 + (1² + 2²)/4 = 5/3 + 5/4 = 35/12, over 7 key mentions
        // → 35/84 = 5/12 ≈ 0.4167. Precision: {a,b}: 2²/2 = 2; {c,d}: (1+1)/2 = 1; {f,g,h,i}: 2²/4 = 1;
        // 4 over 8 response mentions → 1/2. F1 = 2·(1/2)(5/12)/(11/12) = 5/11.
        CorefMetric.Score b3 = new BCubed().score(key, response);
        assertScore(5.0 / 12, 0.5, b3, "B3");
        assertEquals(5.0 / 11, b3.f1(), EPS);

        // CEAF-e, φ4 = 2|K∩R|/(|K|+|R|): abc–ab 4/5, abc–cd 2/5, defg–cd 2/6, defg–fghi 4/8. Best one-to-one:
        // abc–ab + defg–fghi = 0.8 + 0.5 = 1.3 (the alternatives give 0.9 and 1.1333). R = 1.3/2 = 0.65,
        // P = 1.3/3 ≈ 0.4333, F1 = 2·0.65·(13/30)/(0.65 + 13/30) = 0.52.
        CorefMetric.Score ceaf = new CeafE().score(key, response);
        assertScore(0.65, 1.3 / 3, ceaf, "CEAF-e");
        assertEquals(0.52, ceaf.f1(), EPS);

        // CoNLL F1 = (0.4 + 5/11 + 0.52) / 3 ≈ 0.45818
        assertEquals((0.4 + 5.0 / 11 + 0.52) / 3, CorefScorer.score(key, response).conllF1(), EPS);
    }

    @Test
    void perfectResponseScoresOne() {
        List<Set<String>> key = clusters("abc", "de", "f");
        for (CorefMetric m : CorefScorer.METRICS) {
            assertScore(1, 1, m.score(key, clusters("abc", "de", "f")), m.name());
        }
        assertEquals(1.0, CorefScorer.score(key, clusters("cba", "ed", "f")).conllF1(), EPS);
    }

    @Test
    void emptyResponseScoresZero() {
        List<Set<String>> key = clusters("abc", "de");
        for (CorefMetric m : CorefScorer.METRICS) {
            assertScore(0, 0, m.score(key, List.of()), m.name());
        }
        CorefScorer.Result r = CorefScorer.score(key, List.of());
        assertEquals(new Counts(0, 0, 5), r.mentionDetection());
        assertEquals(0, r.conllF1(), EPS);
    }

    /** Key {a,b,c} {d,e}; the response puts every mention alone. */
    @Test
    void allSingletonResponse() {
        List<Set<String>> key = clusters("abc", "de");
        List<Set<String>> response = clusters("a", "b", "c", "d", "e");
        // MUC: no response links. Recall: {a,b,c} → 3 parts: 0, {d,e} → 2 parts: 0 → 0/3. Precision 0/0 → 0.
        assertScore(0, 0, new Muc().score(key, response), "MUC");
        // B³ recall: 3·(1/3) + 2·(1/2) = 2, over 5 → 0.4; precision: each singleton is pure → 5/5 = 1.
        assertScore(0.4, 1, new BCubed().score(key, response), "B3");
        // CEAF-e: abc–a = 2/4 = 0.5, de–d = 2/3; total 7/6. R = (7/6)/2 = 7/12; P = (7/6)/5 = 7/30.
        assertScore(7.0 / 12, 7.0 / 30, new CeafE().score(key, response), "CEAF-e");
    }

    /** Key of singletons {a} {b}; the response merges them. */
    @Test
    void singletonKeyMergedResponse() {
        List<Set<String>> key = clusters("a", "b");
        List<Set<String>> response = clusters("ab");
        // MUC: the key has no links → recall 0/0 = 0; response {a,b} splits into 2 key parts → 0/1.
        assertScore(0, 0, new Muc().score(key, response), "MUC");
        // B³ recall: {a}: 1²/1 = 1, {b}: 1 → 2/2 = 1; precision: {a,b}: (1+1)/2 = 1 over 2 → 0.5.
        assertScore(1, 0.5, new BCubed().score(key, response), "B3");
        // CEAF-e: φ4({a},{a,b}) = 2/3 = φ4({b},{a,b}); one response cluster, so total 2/3: R = 1/3, P = 2/3.
        assertScore(1.0 / 3, 2.0 / 3, new CeafE().score(key, response), "CEAF-e");
    }

    @Test
    void aMentionInTwoClustersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BCubed().score(clusters("ab", "bc"), List.of()));
    }

    /** A case where the greedy pairing (take the best cell first) is wrong: 0.9 + 0 < 0.8 + 0.8. */
    @Test
    void hungarianBeatsGreedy() {
        int[] a = Hungarian.maxWeight(new double[][] {{0.9, 0.8}, {0.8, 0.0}});
        assertEquals(1, a[0]);
        assertEquals(0, a[1]);
    }

    @Test
    void hungarianOnRectangularMatrices() {
        // 3 rows, 2 columns: best is row 2 → col 0 (5) and row 0 → col 1 (4); row 1 gets nothing.
        int[] a = Hungarian.maxWeight(new double[][] {{1, 4}, {2, 3}, {5, 1}});
        assertEquals(1, a[0]);
        assertEquals(-1, a[1]);
        assertEquals(0, a[2]);
        assertEquals(0, Hungarian.maxWeight(new double[0][0]).length);
    }

    @Test
    void hungarianMatchesBruteForce() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(6);
            int m = 1 + random.nextInt(6);
            double[][] w = new double[n][m];
            for (double[] row : w) {
                for (int j = 0; j < m; j++) {
                    row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                }
            }
            int[] a = Hungarian.maxWeight(w);
            double got = 0;
            Set<Integer> used = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                if (a[i] >= 0) {
                    got += w[i][a[i]];
                    assertEquals(true, used.add(a[i]), "column used twice");
                }
            }
            assertEquals(brute(w, 0, new boolean[m]), got, 1e-9, "trial " + trial);
        }
    }

    private static double brute(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = brute(w, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, w[row][j] + brute(w, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    /** CEAF-e solves each connected group of clusters apart; the total must equal one assignment over all. */
    @Test
    void ceafGroupingEqualsOneBigAssignment() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            List<Set<String>> key = randomPartition(random, "k");
            List<Set<String>> response = randomPartition(random, "r");
            double[][] sim = new double[key.size()][response.size()];
            for (int i = 0; i < key.size(); i++) {
                for (int j = 0; j < response.size(); j++) {
                    sim[i][j] = CeafE.phi4(key.get(i), response.get(j));
                }
            }
            double best = brute(sim, 0, new boolean[response.size()]);
            CorefMetric.Score s = new CeafE().score(key, response);
            assertEquals(best / key.size(), s.recall(), 1e-9, "trial " + trial);
        }
    }

    /** Up to 7 clusters over mentions 0..9, some mentions left out (key-only or response-only). */
    private static List<Set<String>> randomPartition(Random random, String salt) {
        int k = 1 + random.nextInt(7);
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new LinkedHashSet<>());
        }
        for (int mention = 0; mention < 10; mention++) {
            if (random.nextInt(5) > 0) {
                out.get(random.nextInt(k)).add("m" + mention);
            }
        }
        out.removeIf(Set::isEmpty);
        return out;
    }
}
