package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final Path FILE = Path.of("in", "page.html");

    private static final String PAGE = """
            <html><head>
              <title>Envoys meet | Example Times</title>
              <meta property="og:title" content="Envoys meet in Oslo">
              <meta property="article:published_time" content="2025-09-29T08:00:00+02:00">
              <meta property="og:site_name" content="Example Times">
              <link rel="canonical" href="https://example.org/envoys-meet">
              <script>var tracking = "Tracking script text";</script>
            </head><body>
              <header><p>Header menu text</p></header>
              <nav><ul><li>Nav item text</li></ul></nav>
              <article>
                <h1>Envoys meet in Oslo on Monday</h1>
                <p>The envoys of two neighbouring states met in Oslo.</p>
                <div class="share"><p>Share bar text</p></div>
                <p>They agreed to meet again next month.</p>
                <div class="related"><p>Related story text</p></div>
                <div class="cookie"><p>Cookie banner text</p></div>
                <aside><p>Aside box text</p></aside>
              </article>
              <footer><p>Footer text</p></footer>
            </body></html>
            """;

    private static Article read(String html) {
        CollectingSink sink = new CollectingSink();
        new HtmlReader().read(FILE, html, sink);
        return sink.onlyArticle();
    }

    @Test
    void articleParagraphsAreKeptAsSeparateBlocks() {
        String text = read(PAGE).text();
        assertTrue(text.contains("The envoys of two neighbouring states met in Oslo.\n\nThey agreed to meet again next month."),
                text);
    }

    @Test
    void pageChromeIsDropped() {
        String text = read(PAGE).text();
        for (String chrome : new String[] {"Header menu", "Nav item", "Footer", "Aside box", "Tracking script"}) {
            assertFalse(text.contains(chrome), chrome + " leaked into: " + text);
        }
    }

    @Test
    void shareRelatedAndCookieElementsAreDropped() {
        String text = read(PAGE).text();
        for (String chrome : new String[] {"Share bar", "Related story", "Cookie banner"}) {
            assertFalse(text.contains(chrome), chrome + " leaked into: " + text);
        }
    }

    @Test
    void headlineComesFromOgTitle() {
        assertEquals("Envoys meet in Oslo", read(PAGE).headline());
    }

    @Test
    void headlineFallsBackToH1() {
        String html = "<html><head><title>Site title</title></head><body><article>"
                + "<h1>Talks resume in Geneva</h1><p>Delegates returned to the table.</p></article></body></html>";
        assertEquals("Talks resume in Geneva", read(html).headline());
    }

    @Test
    void publishedDateComesFromArticlePublishedTime() {
        assertEquals(LocalDate.of(2025, 9, 29), read(PAGE).published());
    }

    @Test
    void urlAndIdComeFromCanonicalLink() {
        Article a = read(PAGE);
        assertEquals("https://example.org/envoys-meet", a.url());
        assertEquals("https://example.org/envoys-meet", a.id());
    }

    @Test
    void publisherComesFromOgSiteName() {
        assertEquals("Example Times", read(PAGE).publisher());
    }
}
