package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.cli.CliRunner;
import org.diplograph.cli.CliRunner.Result;

/** {@code eval} run in-process, as Main would run it (user errors → one line, exit 2). */
class EvalCommandTest {

    @TempDir
    Path tmp;

    /** {@code diplograph eval ARGS...}, through Main's own error handling. */
    static Result run(String... args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "eval";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return CliRunner.run(withCommand);
    }

    @Test
    void nerTableAndJson() throws Exception {
        String gold = NerScorerTest.resource("meantime_tiny.jsonl").toString();
        String pred = NerScorerTest.resource("meantime_tiny_pred.jsonl").toString();
        Result table = run("ner", "--gold", gold, "--pred", pred, "--split", "all");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("PER+ORG+LOC"), table.out());
        assertTrue(table.out().matches("(?s).*overall\\s+3\\s+2\\s+2\\s+0\\.6000\\s+0\\.6000\\s+0\\.6000.*"),
                table.out());
        assertTrue(table.out().contains("1 of 2 documents have no prediction line"), table.out());

        Result json = run("ner", "--gold", gold, "--pred", pred, "--split", "all", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertEquals(3, j.at("/overall/tp").asInt());
        assertEquals(2.0 / 3, j.at("/perOrgLoc/f1").asDouble(), 1e-9);
        assertEquals(1, j.at("/ignoredPredictedTypes/DATE").asInt());
    }

    @Test
    void newsGoldJoinsOffsetsWithTheCorpusAndScoresAsGold() throws Exception {
        String text = "Envoys of Norway met Ana Silva in Oslo.";
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.writeString(corpus, new ObjectMapper().createObjectNode().put("id", "a1").put("text", text) + "\n");
        Path annotations = tmp.resolve("names.jsonl");
        Files.writeString(annotations, "{\"id\":\"a1\",\"sha1\":\""
                + org.diplograph.extract.ner.NewsAnnotations.fingerprint(text)
                + "\",\"names\":[[10,16,\"LOC\"],[21,30,\"PER\"]]}\n");
        Path gold = tmp.resolve("gold.jsonl");
        Result r = run("news-gold", "--annotations", annotations.toString(), "--corpus", corpus.toString(),
                "--out", gold.toString());
        assertEquals(0, r.code(), r.all());
        JsonNode rec = new ObjectMapper().readTree(Files.readString(gold));
        assertEquals(text, rec.path("text").asText());
        assertEquals("Ana Silva", text.substring(rec.at("/mentions/1/start").asInt(), rec.at("/mentions/1/end").asInt()));

        Path pred = tmp.resolve("pred.jsonl");
        Files.writeString(pred, "{\"id\":\"a1\",\"mentions\":[{\"start\":21,\"end\":30,\"type\":\"PER\"},"
                + "{\"start\":34,\"end\":38,\"type\":\"LOC\"}]}\n");
        Result scored = run("ner", "--gold", gold.toString(), "--pred", pred.toString(), "--split", "all",
                "--format", "json");
        assertEquals(0, scored.code(), scored.err());
        JsonNode j = new ObjectMapper().readTree(scored.out());
        assertEquals(1, j.at("/overall/tp").asInt());
        assertEquals(1, j.at("/overall/fp").asInt());
        assertEquals(1, j.at("/overall/fn").asInt());

        Result missing = run("news-gold", "--annotations", tmp.resolve("none.jsonl").toString());
        assertEquals(2, missing.code(), missing.all());
        assertTrue(missing.errLines().get(0).contains("none.jsonl not found"), missing.all());
    }

    @Test
    void relationsAndCoref() throws Exception {
        String re3d = NerScorerTest.resource("re3d_tiny.jsonl").toString();
        Result rel = run("relations", "--gold", re3d, "--pred", re3d, "--split", "all", "--format", "json");
        assertEquals(0, rel.code(), rel.err());
        assertEquals(1.0, new ObjectMapper().readTree(rel.out()).at("/overall/f1").asDouble(), 1e-9);

        // --errors lists the misses and the spurious triples, with their texts and the sentence around them
        Path relPred = tmp.resolve("rel.jsonl");
        Files.writeString(relPred, "{\"id\":\"r1\",\"mentions\":[],\"relations\":[{\"type\":\"Dislikes\","
                + "\"source\":{\"start\":0,\"end\":11},\"target\":{\"start\":30,\"end\":37}}]}\n");
        Path errors = tmp.resolve("rel-errors.tsv");
        Result withErrors = run("relations", "--gold", re3d, "--pred", relPred.toString(), "--split", "all",
                "--errors", errors.toString());
        assertEquals(0, withErrors.code(), withErrors.err());
        var lines = Files.readAllLines(errors);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("document\tmistake\ttype"), lines.get(0));
        assertTrue(lines.contains("r1\tMISSED\tLikes\t0\t11\tThe Council\t21\t37\tMinister Ann Lee\t"
                + "Dislikes The Council -> Ann Lee\tThe Council welcomed Minister Ann Lee of Freedonia."), lines.toString());
        assertTrue(lines.contains("r1\tSPURIOUS\tDislikes\t0\t11\tThe Council\t30\t37\tAnn Lee\t"
                + "Likes The Council -> Minister Ann Lee\tThe Council welcomed Minister Ann Lee of Freedonia."),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("r1\tMISSED\tCommWith\t52\t69\tFreedonian troops")),
                lines.toString());

        String ecb = NerScorerTest.resource("ecbplus_tiny.jsonl").toString();
        Path pred = tmp.resolve("p.jsonl");
        Files.writeString(pred, "{\"id\":\"3_1ecbplus\",\"mentions\":[]}\n");
        Result coref = run("coref", "--gold", ecb, "--pred", pred.toString());
        assertEquals(0, coref.code(), coref.err());
        assertTrue(coref.out().contains("split=heldout  documents=1"), coref.out());
        assertTrue(coref.out().contains("CoNLL F1"), coref.out());
    }

    /** The exported text is the gold text, so offsets computed on it are gold offsets. */
    @Test
    void exportTextWritesTheGoldText() throws Exception {
        Path out = tmp.resolve("w.jsonl");
        Result r = run("export-text", "--corpus", NerScorerTest.resource("wikigold.tiny.conll.txt").toString(),
                "--split", "all", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("wikigold-001", first.get("id").asText());
        assertEquals("Ann Lee visited North Land .\nBob Ray Cy met", first.get("text").asText());
        assertTrue(first.get("title") == null);
    }

    @Test
    void userMistakesAreOneLineAndExitTwo() {
        Result noData = run("ner", "--gold", "meantime", "--pred", "p.jsonl", "--data", tmp.resolve("none").toString());
        assertEquals(2, noData.code(), noData.err());
        assertTrue(noData.err().contains("not found"), noData.err());
        assertEquals(1, noData.err().strip().lines().count(), noData.err());

        assertEquals(2, run("ner", "--gold", "nosuchcorpus", "--pred", "p.jsonl").code());
        assertEquals(2, run().code());
        Result badSplit = run("export-text", "--corpus", "x", "--split", "test");
        assertEquals(2, badSplit.code());
        assertTrue(badSplit.err().contains("heldout, dev or all"), badSplit.err());
    }
}
