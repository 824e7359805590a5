package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readers and scorers on the real dev sets in ../shared/eval; skipped where that folder is absent. Pins the
 * document counts and the held-out counts, so the split cannot move without this test noticing.
 */
class RealDataTest {

    static final Path DATA = Path.of("../shared/eval");

    @BeforeAll
    static void needsData() {
        assumeTrue(Files.isDirectory(DATA), "../shared/eval absent: real-data checks skipped");
    }

    private static Gold read(Corpus c) throws Exception {
        assumeTrue(Files.isRegularFile(c.file(DATA)), c.file(DATA) + " absent");
        return c.read(DATA);
    }

    @Test
    void documentAndHeldOutCounts() throws Exception {
        Map<Corpus, int[]> expected = new LinkedHashMap<>();
        expected.put(Corpus.MEANTIME, new int[] {60, 21});
        expected.put(Corpus.RE3D, new int[] {41, 12});
        expected.put(Corpus.WIKIGOLD, new int[] {145, 45});
        expected.put(Corpus.ECBPLUS, new int[] {772, 243});
        for (var e : expected.entrySet()) {
            Gold g = read(e.getKey());
            assertEquals(e.getValue()[0], g.docs().size(), e.getKey().key());
            assertEquals(e.getValue()[1], g.restrict(Split.HELDOUT).docs().size(), e.getKey().key());
        }
    }

    /** Every gold span lies inside its document's text, and gold scored against itself is perfect. */
    @Test
    void goldAgainstItselfIsPerfect() throws Exception {
        for (Corpus c : List.of(Corpus.MEANTIME, Corpus.RE3D, Corpus.WIKIGOLD)) {
            Gold g = read(c);
            Map<String, Integer> length = new LinkedHashMap<>();
            g.docs().forEach(d -> length.put(d.id(), d.text().length()));
            for (EntitySpan e : g.entities()) {
                assertTrue(e.span().end() <= length.get(e.docId()), c + " " + e);
            }
            NerScorer.Result r = NerScorer.score(g.entities(), g.entities());
            assertEquals(1.0, r.micro().f1(), 1e-12, c.key());
            assertTrue(g.entities().size() > 100, c.key());
        }
        Gold re3d = read(Corpus.RE3D);
        assertEquals(1.0, RelationScorer.score(re3d.relations(), re3d.relations()).micro().f1(), 1e-12);
    }

    /** ECB+ held-out entity chains against themselves: every metric 1 (and fast, though clusters run to thousands). */
    @Test
    void ecbplusChainsAgainstThemselves() throws Exception {
        Gold g = read(Corpus.ECBPLUS).restrict(Split.HELDOUT);
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (CorefMention m : g.coref()) {
            if (m.kind().equals("entity")) {
                chains.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m.key());
            }
        }
        List<java.util.Set<String>> key = chains.values().stream()
                .map(l -> (java.util.Set<String>) new java.util.LinkedHashSet<>(l)).toList();
        assertTrue(key.size() > 500, "entity chains: " + key.size());
        CorefScorer.Result r = CorefScorer.score(key, key);
        assertEquals(1.0, r.metrics().get("B3").f1(), 1e-12);
        assertEquals(1.0, r.metrics().get("CEAF-e").f1(), 1e-12);
        assertEquals(1.0, r.metrics().get("MUC").f1(), 1e-12);
    }
}
