package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
