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

    /** Events are not predicted: key ACT1 = {resigned, left, quit}, empty response, every figure 0. */
    @Test
    void eventsWithNoPredictionsScoreZero() throws Exception {
        Gold gold = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        CorefScorer.Result r = CorefScorer.evaluate(gold, Split.ALL, Predictions.read(predictions(LEE)), "event",
                CorefScorer.Alignment.EXACT).result();
        assertEquals(new Counts(0, 0, 3), r.mentionDetection());
        assertEquals(1, r.keyClusters());
        assertEquals(0.0, r.conllF1(), EPS);
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
