package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.EventVocabulary;
import org.diplograph.extract.facts.Evidence;
import org.diplograph.extract.facts.Modality;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventScorerTest {

    private static String window(String id, String url, String text, String type, int start, int end) {
        return "{\"doc_key\":\"" + id + "\",\"source_url\":\"" + url + "\",\"text\":\"" + text + "\",\"event_type\":\""
                + type + "\",\"trigger\":{\"start\":" + start + ",\"end\":" + end + ",\"text\":\""
                + text.substring(start, end) + "\"},\"arguments\":[]}";
    }

    /** The windows read back from a RAMS file holding these lines. */
    private static List<EventScorer.Window> rams(Path dir, String... lines) throws java.io.IOException {
        Path file = dir.resolve("rams.jsonl");
        Files.write(file, List.of(lines));
        return EventScorer.readRams(file);
    }

    private static EventFact event(String cls, int start, int end) {
        return new EventFact(EventVocabulary.bundled().kind(cls).orElseThrow(), cls, List.of(), List.of(), List.of(),
                null, null, Modality.ASSERTED, new CharSpan(start, end), new Evidence(0, new CharSpan(0, 1), "t", 0.5));
    }

    @Test
    void recallCountsEventsOfTheFamilyAtTheGoldTrigger(@TempDir Path dir) throws Exception {
        List<EventScorer.Window> windows = rams(dir,
                window("a", "http://www.example.org/1", "Rebels attacked the town.", "conflict.attack.n/a", 7, 15),
                window("b", "http://example.org/2", "The envoys met twice.", "contact.discussion.meet", 11, 14),
                window("c", "http://example.org/3", "Prices rose again.", "life.die.n/a", 0, 6));
        assertEquals("example.org", windows.get(0).source());
        EventScorer.Report r = EventScorer.evaluate(windows, org.diplograph.eval.Split.ALL, text ->
                text.startsWith("Rebels") ? new EventScorer.Found(List.of(event("Attack", 7, 15)), List.of())
                        : text.startsWith("The envoys")
                        ? new EventScorer.Found(List.of(event("Meeting", 0, 3)), List.of(
                                new EventScorer.Decision("Attack", 11, 14), new EventScorer.Decision("Meeting", 11, 14)))
                        : new EventScorer.Found(List.of(event("Attack", 0, 6)), List.of()));
        EventScorer.Row total = r.total();
        assertEquals(2, total.windows(), "the window of another family is not counted");
        assertEquals(1, total.atTrigger());
        assertEquals(1, total.decided(), "a decision counts at the gold trigger when its class is of the family");
        assertEquals(2, total.inWindow());
        assertEquals(2, total.cameoFits());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith("b\tmeet"), r.errors().toString());
    }

    @Test
    void handReadCategoriesSplitRecallFromKeptEventsOutsideTheContract(@TempDir Path dir) throws Exception {
        List<EventScorer.Window> windows = rams(dir,
                window("a", "http://example.org/1", "Rebels attacked the town.", "conflict.attack.n/a", 7, 15),
                window("b", "http://example.org/2", "The envoys met twice.", "contact.discussion.meet", 11, 14),
                window("c", "http://example.org/3", "The team shot well.", "conflict.attack.n/a", 9, 13));
        java.util.Map<String, Character> scope = java.util.Map.of(
                EventScorer.scopeKey("a", "attack", "attacked"), 'A',
                EventScorer.scopeKey("b", "meet", "met"), 'A',
                EventScorer.scopeKey("c", "attack", "shot"), 'E');
        EventScorer.Report r = EventScorer.evaluate(windows, Split.ALL, scope, text ->
                text.startsWith("Rebels") ? new EventScorer.Found(List.of(event("Attack", 7, 15)), List.of())
                        : text.startsWith("The team") ? new EventScorer.Found(List.of(event("Attack", 9, 13)), List.of())
                        : new EventScorer.Found(List.of(), List.of()));
        EventScorer.Row total = r.total();
        assertEquals(2, total.inScope());
        assertEquals(1, total.inScopeAtTrigger(), "the missed meeting counts against in-scope recall");
        assertEquals(1, total.outOfScopeKept(), "a kept event at a trigger outside the families' sense is counted");
        assertTrue(r.table().contains("   1/2  "), r.table());
    }

    @Test
    void annotatedArticlesScoreTypedRecallAndTriggerPrecision(@TempDir Path dir) throws Exception {
        String text = "Chile attacked Peru. Chile voted.";
        String sha = com.google.common.hash.Hashing.sha1().hashString(text, java.nio.charset.StandardCharsets.UTF_8)
                .toString().substring(0, 12);
        Path corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, List.of("{\"id\":\"X1\",\"date\":\"2020-01-02\",\"text\":\"" + text + "\"}",
                "{\"id\":\"X2\",\"date\":\"\",\"text\":\"unused\"}"));
        Path ann = dir.resolve("ann.jsonl");
        Files.write(ann, List.of("{\"id\":\"X1\",\"sha1\":\"" + sha + "\",\"events\":[{\"trigger\":[6,14],"
                + "\"type\":\"attack\",\"modality\":\"asserted\",\"args\":[]},{\"trigger\":[27,32],"
                + "\"type\":\"other\",\"modality\":\"asserted\",\"args\":[]}]}"));
        List<EventScorer.AnnotatedArticle> arts = EventScorer.readAnnotated(ann, corpus);
        assertEquals(1, arts.size());
        assertEquals(java.time.LocalDate.of(2020, 1, 2), arts.get(0).date());
        EventScorer.AnnotatedReport r = EventScorer.evaluateAnnotated(arts,
                (t, a) -> new EventScorer.Found(List.of(event("Attack", 6, 14), event("Meeting", 0, 5)), List.of()));
        assertTrue(r.table().contains("all typed       1   1.000"), r.table());
        assertTrue(r.table().contains("trigger precision 0.500"), r.table());
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).startsWith("X1\tspurious\tMeeting\tChile\t"), r.errors().get(0));
    }

    @Test
    void articlesOneHundredAndOneToOneHundredFortyAreHeldOutAndTheRestDevelopment() {
        List<Integer> positions = java.util.stream.IntStream.rangeClosed(1, 150).boxed().toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(101, 140).boxed().toList(),
                EventScorer.heldOutAnnotated(positions));
        List<Integer> dev = EventScorer.developmentAnnotated(positions);
        assertEquals(110, dev.size());
        assertEquals(100, dev.get(99));
        assertEquals(141, dev.get(100));
        assertEquals(List.of(1, 2), EventScorer.developmentAnnotated(List.of(1, 2)));
        assertTrue(EventScorer.heldOutAnnotated(List.of(1, 2)).isEmpty());
    }
}
