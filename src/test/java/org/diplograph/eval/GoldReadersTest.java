package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold readers on hand-made fixtures in src/test/resources/eval. */
class GoldReadersTest {

    @TempDir
    Path tmp;

    private static String at(Gold g, EntitySpan e) {
        EvalDoc d = g.docs().stream().filter(x -> x.id().equals(e.docId())).findFirst().orElseThrow();
        return d.text().substring(e.span().start(), e.span().end()) + "/" + e.type();
    }

    private static Set<String> names(Gold g) {
        return Set.copyOf(g.entities().stream().map(e -> at(g, e)).toList());
    }

    @Test
    void meantimeKeepsTypedNamesOnly() throws Exception {
        Gold g = Corpus.readFile(NerScorerTest.resource("meantime_tiny.jsonl"));
        assertEquals("meantime", g.corpus());
        assertEquals(List.of("m1", "m2"), g.docs().stream().map(EvalDoc::id).toList());
        assertEquals("2020-01-02", g.docs().get(0).date());
        // not: "The company" (nominal), "well" (no typed instance), "hired" (event)
        assertEquals(Set.of("Acme Corp/ORG", "Jane Doe/PER", "Paris/LOC", "Acme/ORG", "Acme phones/MISC"), names(g));
        assertEquals(Set.of("PER", "ORG", "LOC", "MISC"), g.labels());
        assertEquals("LOC", g.asCorpusLabel("NORP"));
    }

    @Test
    void re3dNamesAndRelations() throws Exception {
        Gold g = Corpus.readFile(NerScorerTest.resource("re3d_tiny.jsonl"));
        assertEquals("re3d", g.corpus());
        // Temporal "Monday" dropped; nested "Minister Ann Lee" / "Ann Lee" both kept
        assertEquals(Set.of("The Council/ORG", "Minister Ann Lee/PER", "Ann Lee/PER", "Freedonia/LOC",
                "Freedonian/NORP", "rebels/ORG"), names(g));
        assertEquals("NORP", g.asCorpusLabel("NORP"));
        String text = g.docs().get(0).text();
        assertEquals(2, g.relations().size());
        RelationTriple likes = g.relations().get(0);
        assertEquals("Likes", likes.type());
        assertEquals("The Council", text.substring(likes.source().start(), likes.source().end()));
        assertEquals("Minister Ann Lee", text.substring(likes.target().start(), likes.target().end()));
        RelationTriple comm = g.relations().get(1);
        assertEquals("Freedonian troops", text.substring(comm.source().start(), comm.source().end()));
    }

    /** IOB1 (I- starts an entity after O), IOB2 (B-), adjacent same-type entities, a type change mid-run. */
    @Test
    void conllRebuildsTextAndOffsets() throws Exception {
        Gold g = Corpus.readFile(NerScorerTest.resource("wikigold.tiny.conll.txt"));
        assertEquals("wikigold", g.corpus());
        assertEquals(List.of("wikigold-001", "wikigold-002"), g.docs().stream().map(EvalDoc::id).toList());
        assertEquals("Ann Lee visited North Land .\nBob Ray Cy met", g.docs().get(0).text());
        assertEquals("The Blue Party Xland office closed", g.docs().get(1).text());
        assertEquals(Set.of("Ann Lee/PER", "North Land/LOC", "Bob Ray/PER", "Cy/PER", "Blue Party/ORG", "Xland/LOC"),
                names(g));
        assertEquals(List.of(new Span(0, 7), new Span(16, 26), new Span(29, 36), new Span(37, 39)),
                g.entities().stream().filter(e -> e.docId().equals("wikigold-001")).map(EntitySpan::span).toList());
        assertEquals("MISC", g.asCorpusLabel("NORP"));
    }

    @Test
    void conllWithoutDocstartIsCutIntoChunksOf50Sentences() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            sb.append("Word").append(i).append(" B-PER\nends O\n\n");
        }
        Path f = tmp.resolve("plain.iob");
        Files.writeString(f, sb);
        Gold g = Corpus.readFile(f);
        assertEquals("plain", g.corpus());
        assertEquals(List.of("plain-001", "plain-002", "plain-003"), g.docs().stream().map(EvalDoc::id).toList());
        assertEquals(20, g.docs().get(2).text().lines().count());
        assertEquals(120, g.entities().size());
        assertTrue(g.docs().get(1).text().startsWith("Word50 ends\nWord51 ends"));
    }

    @Test
    void conllRejectsNonIobTags() throws Exception {
        Path f = tmp.resolve("bad.conll");
        Files.writeString(f, "Ann S-PER\n");
        IOException e = assertThrows(IOException.class, () -> Corpus.readFile(f));
        assertTrue(e.getMessage().contains("S-PER"), e.getMessage());
    }

    @Test
    void ecbplusKeepsSelectedSentencesOnly() throws Exception {
        Gold g = Corpus.readFile(NerScorerTest.resource("ecbplus_tiny.jsonl"));
        assertEquals("ecbplus", g.corpus());
        assertEquals(8, g.coref().size()); // 9 mentions, "Nothing" is in an unselected sentence
        assertEquals(3, g.coref().stream().filter(m -> m.cluster().equals("HUM1")).count());
        assertEquals(3, g.coref().stream().filter(m -> m.kind().equals("event")).count());
        assertTrue(g.labels().isEmpty());
    }

    @Test
    void plainOffsetsJsonlAndPredictions() throws Exception {
        Path f = tmp.resolve("mine.jsonl");
        Files.writeString(f, """
                {"id":"a","text":"Ann met Bob","mentions":[{"start":0,"end":3,"type":"PER"},{"start":8,"end":11,"type":"PER"}],\
                "relations":[{"type":"CommWith","source":{"start":0,"end":3},"target":{"start":8,"end":11}}]}
                """);
        Gold g = Corpus.readFile(f);
        assertEquals("mine", g.corpus());
        assertEquals(Set.of("Ann/PER", "Bob/PER"), names(g));
        Predictions p = Predictions.read(f);
        assertEquals(2, p.mentionsOf("a").size());
        assertEquals(List.of(new RelationTriple("a", new Span(0, 3), "CommWith", new Span(8, 11))), p.relationsOf("a"));
        assertTrue(p.mentionsOf("nope").isEmpty());
        // re3d's own flat shape reads as predictions too
        Predictions re3d = Predictions.read(NerScorerTest.resource("re3d_tiny.jsonl"));
        assertEquals(2, re3d.relationsOf("r1").size());
    }

    @Test
    void aDocumentPredictedTwiceIsRefused() throws Exception {
        Path f = tmp.resolve("twice.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"mentions\":[]}\n{\"id\":\"a\",\"mentions\":[]}\n");
        IOException e = assertThrows(IOException.class, () -> Predictions.read(f));
        assertTrue(e.getMessage().contains("twice.jsonl:2"), e.getMessage());
    }

    @Test
    void badSpansAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    }
}
