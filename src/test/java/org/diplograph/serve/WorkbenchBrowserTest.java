package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's headless Chromium, driven through its chromedriver, opens every page
 * type on the demo graph (plus two invented reports of one meeting that disagree on its place) and checks what it
 * shows, the way a new user goes: search box, actor, event, the sentence that supports it. Skipped where
 * /usr/bin/chromium or /usr/bin/chromedriver is missing (.ci/run installs them).
 *
 * <p>With {@code -Dworkbench.screenshots=DIR} it also saves a screenshot of each page type there (the README's).
 */
class WorkbenchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String PUTIN = ID + "person/vladimir-putin";
    private static final String GENEVA_SUMMIT = ID + "event/meeting-2901cc1be64a1d8f";
    /** The graph's schema.org is http (Jena's SchemaDO is https). */
    private static final Property ATTENDEE = ResourceFactory.createProperty("http://schema.org/attendee");
    private static final Property NAME = ResourceFactory.createProperty("http://schema.org/name");

    @TempDir
    static Path tmp;

    private static GraphStore store;
    private static SparqlServer server;
    private static String base;
    private static Path downloads;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        store = DemoCorpus.memoryStore();
        store.replaceGraphs(twoReports());
        Statistics.refresh(store);
        server = SparqlServer.builder(store.queryView()).port(0).build().start();
        base = "http://localhost:" + server.port();
        downloads = Files.createDirectories(tmp.resolve("downloads"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium stalls on a closed network, trying Google's hosts
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + tmp.resolve("profile-" + System.nanoTime()));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // a driver stops its service when it quits, so each test starts its own
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            try {
                assertNoConsoleErrors();
            } finally {
                browser.quit();
            }
        }
    }

    /** A page that breaks the Content-Security-Policy (a CDN, an inline script) or throws shows it here. */
    private void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("favicon.ico")) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "browser console");
    }

    /** The fixture's two articles, as the build would store them. */
    static List<ArticleQuads> twoReports() throws IOException {
        Dataset ds = DatasetFactory.create();
        try (InputStream in = WorkbenchBrowserTest.class.getResourceAsStream("/workbench/two-reports.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph());
        }
        List<ArticleQuads> out = new ArrayList<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            List<Quad> quads = new ArrayList<>();
            ds.asDatasetGraph().find(g, null, null, null).forEachRemaining(quads::add);
            out.add(new ArticleQuads(g, quads));
        });
        return out;
    }

    private static String page(String name, String iri) {
        return base + "/" + name + ".html?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** Waits for the page to say it has drawn everything (app.js done()). */
    private void ready() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    /**
     * Does what leads to another page, then waits for that page to be drawn: without waiting for the old page to go
     * first, ready() could read the old page's mark while the browser was still leaving it.
     */
    private void navigate(Runnable action) {
        WebElement old = browser.findElement(By.tagName("body"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
        ready();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("workbench.screenshots");
        if (dir != null) {
            // the whole page, up to a height a README can show
            Dimension window = browser.manage().window().getSize();
            Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(window.width, Math.min(height.intValue() + 100, 2200)));
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(window);
        }
    }

    @Test
    void fromTheSearchBoxToAnActorOneOfItsEventsAndTheSentenceThatSupportsIt() throws IOException {
        browser.get(base + "/");
        ready();
        WebElement box = browser.findElement(By.name("q"));
        assertEquals(box, browser.switchTo().activeElement(), "the search box has the focus");
        navigate(() -> box.sendKeys("putin", Keys.ENTER));
        assertTrue(browser.getCurrentUrl().contains("q=putin"));
        WebElement actor = browser.findElement(By.linkText("Vladimir Putin"));
        assertTrue(text("section[aria-label=Actors]").contains("person"));
        assertTrue(text("section[aria-label=Events]").contains("Meeting of Joe Biden, Switzerland, Vladimir Putin"));
        screenshot("search");
        navigate(() -> actor.sendKeys(Keys.ENTER)); // the keyboard, not the mouse

        assertEquals("Vladimir Putin", text("h1"));
        assertTrue(text("#facts").contains("Wikidata Q7747"));
        String events = text("section[aria-label=Events]");
        assertTrue(events.contains("2021-06-16") && events.contains("Villa La Grange"), events);
        assertTrue(text("section[aria-label=Roles]").contains("Russia"));
        assertTrue(text("section[aria-label=Stances]").contains("opposes"));
        assertTrue(text("section[aria-label=Quotes]").contains("said by"));
        assertTrue(text("section[aria-label='Most often in events with']").contains("Joe Biden"));
        assertTrue(text("section[aria-label='Articles that mention them']").contains("Geneva summit"));
        screenshot("actor");
        navigate(() -> browser.findElement(By.linkText("Meeting of Joe Biden, Switzerland, Vladimir Putin")).click());

        assertEquals("summit", text("#kind"));
        String facts = text("#facts");
        assertTrue(facts.contains("CAMEO 040 Consult") && facts.contains("PLOVER CONSULT") && facts.contains("2021-06-16"), facts);
        assertEquals(3, browser.findElements(By.cssSelector("section[aria-label=Participants] tbody tr")).size());
        List<String> marked = browser.findElements(By.cssSelector(".report mark")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("summit", "talks"), marked, "the words that report the meeting, by their offsets");
        navigate(() -> browser.findElement(By.linkText("sentence in the article")).click());

        assertEquals("Biden and Putin agree to return ambassadors after Geneva summit", text("h1"));
        WebElement target = browser.findElement(By.cssSelector(".sentence.current"));
        assertTrue(target.getText().contains("Villa La Grange"), target.getText());
        assertTrue(target.getText().contains("summit"), "the facts read from it are listed under it");
        screenshot("article");
    }

    @Test
    void searchFindsAnActorByANameOnlyTheRegistryKnows() {
        browser.get(base + "/?q=DPRK");
        ready();
        String actors = text("section[aria-label=Actors]");
        assertTrue(actors.contains("North Korea") && actors.contains("DPRK"), actors);
    }

    @Test
    void reportsThatDisagreeOnThePlaceAreShownSideBySide() throws IOException {
        browser.get(page("event", ID + "event/meeting-wb-harbour"));
        ready();
        String compared = text("section[aria-label='Reports compared']");
        assertTrue(compared.contains("The reports disagree on: place"), compared);
        List<String> conflicts = browser.findElements(By.cssSelector("td.conflict")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Orsund", "Lenmark"), conflicts);
        assertEquals(2, browser.findElements(By.cssSelector("article.report")).size());
        assertEquals(List.of("talks"), browser.findElements(By.cssSelector("article.report mark.trigger"))
                .stream().map(WebElement::getText).toList(), "the first report's trigger, by its offsets");
        assertEquals(List.of("Lenmark"), browser.findElements(By.cssSelector("article.report mark.place"))
                .stream().map(WebElement::getText).toList(), "the second report, without offsets, marked by names");
        screenshot("event-contradiction");
    }

    @Test
    void timelineAndNetworkDrawTheFilteredEventsAndExportThem() throws IOException {
        browser.get(base + "/explore.html?actor=" + URLEncoder.encode(PUTIN, StandardCharsets.UTF_8));
        ready();
        assertTrue(text("#summary").contains("3 dated events with Vladimir Putin"), text("#summary"));
        assertFalse(browser.findElements(By.cssSelector("#timeline canvas")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#network canvas")).isEmpty());
        assertEquals(3, browser.findElements(By.cssSelector("#events tbody tr")).size());
        screenshot("explore");

        browser.findElement(By.id("csv")).click();
        Path csv = awaitDownload("events.csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("event,name,class,date,articles,participants,participantIris", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(GENEVA_SUMMIT)));

        browser.findElement(By.id("ttl")).click();
        Model subgraph = RDFDataMgr.loadModel(awaitDownload("events.ttl").toString(), Lang.TURTLE);
        assertTrue(subgraph.contains(subgraph.createResource(GENEVA_SUMMIT), ATTENDEE,
                subgraph.createResource(PUTIN)));
        assertTrue(subgraph.contains(subgraph.createResource(PUTIN), NAME, "Vladimir Putin"));

        // narrowing to a kind of event that none of his dated events is leaves none
        browser.findElement(By.xpath("//label[normalize-space()='rejection']/input")).click();
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("summary"), "1 dated events"));
        assertTrue(browser.getCurrentUrl().contains("family=Rejection"));

        // without a filter: the year up to the latest dated event
        browser.get(base + "/explore.html");
        ready();
        String from = browser.findElement(By.id("from")).getAttribute("value");
        assertFalse(from.isEmpty());
        List<String> dates = browser.findElements(By.cssSelector("#events tbody td.date")).stream()
                .map(WebElement::getText).toList();
        assertFalse(dates.isEmpty());
        assertTrue(dates.stream().allMatch(d -> d.compareTo(from.substring(0, d.length())) >= 0), from + " " + dates);
    }

    private Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file) && file.toFile().length() > 0);
        return file;
    }

    @Test
    void sparqlEditorRunsACannedQueryAndLinksResultsToThePages() throws IOException {
        browser.get(base + "/sparql.html");
        ready();
        assertFalse(browser.findElements(By.cssSelector(".CodeMirror .cm-keyword")).isEmpty(), "highlighted");
        List<String> canned = browser.findElements(By.cssSelector("#canned button")).stream()
                .map(WebElement::getText).toList();
        assertTrue(canned.containsAll(List.of("actors", "events", "contradictions", "timeline")), canned.toString());
        browser.findElement(By.xpath("//ul[@id='canned']//button[text()='actors']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("status"), "rows"));
        assertTrue(browser.findElements(By.cssSelector("#results tbody tr")).size() > 10);
        screenshot("sparql");
        navigate(() -> browser.findElement(By.cssSelector("#results a[href*='vladimir-putin']")).click());
        assertEquals("Vladimir Putin", text("h1"), "the IRI opened the actor page");
    }

    @Test
    void pagesFitAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 812));
        // the first report's article has a long source address, which must wrap rather than widen the page
        for (String url : List.of(base + "/", base + "/?q=putin", page("actor", PUTIN), page("event", GENEVA_SUMMIT),
                page("article", ID + "article/wb-harbour-report-a"), base + "/explore.html", base + "/sparql.html")) {
            browser.get(url);
            ready();
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(((Number) overflow).intValue() <= 1, url + " is wider than the screen by " + overflow + " px");
        }
        browser.get(page("actor", PUTIN));
        ready();
        screenshot("actor-phone");
    }
}
