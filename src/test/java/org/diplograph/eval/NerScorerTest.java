package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exact-span NER scoring on cases counted by hand. */
class NerScorerTest {

    private static final double EPS = 1e-9;

    static EntitySpan e(String doc, int start, int end, String type) {
        return new EntitySpan(doc, new Span(start, end), type);
    }

    /**
     * Gold: d1 PER 0–5, ORG 10–15, LOC 20–25; d2 PER 0–4. Predicted: d1 PER 0–5 (right), LOC 10–15 (right span,
     * wrong type), PER 30–35 (spurious); nothing in d2.
     */
    @Test
    void perTypeMicroAndUntyped() {
        List<EntitySpan> gold = List.of(e("d1", 0, 5, "PER"), e("d1", 10, 15, "ORG"), e("d1", 20, 25, "LOC"),
                e("d2", 0, 4, "PER"));
        List<EntitySpan> pred = List.of(e("d1", 0, 5, "PER"), e("d1", 10, 15, "LOC"), e("d1", 30, 35, "PER"),
                e("d1", 0, 5, "PER")); // a duplicate line counts once
        NerScorer.Result r = NerScorer.score(gold, pred);
        // PER: tp 1 (d1 0–5), fp 1 (30–35), fn 1 (d2) → P = R = F1 = 0.5
        assertEquals(new Counts(1, 1, 1), r.byType().get("PER"));
        assertEquals(0.5, r.byType().get("PER").f1(), EPS);
        // ORG: 10–15 predicted as LOC → fn 1; LOC: the wrong-type prediction is a fp, gold 20–25 a fn
        assertEquals(new Counts(0, 0, 1), r.byType().get("ORG"));
        assertEquals(new Counts(0, 1, 1), r.byType().get("LOC"));
        // micro: tp 1, fp 2, fn 3 → P 1/3, R 1/4, F1 = 2·(1/12)/(7/12) = 2/7
        assertEquals(new Counts(1, 2, 3), r.micro());
        assertEquals(1.0 / 3, r.micro().precision(), EPS);
        assertEquals(0.25, r.micro().recall(), EPS);
        assertEquals(2.0 / 7, r.micro().f1(), EPS);
        assertEquals(r.micro(), r.core());
        // span only: gold spans 4, predicted 3; 0–5 and 10–15 match → tp 2, fp 1, fn 2 → P 2/3, R 1/2, F1 4/7
        assertEquals(new Counts(2, 1, 2), r.untyped());
        assertEquals(4.0 / 7, r.untyped().f1(), EPS);
        assertEquals(1.0, r.flatCeilingRecall(), EPS);
    }

    /** Gold ORG 0–10 containing PER 0–5 and LOC 6–10: a flat tagger hits at most 2 of the 3. */
    @Test
    void flatCeilingWithNestedGold() {
        NerScorer.Result r = NerScorer.score(List.of(e("d", 0, 10, "ORG"), e("d", 0, 5, "PER"), e("d", 6, 10, "LOC")),
                List.of());
        assertEquals(2.0 / 3, r.flatCeilingRecall(), EPS);
        assertEquals(new Counts(0, 0, 3), r.micro());
        assertEquals(0, r.micro().precision(), EPS);
    }

    @Test
    void perfectAndEmpty() {
        List<EntitySpan> gold = List.of(e("d", 0, 3, "PER"), e("d", 4, 9, "MISC"));
        NerScorer.Result perfect = NerScorer.score(gold, gold);
        assertEquals(1.0, perfect.micro().f1(), EPS);
        assertEquals(new Counts(1, 0, 0), perfect.core()); // MISC is not in PER+ORG+LOC
        assertEquals(0.0, NerScorer.score(gold, List.of()).micro().f1(), EPS);
        assertEquals(0.0, NerScorer.score(List.of(), List.of()).micro().f1(), EPS);
    }

    /**
     * The MEANTIME-shaped fixture and its predictions. Gold (meantime_tiny.jsonl, doc m1): ORG "Acme Corp",
     * PER "Jane Doe" (marked twice), LOC "Paris", ORG "Acme" (premodifier name), MISC "Acme phones" (a PRO
     * instance); the nominal, the event and the name without a typed instance are not gold. Doc m2 has no names
     * and no prediction line. Predictions: the first three right; "Acme" as NORP, read as LOC in MEANTIME, so a
     * wrong type; "Jane" PER spurious; "Acme phones" as DATE, a type MEANTIME does not annotate, not judged.
     */
    @Test
    void evaluatesAFileAgainstCorpusConventions() throws Exception {
        Gold gold = Corpus.readFile(resource("meantime_tiny.jsonl"));
        NerScorer.Report r = NerScorer.evaluate(gold, Split.ALL, Predictions.read(resource("meantime_tiny_pred.jsonl")),
                null);
        assertEquals(new Counts(1, 1, 0), r.result().byType().get("LOC"));
        assertEquals(new Counts(1, 0, 1), r.result().byType().get("ORG"));
        assertEquals(new Counts(1, 1, 0), r.result().byType().get("PER"));
        assertEquals(new Counts(0, 0, 1), r.result().byType().get("MISC"));
        // micro tp 3 fp 2 fn 2 → 0.6 / 0.6; PER+ORG+LOC tp 3 fp 2 fn 1 → P 0.6, R 0.75, F1 2/3
        assertEquals(new Counts(3, 2, 2), r.result().micro());
        assertEquals(new Counts(3, 2, 1), r.result().core());
        assertEquals(2.0 / 3, r.result().core().f1(), EPS);
        // spans: gold 5, predicted 5 judged ("Jane" is the one miss; "Acme phones" was not judged) → tp 4
        assertEquals(new Counts(4, 1, 1), r.result().untyped());
        // "Acme" sits inside "Acme phones": at most 4 of 5 for a flat tagger
        assertEquals(0.8, r.result().flatCeilingRecall(), EPS);
        assertEquals(new Coverage(2, 1, 0, Map.of("DATE", 1)), r.coverage());

        NerScorer.Report core = NerScorer.evaluate(gold, Split.ALL,
                Predictions.read(resource("meantime_tiny_pred.jsonl")), Set.of("PER", "ORG", "LOC"));
        assertEquals(Set.of("PER", "ORG", "LOC"), core.types());
        assertEquals(new Counts(3, 2, 1), core.result().micro());
    }

    /**
     * re3d fixture, PER+ORG+LOC: "The Council", "Minister Ann Lee" with "Ann Lee" nested in it, "Freedonia", and
     * "rebels", a description. One is not a name; of the four names a flat tagger can hit three, so 3 of 5.
     */
    @Test
    void nameCeilingLeavesOutDescriptionsAndPronouns() throws Exception {
        Gold gold = Corpus.readFile(resource("re3d_tiny.jsonl"));
        NerScorer.Report r = NerScorer.evaluate(gold, Split.ALL, new Predictions(Map.of(), Map.of()),
                Set.of("PER", "ORG", "LOC"));
        assertEquals(1, r.notNames());
        assertEquals(0.6, r.nameCeilingRecall(), EPS);
        assertEquals(0.8, r.result().flatCeilingRecall(), EPS);
        assertTrue(Reports.table(r).contains("name ceiling: 1 gold mentions are pronouns or have no capital letter"),
                Reports.table(r));
    }

    @Test
    void pronounsAndLowercaseDescriptionsAreNotNames() {
        assertFalse(NerScorer.isName("We"));
        assertFalse(NerScorer.isName("the camp residents"));
        assertTrue(NerScorer.isName("the United States"));
        assertTrue(NerScorer.isName("ISIL"));
    }

    /**
     * The same fixture's mistakes, one line each: "Jane" overlaps a gold name that was found, so it is spurious;
     * "Acme" as LOC is the gold ORG with another type; the gold MISC "Acme phones" was only half covered (by that
     * LOC), a wrong span. The three right names and the unjudged DATE are not listed.
     */
    @Test
    void listsEachMistakeWithWhatTheOtherSideHad() throws Exception {
        Gold gold = Corpus.readFile(resource("meantime_tiny.jsonl"));
        List<NerScorer.Error> errors = NerScorer.errors(gold, Predictions.read(resource("meantime_tiny_pred.jsonl")),
                null);
        assertEquals(List.of(
                new NerScorer.Error(NerScorer.Mistake.SPURIOUS, e("m1", 16, 20, "PER"), "Jane", null),
                new NerScorer.Error(NerScorer.Mistake.WRONG_TYPE, e("m1", 53, 57, "ORG"), "Acme", "LOC Acme"),
                new NerScorer.Error(NerScorer.Mistake.WRONG_SPAN, e("m1", 53, 64, "MISC"), "Acme phones",
                        "LOC Acme")), errors);
        // judging ORG alone, the LOC prediction is not judged, so the gold "Acme" is simply missed
        assertEquals(List.of(new NerScorer.Error(NerScorer.Mistake.MISSED, e("m1", 53, 57, "ORG"), "Acme", null)),
                NerScorer.errors(gold, Predictions.read(resource("meantime_tiny_pred.jsonl")), Set.of("ORG")));
    }

    /**
     * MEANTIME annotates every name only in its opening sentences: "Bob Smith" and the later "Acme" in sentence 7 are
     * neither gold nor errors, while the title's "Acme" is scored.
     */
    @Test
    void meantimeScoresOnlyItsFullyAnnotatedSentences() throws Exception {
        Gold gold = Corpus.readFile(resource("meantime_region.jsonl"));
        NerScorer.Report r = NerScorer.evaluate(gold, Split.ALL,
                Predictions.read(resource("meantime_region_pred.jsonl")), null);
        assertEquals(new Counts(1, 0, 0), r.result().micro());
        assertEquals(2, r.coverage().outsideAnnotation());
    }

    @Test
    void predictionsOnAnotherTextAreFlagged() {
        EvalDoc doc = new EvalDoc("d", "Ann met Bob", null);
        assertEquals(true, NerScorer.textMatches(doc, new PredictedMention("d", new Span(8, 11), "PER", "Bob", null)));
        assertEquals(false, NerScorer.textMatches(doc, new PredictedMention("d", new Span(8, 11), "PER", "Bo", null)));
        assertEquals(false, NerScorer.textMatches(doc, new PredictedMention("d", new Span(8, 20), "PER", null, null)));
    }

    static Path resource(String name) throws Exception {
        return Path.of(NerScorerTest.class.getResource("/eval/" + name).toURI());
    }
}
