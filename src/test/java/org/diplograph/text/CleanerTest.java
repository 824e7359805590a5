package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private static final String BODY = "The two ministers met in Oslo on Tuesday to discuss fisheries.";

    private final Cleaner cleaner = new Cleaner();

    private static Article article(String text) {
        return new Article("test-1", null, text, null, null, null, "test.txt");
    }

    /** Cleans "BODY\nline\nBODY" and returns the middle line of the clean text. */
    private String cleanedMiddleLine(String line) {
        String text = BODY + "\n" + line + "\n" + BODY;
        CleanText clean = cleaner.clean(article(text));
        int start = BODY.length() + 1;
        return clean.text().substring(start, start + line.length());
    }

    private static String blanks(String s) {
        return " ".repeat(s.length());
    }

    private static boolean isBlank(String s) {
        return s.chars().allMatch(c -> c == ' ');
    }

    @Test
    void alsoReadTeaserLineIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("Also Read: Ministers to meet again next month")));
    }

    @Test
    void wikiSectionHeadingKeepsItsWordsWithoutTheEqualsSigns() {
        assertEquals("   Tony Blair's role   ", cleanedMiddleLine("===Tony Blair's role==="));
    }

    @Test
    void shareBarLineIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("Gallery Gallery Videos Videos Share on WhatsApp Share")));
    }

    @Test
    void newsletterCallToActionIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("Subscribe to our newsletter")));
    }

    @Test
    void photoCreditLineIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("Photo: Reuters/File")));
    }

    @Test
    void strayMultiplicationSignLineIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("×")));
    }

    @Test
    void proseSentenceUsingTheWordShareIsKept() {
        String line = "China's share of trade rose.";
        assertEquals(line, cleanedMiddleLine(line));
    }

    @Test
    void ordinaryNewsSentenceIsKeptUnchanged() {
        String text = "Leaders meet in Oslo\nThe foreign ministers of Norway and Sweden signed a border accord on Monday.";
        assertEquals(text, cleaner.clean(article(text)).text());
    }

    @Test
    void cleanTextHasTheOriginalLengthAndKeepsNewlines() {
        String text = "Also Read: Another story\nGallery Videos Share\n\n" + BODY + "\nPhoto: Reuters/File\n×";
        CleanText clean = cleaner.clean(article(text));
        assertEquals(text.length(), clean.text().length());
        for (int i = 0; i < text.length(); i++) {
            assertEquals(text.charAt(i) == '\n', clean.text().charAt(i) == '\n', "newline mismatch at " + i);
        }
    }

    @Test
    void keptTextStaysAtItsOriginalOffset() {
        String text = "Also Read: Another story\n" + BODY;
        CleanText clean = cleaner.clean(article(text));
        int at = text.indexOf(BODY);
        assertEquals(BODY, clean.text().substring(at, at + BODY.length()));
    }

    @Test
    void curlyQuotesAndApostrophesBecomeAsciiAtTheSameOffsets() {
        String text = "The minister\u2019s aide said \u201Cno deal\u201D and \u2018maybe later\u2019.";
        String expected = "The minister's aide said \"no deal\" and 'maybe later'.";
        String cleaned = cleaner.clean(article(text)).text();
        assertEquals(expected, cleaned);
        assertEquals(text.indexOf('\u2019'), cleaned.indexOf('\''));
    }

    @Test
    void removedSpansReportBlankedLinesAndNotKeptOnes() {
        String teaser = "Also Read: Another story";
        String text = teaser + "\n" + BODY;
        CleanText clean = cleaner.clean(article(text));
        assertTrue(clean.isRemoved(new CharSpan(0, 4)), "span inside the teaser");
        assertTrue(clean.isRemoved(new CharSpan(teaser.length() - 3, teaser.length() + 5)), "span overlapping it");
        int body = teaser.length() + 1;
        assertFalse(clean.isRemoved(new CharSpan(body, body + BODY.length())), "span of the kept sentence");
    }

    @Test
    void datelineIsFoundOnTheCleanedText() {
        String text = "BEIJING, CHINA - SEPTEMBER 29, 2025 - In a move welcomed by its neighbours, the city opened a port.";
        CleanText clean = cleaner.clean(article(text));
        assertEquals("Beijing", clean.dateline().city());
    }

    @Test
    void gluingDashesOpenUpAndSpacedDashesBecomeHyphens() {
        String text = "Xi Jinping\u2014their host\u2014spoke first \u2013 then the guests.";
        assertEquals("Xi Jinping their host spoke first - then the guests.", cleaner.clean(article(text)).text());
    }

    @Test
    void markdownMarkupIsBlankedOnlyInMarkdownFiles() {
        String text = "## Envoys meet\n**Oslo** talks resume.";
        Article md = new Article("a", null, text, null, null, null, "in/story.md");
        assertEquals("   Envoys meet\n  Oslo   talks resume.", cleaner.clean(md).text());
        assertEquals(text, cleaner.clean(article(text)).text());
    }

    private static final String PROSE_A = "Envoys of Norland and Velmora met in Tarvik on Monday to settle the river border.";
    private static final String PROSE_B = "The two sides agreed to meet again in the spring, the Norland foreign ministry said.";

    private static Article page(String headline, String text) {
        return new Article("page-1", headline, text, null, null, null, "pages.jsonl#1");
    }

    /** The lines of the clean text that still hold letters. */
    private List<String> keptLines(Article article) {
        return cleaner.clean(article).text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void menuBylineAndStampAboveTheFirstParagraphAreBlanked() {
        String text = String.join("\n", "Home", "World", "Europe", "By", "Ana Vell", "and", "Norland Wire",
                "March 3, 2024, 9:47 AM ET", PROSE_A, PROSE_B);
        assertEquals(List.of(PROSE_A, PROSE_B), keptLines(page("Envoys settle the border", text)));
    }

    @Test
    void shortLabelsBelowTheLastParagraphAreBlanked() {
        String text = String.join("\n", PROSE_A, PROSE_B, "Most Read", "Tarvik Desk");
        assertEquals(List.of(PROSE_A, PROSE_B), keptLines(page(null, text)));
    }

    @Test
    void headlinesUnderATeaserLabelAreBlankedUpToTheNextParagraph() {
        String text = String.join("\n", PROSE_A, "ALSO READ", "Velmora Court Rules On Fishing Rights",
                "Norland opposition picks a new leader", PROSE_B);
        assertEquals(List.of(PROSE_A, PROSE_B), keptLines(page(null, text)));
    }

    @Test
    void aShortSentenceAfterATeaserEndsTheList() {
        String text = String.join("\n", "Also Read: Velmora court rules on fishing", "Envoys met on Monday.", PROSE_B);
        assertEquals(List.of("Envoys met on Monday.", PROSE_B), keptLines(page(null, text)));
    }

    @Test
    void namesNextToAStampBetweenParagraphsAreBlankedButAHeadingIsKept() {
        String text = String.join("\n", PROSE_A, "Ana Vell", "March 3, 2024", PROSE_B, "Reactions abroad", PROSE_A);
        assertEquals(List.of(PROSE_A, PROSE_B, "Reactions abroad", PROSE_A), keptLines(page(null, text)));
    }

    @Test
    void captionWithItsCreditIsBlankedWholeAndItsDatelineIsNotTheStorys() {
        String caption = "TARVIK, NORLAND - MARCH 3: In this photo, envoys of Norland and Velmora sign a map in Tarvik. "
                + "(Photo by Ivo Ranek / Nordpress)";
        String text = String.join("\n", caption, PROSE_A, PROSE_B);
        CleanText clean = cleaner.clean(page(null, text));
        assertEquals(List.of(PROSE_A, PROSE_B), keptLines(page(null, text)));
        assertEquals(null, clean.dateline());
    }

    @Test
    void aSecondCopyOfTheHeadlineBehindASectionLabelIsBlanked() {
        String text = String.join("\n", PROSE_A, "Norland: Envoys settle the river border", PROSE_B);
        assertEquals(List.of(PROSE_A, PROSE_B), keptLines(page("Envoys settle the river border", text)));
    }

    @Test
    void aBracketedCreditInsideAParagraphIsBlankedAloneWithAddressesAndTags() {
        String credit = "(Photo: Ivo Ranek)";
        String address = "https://example.org/tarvik";
        String text = PROSE_A + " " + credit + " See " + address + " for the <b>map</b>.";
        String expected = PROSE_A + " " + blanks(credit) + " See " + blanks(address) + " for the " + blanks("<b>")
                + "map" + blanks("</b>") + ".";
        assertEquals(expected, cleaner.clean(page(null, text)).text());
    }

    @Test
    void aWireTagAfterADatelineAndAnAgencyCreditInAParagraphAreBlanked() {
        String text = "OSLO, May 5 (NTB) -- The two ministers met on Tuesday to discuss fisheries quotas at length.\n\n"
                + PROSE_A + " (Reuters/Ivo Ranek) " + PROSE_B + " " + PROSE_A + " " + PROSE_B + "\n\nLisbon (Reuters) - Talks on the quota resumed on Friday.";
        String clean = cleaner.clean(page(null, text)).text();
        assertTrue(clean.contains(PROSE_A), clean);
        assertFalse(clean.contains("(NTB)"), clean);
        assertFalse(clean.contains("(Reuters"), clean);
        assertTrue(clean.startsWith("OSLO, May 5"), clean);
    }

    @Test
    void anOrganisationsAcronymOpeningAParagraphIsKept() {
        String text = "The Nordic Fisheries Council (NFC) - a body of five states - met on Tuesday to set quotas for the year.";
        assertTrue(cleaner.clean(page(null, text)).text().contains("(NFC)"));
    }

    @Test
    void anAgencysStampAboveTheStoryIsBlanked() {
        assertTrue(isBlank(cleanedMiddleLine("Reuters) 10:15, May 05, 2024")));
    }

    @Test
    void aPageWithoutHeadlineKeepsItsFirstLineBelowItsAddressAndStamp() {
        String text = String.join("\n", "https://example.org/tarvik-talks", "Envoys settle the border", "March 3, 2024",
                PROSE_A, PROSE_B);
        assertEquals(List.of("Envoys settle the border", PROSE_A, PROSE_B), keptLines(page(null, text)));
    }

    @Test
    void tokenisedQuoteWithSpacesBeforeItsClosingMarksEndsASentence() {
        String quote = "\" We will meet again . \"";
        String text = String.join("\n", PROSE_A, PROSE_B, quote);
        assertEquals(List.of(PROSE_A, PROSE_B, quote), keptLines(page(null, text)));
    }

    @Test
    void aPageWithoutProseIsLeftAsItIs() {
        String text = "Norland\nVelmora\nTarvik";
        assertEquals(text, cleaner.clean(page(null, text)).text());
    }

    @Test
    void aWireDatelineOnItsOwnLineIsKeptAsTheStorysPlace() {
        String text = "FERRY TALKS STALL .\nPORT ELLIS 2024-03-05\n" + BODY;
        CleanText clean = cleaner.clean(article(text));
        assertTrue(clean.text().contains("PORT ELLIS 2024-03-05"));
        assertEquals("Port Ellis", clean.dateline().city());
    }

    @Test
    void theRowsOfAResultsStoryAreItsBodyNotFurniture() {
        String text = "SAILING - HARBOUR CUP RESULTS AFTER THE THIRD DAY OF RACING .\nPORT ELLIS 2024-03-05\n"
                + "Northvale Sailing Club 12 9 3\nCastlebay Yacht Club 12 7 5\n";
        CleanText clean = cleaner.clean(article(text));
        assertTrue(clean.text().contains("Northvale Sailing Club 12 9 3"), clean.text());
        assertTrue(clean.text().contains("Castlebay Yacht Club 12 7 5"), clean.text());
    }
}
