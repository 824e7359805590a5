package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end coreference on the ECB+-shaped fixture. Entity key (selected sentences only): HUM1 = {doc1 "Ann Lee",
 * doc1 "She", doc3 "Lee"}, SIN1 = {doc1 "Acme"}, ORG1 = {doc3 "Acme"}: 5 mentions, 3 clusters ("Nothing" is in an
 * unselected sentence and is not gold).
 */
class CorefScorerTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private Path predictions(String lee3) throws Exception {
        // doc1: "Ann Lee resigned .\nShe left Acme .\nNothing else ."  doc3: "Lee quit Acme ."
        Path p = tmp.resolve("pred.jsonl");
        Files.writeString(p, """
                {"id":"1_1ecb","mentions":[{"start":0,"end":7,"type":"PER","text":"Ann Lee","entity":"x:lee"},\
                {"start":28,"end":32,"type":"ORG","text":"Acme","entity":"x:acme"},\
                {"start":35,"end":42,"type":"ORG","text":"Nothing","entity":"x:nothing"}]}
                {"id":"3_1ecbplus","mentions":[%s,\
                {"start":9,"end":13,"type":"ORG","text":"Acme","entity":"x:acme"}]}
                """.formatted(lee3));
        return p;
    }

    private static final String LEE = "{\"start\":0,\"end\":3,\"type\":\"PER\",\"text\":\"Lee\",\"entity\":\"x:lee\"}";
    private static final String LEE_QUIT =
            "{\"start\":0,\"end\":8,\"type\":\"PER\",\"text\":\"Lee quit\",\"entity\":\"x:lee\"}";

    /**
     * Response: x:lee = {Ann Lee, Lee}, x:acme = {doc1 Acme, doc3 Acme} ("Nothing" is outside the selected
     * sentences and not scored). Mentions: 4 of 5 found ("She" missed), none spurious.
     * MUC R: HUM1 splits {Ann Lee, Lee}{She} → 1 of 2 links; SIN1, ORG1 have none → 1/2. P: x:lee 1 of 1 link;
     * x:acme splits into SIN1, ORG1 → 0 of 1 → 1/2.
     * B³ R: HUM1 2²/3 = 4/3, SIN1 1, ORG1 1 → (10/3)/5 = 2/3. P: x:lee 2²/2 = 2, x:acme (1+1)/2 = 1 → 3/4.
     * CEAF-e: HUM1–x:lee 2·2/5 = 0.8, SIN1–x:acme = ORG1–x:acme = 2/3; best 0.8 + 2/3 = 22/15 →
     * R = 22/45, P = 11/15.
     */
    @Test
    void exactAlignment() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Report r = CorefScorer.evaluate(gold, Split.ALL, Predictions.read(predictions(LEE)), "entity",
                CorefScorer.Alignment.EXACT);
        CorefScorer.Result res = r.result();
        assertEquals(new Counts(4, 0, 1), res.mentionDetection());
        assertEquals(3, res.keyClusters());
        assertEquals(2, res.responseClusters());
        CorefMetricsTest.assertScore(0.5, 0.5, res.metrics().get("MUC"), "MUC");
        CorefMetricsTest.assertScore(2.0 / 3, 0.75, res.metrics().get("B3"), "B3");
        CorefMetricsTest.assertScore(22.0 / 45, 11.0 / 15, res.metrics().get("CEAF-e"), "CEAF-e");
        assertEquals(0, r.coverage().textMismatches());
    }

    /**
     * "Lee quit" (0–8) instead of "Lee": exact alignment leaves it response-only and "Lee" key-only (mentions tp 3,
     * fp 1, fn 2); overlap alignment pairs it with "Lee" and gives the figures of {@link #exactAlignment}.
     */
    @Test
    void overlapAlignment() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        Predictions pred = Predictions.read(predictions(LEE_QUIT));
        CorefScorer.Result exact = CorefScorer.evaluate(gold, Split.ALL, pred, "entity",
                CorefScorer.Alignment.EXACT).result();
        assertEquals(new Counts(3, 1, 2), exact.mentionDetection());
        // MUC R: HUM1 now splits {Ann Lee}{She}{Lee} → 0 links found of 2 → 0
        assertEquals(0.0, exact.metrics().get("MUC").recall(), EPS);
        CorefScorer.Result overlap = CorefScorer.evaluate(gold, Split.ALL, pred, "entity",
                CorefScorer.Alignment.OVERLAP).result();
        assertEquals(new Counts(4, 0, 1), overlap.mentionDetection());
        assertEquals(22.0 / 45, overlap.metrics().get("CEAF-e").recall(), EPS);
    }

    /** A file of entity mentions only predicts no events: key ACT1 = {resigned, left, quit}, every figure 0. */
    @Test
    void eventsWithNoPredictionsScoreZero() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Result r = CorefScorer.evaluate(gold, Split.ALL, Predictions.read(predictions(LEE)), "event",
                CorefScorer.Alignment.EXACT).result();
        assertEquals(new Counts(0, 0, 3), r.mentionDetection());
        assertEquals(1, r.keyClusters());
        assertEquals(0.0, r.conllF1(), EPS);
    }

    private Path withEvents() throws Exception {
        // triggers: doc1 "resigned" (8-16) and doc3 "quit" (4-8) one event node, doc1 "left" (23-27) another,
        // doc1 "else" (43-47) outside the selected sentences
        Path p = tmp.resolve("pred-events.jsonl");
        Files.writeString(p, """
                {"id":"1_1ecb","mentions":[{"start":0,"end":7,"type":"PER","text":"Ann Lee","entity":"x:lee"},\
                {"start":8,"end":16,"type":"Resignation","text":"resigned","entity":"x:ev1","kind":"event"},\
                {"start":23,"end":27,"type":"Departure","text":"left","entity":"x:ev2","kind":"event"},\
                {"start":28,"end":32,"type":"ORG","text":"Acme","entity":"x:acme"},\
                {"start":43,"end":47,"type":"Other","text":"else","entity":"x:ev1","kind":"event"}]}
                {"id":"3_1ecbplus","mentions":[%s,\
                {"start":4,"end":8,"type":"Resignation","text":"quit","entity":"x:ev1","kind":"event"},\
                {"start":9,"end":13,"type":"ORG","text":"Acme","entity":"x:acme"}]}
                """.formatted(LEE));
        return p;
    }

    /**
     * Event triggers against key ACT1 = {resigned, left, quit}; response x:ev1 = {resigned, quit}, x:ev2 = {left}.
     * MUC R: ACT1 splits in two → 1 of 2 links; P: x:ev1 1 of 1 link, x:ev2 has none → 1.
     * B³ R: resigned 2/3, quit 2/3, left 1/3 → 5/9; P: every response cluster is pure → 1.
     * CEAF-e: ACT1–x:ev1 2·2/(3+2) = 0.8 → R = 0.8/1, P = 0.8/2.
     */
    @Test
    void eventTriggersAreScoredAgainstEventChains() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Result r = CorefScorer.evaluate(gold, Split.ALL, Predictions.read(withEvents()), "event",
                CorefScorer.Alignment.EXACT).result();
        assertEquals(new Counts(3, 0, 0), r.mentionDetection());
        assertEquals(2, r.responseClusters());
        CorefMetricsTest.assertScore(0.5, 1.0, r.metrics().get("MUC"), "MUC");
        CorefMetricsTest.assertScore(5.0 / 9, 1.0, r.metrics().get("B3"), "B3");
        CorefMetricsTest.assertScore(0.8, 0.4, r.metrics().get("CEAF-e"), "CEAF-e");
    }

    /** Event triggers in the file leave entity coreference exactly as in {@link #exactAlignment}. */
    @Test
    void entityScoringIgnoresEventTriggers() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Result r = CorefScorer.evaluate(gold, Split.ALL, Predictions.read(withEvents()), "entity",
                CorefScorer.Alignment.OVERLAP).result();
        assertEquals(new Counts(4, 0, 1), r.mentionDetection());
        assertEquals(2, r.responseClusters());
        CorefMetricsTest.assertScore(0.5, 0.5, r.metrics().get("MUC"), "MUC");
    }

    /** Topic 3 is held out (3 mod 3 == 0), topic 1 is not: the held-out key is doc3's two mentions. */
    @Test
    void splitByTopic() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Result r = CorefScorer.evaluate(gold.restrict(Split.HELDOUT), Split.HELDOUT,
                Predictions.read(predictions(LEE)), "entity", CorefScorer.Alignment.EXACT).result();
        assertEquals(new Counts(2, 0, 0), r.mentionDetection());
        assertEquals(2, r.keyClusters());
    }
}
