package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpAnnotatorTest {

    private static OpenNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = new OpenNlpAnnotator();
    }

    private static AnnotatedText annotate(String text) {
        Article article = new Article("t", null, text, null, null, null, "t.txt");
        return annotator.annotate(new Cleaner().clean(article));
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).collect(Collectors.toList());
    }

    private static Token token(AnnotatedText at, String text) {
        return at.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + at.tokens()));
    }

    @Test
    void headlineWithoutFullStopIsItsOwnSentence() {
        AnnotatedText at = annotate("Envoys meet in Oslo\nThe envoys met on Monday. They agreed to meet again.");
        assertEquals(3, at.sentences().size());
        assertEquals(List.of("Envoys", "meet", "in", "Oslo"), words(at.sentences().get(0)));
        assertEquals("The", at.sentences().get(1).tokens().get(0).text());
    }

    @Test
    void initialsAndTitlesDoNotEndASentence() {
        AnnotatedText at = annotate("Frederick H. Collier was the first colonel. The border was closed by Gov. Mike Easley on Monday.");
        assertEquals(2, at.sentences().size());
        assertEquals(List.of("Frederick", "H.", "Collier", "was", "the", "first", "colonel", "."),
                words(at.sentences().get(0)));
        assertTrue(words(at.sentences().get(1)).contains("Easley"));
    }

    @Test
    void onlyAnInitialOrATitleHoldsTheSentenceOpen() {
        assertTrue(OpenNlpAnnotator.endsWithInitialOrTitle("He met Frederick H."));
        assertTrue(OpenNlpAnnotator.endsWithInitialOrTitle("It was closed by Gov."));
        assertFalse(OpenNlpAnnotator.endsWithInitialOrTitle("The envoys flew to the U.S."));
        assertFalse(OpenNlpAnnotator.endsWithInitialOrTitle("They met on Monday."));
    }

    @Test
    void tokenOffsetsIndexIntoTheOriginalText() {
        String text = "  Envoys meet in Oslo\n\nThe envoys of Norway and Sweden met on Monday, officials said.\n";
        AnnotatedText at = annotate(text);
        for (Token t : at.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "token " + t);
        }
    }

    @Test
    void sentenceSpanMatchesItsTokens() {
        String text = "Envoys meet in Oslo\n\nThe envoys met on Monday.";
        Sentence s = annotate(text).sentences().get(1);
        assertEquals("The envoys met on Monday.", s.span().of(text));
    }

    @Test
    void properNounIsTaggedNnp() {
        Token oslo = token(annotate("The envoys met in Oslo on Monday."), "Oslo");
        assertEquals("NNP", oslo.pos());
        assertTrue(oslo.isProperNoun());
    }

    @Test
    void tagsUsePennTreebankNames() {
        AnnotatedText at = annotate("The foreign minister met in Oslo on Monday.");
        assertEquals("DT", token(at, "The").pos());
        assertEquals("JJ", token(at, "foreign").pos());
        assertEquals("NN", token(at, "minister").pos());
        assertEquals("IN", token(at, "in").pos());
    }

    @Test
    void possessiveIsItsOwnToken() {
        String text = "Norway's foreign minister arrived on Monday.";
        AnnotatedText at = annotate(text);
        assertEquals("Norway", at.tokens().get(0).text());
        assertEquals("'s", at.tokens().get(1).text());
    }

    @Test
    void citationMarksComeOffTheWordsTheyAreGluedTo() {
        String text = "It was headed by his brother Bashar al-Assad,[1] who led the Office of Foreign Assets Control.[3]";
        List<String> tokens = annotate(text).tokens().stream().map(Token::text).collect(Collectors.toList());
        assertTrue(tokens.containsAll(List.of("Assad", ",", "Control", ".", "[")), tokens.toString());
        assertTrue(tokens.stream().noneMatch(t -> t.length() > 1 && (t.endsWith(",") || t.endsWith("["))), tokens.toString());
    }

    @Test
    void aDottedAbbreviationBeforeANameDoesNotEndTheSentence() {
        String text = "A dinner where U.S. President Ann Ford was to speak was called off. Aides flew to the U.S. The talks"
                + " resumed.";
        int cut1 = text.indexOf("President");
        int cut2 = text.indexOf("Aides");
        int cut3 = text.indexOf("The talks");
        java.util.List<opennlp.tools.util.Span> joined = OpenNlpAnnotator.joinAfterInitials(new opennlp.tools.util.Span[] {
                new opennlp.tools.util.Span(0, cut1 - 1), new opennlp.tools.util.Span(cut1, cut2 - 1),
                new opennlp.tools.util.Span(cut2, cut3 - 1), new opennlp.tools.util.Span(cut3, text.length())}, text);
        assertEquals(3, joined.size(), joined.toString());
        assertEquals(0, joined.get(0).getStart());
        assertEquals(cut3, joined.get(2).getStart(), "'The' after 'U.S.' opens a sentence");
    }

    @Test
    void anAbbreviatedMonthBeforeItsDayDoesNotEndTheSentence() {
        String text = "LISBON, Feb. 28 -- The envoys met.";
        int cut = text.indexOf("28");
        java.util.List<opennlp.tools.util.Span> joined = OpenNlpAnnotator.joinAfterInitials(new opennlp.tools.util.Span[] {
                new opennlp.tools.util.Span(0, cut - 1), new opennlp.tools.util.Span(cut, text.length())}, text);
        assertEquals(1, joined.size(), joined.toString());
    }

    @Test
    void aSentenceFinalStopComesOffANameButNotOffAnAbbreviation() {
        String text = "Officials said a strike damaged a clinic in Kiev.\n\nThe deal was signed by Acme Inc.\n\nShe moved to the U.S.";
        List<String> tokens = annotate(text).tokens().stream().map(Token::text).collect(Collectors.toList());
        assertTrue(tokens.containsAll(List.of("Kiev", "Inc.", "U.S.")), tokens.toString());
        assertTrue(tokens.stream().noneMatch(t -> t.equals("Kiev.") || t.equals("Inc")), tokens.toString());
    }

    @Test
    void possessiveIsTaggedPos() {
        AnnotatedText at = annotate("Norway's foreign minister arrived on Monday.");
        assertEquals("POS", at.tokens().get(1).pos());
    }

    @Test
    void possessiveAfterUnLikeNameIsSplit() {
        String text = "Kim Jong Un's sister issued a statement on Sunday.";
        List<String> tokens = annotate(text).tokens().stream().map(Token::text).collect(Collectors.toList());
        assertTrue(tokens.containsAll(List.of("Un", "'s")), tokens.toString());
        assertEquals(tokens.indexOf("Un") + 1, tokens.indexOf("'s"), tokens.toString());
    }

    @Test
    void curlyApostrophePossessiveIsSplitAfterCleaning() {
        String text = "Kim Jong Un\u2019s sister issued a statement on Sunday.";
        AnnotatedText at = annotate(text);
        Token pos = token(at, "'s");
        assertEquals(text.indexOf('\u2019'), pos.start());
    }

    @Test
    void splitPossessivesSplitsTrailingApostropheS() {
        String text = "Un's";
        Span[] out = OpenNlpAnnotator.splitPossessives(new Span[] {new Span(0, 4)}, text);
        assertEquals(2, out.length);
        assertEquals("Un", out[0].getCoveredText(text).toString());
        assertEquals("'s", out[1].getCoveredText(text).toString());
    }

    @Test
    void splitPossessivesSplitsPluralPossessiveOfCapitalisedWord() {
        String text = "Allies'";
        Span[] out = OpenNlpAnnotator.splitPossessives(new Span[] {new Span(0, 7)}, text);
        assertEquals(2, out.length);
        assertEquals("Allies", out[0].getCoveredText(text).toString());
        assertEquals("'", out[1].getCoveredText(text).toString());
    }

    @Test
    void splitPossessivesLeavesOtherTokensAlone() {
        String text = "'s talks";
        Span[] in = {new Span(0, 2), new Span(3, 8)};
        assertEquals(List.of(in), List.of(OpenNlpAnnotator.splitPossessives(in, text)));
    }

    /** Two names the page's markup glued together come apart; a brand written in one word, used again, does not. */
    @Test
    void namesGluedByThePageComeApartBrandsDoNot() {
        String glued = "Ruiz spoke first. \"We agree,\" said the spokesman for President Ana RuizDaniel Moreau on Monday.";
        AnnotatedText at = annotate(glued);
        assertEquals(glued.indexOf("Daniel"), token(at, "Daniel").start());
        assertTrue(at.tokens().stream().anyMatch(t -> t.text().equals("Ruiz") && t.start() == glued.indexOf("RuizDaniel")),
                at.tokens().toString());
        String brand = "Firm answers came. FirmRock Capital bought it. FirmRock Capital said so.";
        assertTrue(annotate(brand).tokens().stream().anyMatch(t -> t.text().equals("FirmRock")));
    }

    @Test
    void paragraphsGiveSentencesWithIncreasingIndices() {
        String text = "Envoys meet in Oslo\n\nThe envoys met on Monday. They talked for hours.\n\n"
                + "A joint statement followed.\n\n\nOfficials called it a success.";
        AnnotatedText at = annotate(text);
        assertEquals(5, at.sentences().size());
        for (int i = 0; i < at.sentences().size(); i++) {
            assertEquals(i, at.sentences().get(i).index());
            if (i > 0) {
                assertTrue(at.sentences().get(i).span().start() > at.sentences().get(i - 1).span().end());
            }
        }
    }

    @Test
    void tokenIndexIsItsPositionInTheArticle() {
        AnnotatedText at = annotate("Envoys meet in Oslo\n\nThe envoys met on Monday. They talked for hours.");
        List<Token> tokens = at.tokens();
        for (Token t : tokens) {
            assertSame(t, tokens.get(t.index()));
        }
    }

    @Test
    void blankedFurnitureProducesNoTokens() {
        String text = "Also Read: Another story about Oslo\nThe envoys met on Monday.";
        AnnotatedText at = annotate(text);
        assertEquals(1, at.sentences().size());
        assertEquals("The", at.tokens().get(0).text());
    }
}
