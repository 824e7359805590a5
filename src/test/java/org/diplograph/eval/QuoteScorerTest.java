package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.diplograph.eval.QuoteScorer.Found;
import org.diplograph.eval.QuoteScorer.GoldDoc;
import org.diplograph.eval.QuoteScorer.Mistake;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

    private static final String TEXT = "The mayor of Eastport said: “The bridge over the river will open in spring.” "
            + "Critics called it a \"vanity project\" and the union added: “Our members were never consulted on it.”";

    /** An attribution whose content covers the quoted words of {@code quote}, with the source named. */
    private static String attribution(String source, String quote) {
        int start = TEXT.indexOf(quote);
        return "{\"source\":{\"text\":\"" + source + "\"},\"content\":{\"start\":" + start + ",\"end\":"
                + (start + quote.length()) + "}}";
    }

    private static GoldDoc doc() throws Exception {
        String json = "{\"doc_id\":\"d1\",\"title\":\"Bridge\",\"date\":\"2020-01-01\",\"text\":"
                + Jsonl.JSON.writeValueAsString(TEXT) + ",\"attributions\":["
                + attribution("The mayor of Eastport", "The bridge over the river will open in spring.") + ","
                + attribution("the union", "Our members were never consulted on it.") + ","
                + attribution("Critics", "a \"vanity project\"") + "]}";
        JsonNode node = Jsonl.JSON.readTree(json);
        return QuoteScorer.goldDoc(node);
    }

    @Test
    void goldQuotesAreTheQuotedRegionsAnAttributionCovers() throws Exception {
        List<QuoteScorer.GoldQuote> quotes = doc().quotes();
        assertEquals(List.of("The bridge over the river will open in spring.",
                "Our members were never consulted on it.", "vanity project"), quotes.stream().map(q -> q.region()).toList());
        assertEquals("The mayor of Eastport", quotes.get(0).source());
    }

    @Test
    void quotesMatchOnSixtyPercentOfTheSmallerTokenSet() {
        assertTrue(QuoteScorer.match("the bridge will open", "The bridge over the river will open in spring."));
        assertFalse(QuoteScorer.match("a new ferry will run", "The bridge over the river will open in spring."));
        assertFalse(QuoteScorer.match("", "anything"));
    }

    @Test
    void recallPrecisionAndSpeakersCountAsTheScriptDoes() throws Exception {
        Map<String, List<Found>> ours = Map.of("d1", List.of(
                new Found("The bridge over the river will open in spring.", "Ann Mayor of Eastport"),
                new Found("Our members were never consulted on it.", "Bob Smith"),
                new Found("Something nobody said at all here.", "Bob Smith")));
        QuoteScorer.Report r = QuoteScorer.score(List.of(doc()), ours);
        assertEquals(3, r.gold());
        assertEquals(3, r.ours());
        assertEquals(2, r.found());
        assertEquals(2, r.ourCorrect());
        // "the union" starts lower case, so only the mayor's quote is judged for its speaker.
        assertEquals(1, r.judged());
        assertEquals(1, r.attributed());
        assertEquals(List.of(Mistake.SPURIOUS, Mistake.MISSED), r.errors().stream().map(e -> e.mistake()).toList());
        assertEquals("gold direct quotes 3, ours 3; recall 0.667, precision 0.667, attribution 1.000 (1/1)", r.line());
    }

    @Test
    void offsetsCountCodePointsAsTheGoldDoes() {
        List<int[]> regions = QuoteScorer.regions("\uD83D\uDE00 “twelve letters or more”");
        assertEquals(3, regions.get(0)[0]);
    }
}
