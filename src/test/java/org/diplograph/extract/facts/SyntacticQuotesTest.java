package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

/** The quote component alone, on invented sentences. */
class SyntacticQuotesTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final EntityExtractor ENTITIES = new EntityExtractor(Registry.bundled());
    private static final SyntacticQuotes QUOTES = new SyntacticQuotes();

    private static List<QuoteFact> quotes(String text) {
        Article a = new Article("t", null, text, null, LocalDate.of(2025, 3, 11), null, "t.txt");
        FactDocument doc = new FactDocument(ENTITIES.extract(ANNOTATOR.annotate(new Cleaner().clean(a))),
                Registry.bundled(), Nlp4j.shared(), new TimeNormalizer());
        return QUOTES.extract(doc);
    }

    @Test
    void theSubjectOfTheCueSpeaksEvenWhenAnotherNameIsNearer() {
        List<QuoteFact> q = quotes("Emmanuel Macron said after meeting Olaf Scholz: \"The bridge will be rebuilt "
                + "before the winter comes.\"");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("macron"), q.toString());
        assertEquals("say", q.get(0).cue());
        assertTrue(q.get(0).text().startsWith("The bridge will be rebuilt"), q.get(0).text());
    }

    @Test
    void aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
        List<QuoteFact> q = quotes("\u201CWe have waited for three long years,\u201D said Emmanuel Macron, "
                + "\u201Cand we will not wait any longer for the bridge.\u201D");
        assertEquals(2, q.size(), q.toString());
        assertEquals(q.get(0).speakerKey(), q.get(1).speakerKey());
        assertTrue(q.get(0).speakerKey().contains("macron"), q.toString());
        assertEquals("We have waited for three long years", q.get(0).text());
    }

    @Test
    void aPronounSpeaksForThePersonNamedBefore() {
        List<QuoteFact> q = quotes("Olaf Scholz arrived in the port city on Monday. \"The harbour must reopen "
                + "for all ships,\" he told reporters.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertEquals("tell", q.get(0).cue());
    }

    @Test
    void aQuestionEndsTheSentenceButItsCueStillSpeaks() {
        List<QuoteFact> q = quotes("Olaf Scholz visited the harbour on Monday. \"Who will pay for the new cranes "
                + "this year?\" Scholz asked. \"Nobody has told me yet.\"");
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.stream().allMatch(x -> x.speakerKey().contains("scholz")), q.toString());
        assertEquals("ask", q.get(0).cue());
    }

    @Test
    void theNextSentenceAttributesNothingWhenItReportsWordsOfItsOwn() {
        List<QuoteFact> q = quotes("The ferry will be called the \"Northern Star of the Eastern Coast.\" "
                + "Olaf Scholz said the name was chosen by pupils.");
        assertTrue(q.stream().noneMatch(x -> x.text().startsWith("Northern Star")), q.toString());
    }

    @Test
    void aTermInQuotesHandsItsSpeakerToTheNextQuotationOfItsParagraph() {
        List<QuoteFact> q = quotes("The talks were \"very useful,\" Olaf Scholz said on Monday. \"We will meet again "
                + "in the spring to finish the work.\"");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertTrue(q.get(0).text().startsWith("We will meet again"), q.toString());
    }

    @Test
    void aQuotationSignedWithADashIsItsSignersWords() {
        List<QuoteFact> q = quotes("Readers wrote to us after the debate.\n\n\u201CThe harbour plan will cost far "
                + "more than anyone admits.\u201D \u2015 Olaf Scholz\n\n\u201CI liked the plan.\u201D");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aColonHandsTheNextParagraphsQuotationToItsSubject() {
        List<QuoteFact> q = quotes("Olaf Scholz toured the flooded docks on Tuesday with the port's director.\n\n"
                + "He said:\n\n\"The harbour must reopen for all ships before the winter.\"");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aQuoteWithoutAnAttributableSpeakerIsDropped() {
        assertEquals(List.of(), quotes("The sign at the gate read \"no entry after nine in the evening\" for years."));
    }

    @Test
    void aScareQuotedTermIsNotAQuotation() {
        assertEquals(List.of(), quotes("Olaf Scholz said the \"reset\" had failed."));
    }

    @Test
    void reportedSpeechIsAnIndirectQuoteOfTheSubject() {
        List<QuoteFact> q = quotes("Olaf Scholz said on Monday that the harbour would reopen for all ships next week.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).indirect());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertTrue(q.get(0).text().startsWith("the harbour would reopen"), q.get(0).text());
    }

    @Test
    void accordingToNamesTheSpeaker() {
        List<QuoteFact> q = quotes("The harbour will reopen for all ships next week, according to Olaf Scholz.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("according", q.get(0).cue());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void theOutletThatCarriedTheWordsIsTheChannel() {
        List<QuoteFact> q = quotes("\"The harbour must reopen for all ships,\" Olaf Scholz told Reuters on Monday.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertTrue(q.get(0).channelKey() != null && q.get(0).channelKey().contains("reuters"), q.toString());
    }

    @Test
    void anOutletQuotingSomeoneIsTheChannelNotTheSpeaker() {
        List<QuoteFact> q = quotes("\"The harbour must reopen for all ships,\" Reuters quoted Olaf Scholz as saying.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertTrue(q.get(0).channelKey() != null && q.get(0).channelKey().contains("reuters"), q.toString());
    }

    @Test
    void theSubjectOfARelativeClauseIsTheNounItDescribes() {
        List<QuoteFact> q = quotes("The plan was rejected by Olaf Scholz, who said it was \"a bridge too far for "
                + "the harbour\" on Monday.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aQuoteOpeningTheNextParagraphCarriesOnTheLastSpeakersWords() {
        List<QuoteFact> q = quotes("\"The harbour must reopen for all ships,\" Olaf Scholz said on Monday.\n\n"
                + "\"We will pay for the new cranes ourselves.\"");
        assertEquals(2, q.size(), q.toString());
        assertEquals(q.get(0).speakerKey(), q.get(1).speakerKey());
    }

    @Test
    void anAgencyCitedWithAccordingToIsNotTheSpeakerOfAQuote() {
        List<QuoteFact> q = quotes("The two sides agreed to \"rebuild the old harbour together\", according to Reuters.");
        assertEquals(List.of(), q.stream().filter(x -> !x.indirect()).toList());
    }

    @Test
    void aColonHandsTheQuoteToTheSubjectBeforeIt() {
        List<QuoteFact> q = quotes("Olaf Scholz agreed with the mayor: \"The harbour must reopen for all ships.\"");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
        assertEquals("agree", q.get(0).cue());
    }

    @Test
    void aQuotationOfTwoParagraphsIsReadParagraphByParagraph() {
        // the first paragraph leaves its quotation open, the second reopens it with a mark of its own
        List<QuoteFact> q = quotes("Olaf Scholz spoke to the dock workers on Monday. \u201CThe harbour must reopen "
                + "for all ships before the winter comes, and the cranes must be repaired first.\n"
                + "\u201CWe will pay for the new cranes ourselves,\u201D he said.");
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.stream().allMatch(x -> x.speakerKey().contains("scholz")), q.toString());
        assertTrue(q.get(0).text().endsWith("repaired first."), q.get(0).text());
    }

    @Test
    void aClosingCurlyMarkDoesNotOpenAQuotation() {
        // a stray closing mark must not pair with the next opening one and swallow the narration between them
        List<QuoteFact> q = quotes("The mayor\u201D spoke first. Olaf Scholz then said: \u201CThe harbour must "
                + "reopen for all ships.\u201D");
        assertEquals(1, q.size(), q.toString());
        assertEquals("The harbour must reopen for all ships.", q.get(0).text());
    }

    @Test
    void aShortQuotationStandingAsASentenceIsStillAQuotation() {
        List<QuoteFact> q = quotes("Olaf Scholz looked at the flooded docks. \"It is over,\" he said.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aPronounAfterALongQuotationPointsBeforeIt() {
        List<QuoteFact> q = quotes("Olaf Scholz spoke at the harbour on Monday. \"The ships are waiting. The crews "
                + "are waiting. The whole town is waiting. Nobody in Berlin seems to care about any of it,\" he said.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aTitleInQuotesAfterAPrepositionIsNoQuotation() {
        List<QuoteFact> q = quotes("Olaf Scholz said on \"Harbour Morning Report\" that the cranes would be repaired.");
        assertTrue(q.stream().noneMatch(x -> x.text().contains("Morning Report")), q.toString());
    }

    @Test
    void aBodyReferredToByItsKindSpeaksForTheBodyNamedBefore() {
        List<QuoteFact> q = quotes("The European Union met in Brussels on Monday to discuss the fishing quotas. "
                + "\"Quotas must fall by a third this year,\" the bloc said.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("european-union"), q.toString());
    }

    @Test
    void aParagraphQuotingAStatementIsTheWordsOfWhoIssuedIt() {
        List<QuoteFact> q = quotes("NATO released a statement on Tuesday.\n\n\"The exercises in the north will go "
                + "ahead as planned in the spring.\"");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("nato") || q.get(0).speakerKey().contains("north-atlantic"),
                q.toString());
    }

    @Test
    void aTitleAfterALongQuotationPointsBeforeIt() {
        List<QuoteFact> q = quotes("Olaf Scholz spoke at the harbour on Monday. \"The ships are waiting. The crews "
                + "are waiting. The whole town is waiting for the cranes,\" the chancellor said.");
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }

    @Test
    void aPronounSpeaksForTheMainSubjectNotOneInsideItsClause() {
        List<QuoteFact> q = quotes("Olaf Scholz said he expects Emmanuel Macron to sign the harbour treaty soon. "
                + "\"It is something we have waited for since the spring,\" he said.").stream()
                .filter(x -> !x.indirect()).toList();
        assertEquals(1, q.size(), q.toString());
        assertTrue(q.get(0).speakerKey().contains("scholz"), q.toString());
    }
}
