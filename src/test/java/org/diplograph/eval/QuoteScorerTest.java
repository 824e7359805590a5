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

    @Test
    void pairedRegionsFollowTheMarksWithinEachParagraph() {
        // score.py's pattern skips the short "no" and pairs its closing mark with the next opening one
        String text = "He said \"no\" twice and then \"we will build it ourselves\" on Friday.\n"
                + "\u201CThe first part runs on\n\u201Cand the second part ends here.\u201D";
        List<String> paired = QuoteScorer.pairedRegions(text).stream()
                .map(r -> text.substring(r[0], r[1])).toList();
        assertEquals(List.of("no", "we will build it ourselves", "The first part runs on",
                "and the second part ends here."), paired);
        assertEquals(" twice and then ", text.substring(QuoteScorer.regions(text).get(0)[0],
                QuoteScorer.regions(text).get(0)[1]));
    }

    @Test
    void thePairedReadingCountsBothHalvesOfASplitQuotationAndMatchesOneToOne() throws Exception {
        String text = "\u201CThe ferry will run again,\u201D the mayor of Eastport said, \u201Cbut only in summer.\u201D";
        int start = text.indexOf("The ferry");
        String json = "{\"doc_id\":\"d2\",\"title\":\"Ferry\",\"date\":\"2020-01-01\",\"text\":"
                + Jsonl.JSON.writeValueAsString(text) + ",\"attributions\":[{\"source\":{\"text\":\"Eastport\"},"
                + "\"content\":{\"start\":" + start + ",\"end\":" + (text.length() - 1) + "}}]}";
        GoldDoc doc = QuoteScorer.goldDoc(Jsonl.JSON.readTree(json));
        assertEquals(1, doc.quotes().size(), "score.py keeps the first half only");
        assertEquals(2, doc.paired().size());
        Map<String, List<Found>> ours = Map.of("d2", List.of(new Found("The ferry will run again", "Eastport Mayor"),
                new Found("but only in summer.", "Eastport Mayor"), new Found("but only in summer.", "Eastport Mayor")));
        QuoteScorer.Report r = QuoteScorer.scorePaired(List.of(doc), ours, 1);
        assertEquals(2, r.found());
        assertEquals(3, r.ours());
        assertEquals(2, r.ourCorrect(), "the same quotation twice matches one gold quotation once");
        assertEquals(2, r.attributed());
        QuoteScorer.Report full = QuoteScorer.scorePaired(List.of(doc), ours, 5);
        assertEquals(1, full.gold(), "the four-word half leaves the gold");
        assertEquals(1, full.ours(), "and the two quotations that match only it are not counted");
    }

    @Test
    void thePairedReadingReadsCurlyApostrophesAsTheGraphWritesThem() throws Exception {
        String text = "\u201CIt\u2019s over,\u201D the mayor of Eastport said.";
        String json = "{\"doc_id\":\"d3\",\"title\":\"Over\",\"date\":\"2020-01-01\",\"text\":"
                + Jsonl.JSON.writeValueAsString(text) + ",\"attributions\":[{\"source\":{\"text\":\"Eastport\"},"
                + "\"content\":{\"start\":1,\"end\":11}}]}";
        GoldDoc doc = QuoteScorer.goldDoc(Jsonl.JSON.readTree(json));
        QuoteScorer.Report r = QuoteScorer.scorePaired(List.of(doc), Map.of("d3", List.of(new Found("It's over",
                "Eastport Mayor"))), 1);
        assertEquals(1, r.found());
    }
}
