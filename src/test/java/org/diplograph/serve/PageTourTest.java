package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's pages opened as a browser opens them, on the two invented reports in a TDB2 store. */
class PageTourTest {

    private static final String ID = "https://w3id.org/diplograph/id/";

    @TempDir
    Path tmp;

    private GraphStore store;
    private SparqlServer server;
    private PageTour tour;

    @BeforeEach
    void start() throws Exception {
        store = Stores.tdb2(tmp.resolve("store"));
        store.replaceGraphs(WorkbenchBrowserTest.twoReports());
        Statistics.refresh(store);
        server = SparqlServer.builder(store.queryView()).port(0).build().start();
        tour = new PageTour(URI.create("http://localhost:" + server.port()));
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void everyPageTypeOpensOnTheStoresOwnExamples() throws Exception {
        List<PageTour.Page> pages = tour.pages();
        assertEquals(List.of("start", "search", "actor", "event", "article", "explore", "sparql"),
                pages.stream().map(PageTour.Page::name).toList());
        PageTour.Page event = pages.get(3);
        assertEquals("/event.html?iri=" + URLEncoder.encode(ID + "event/meeting-wb-harbour",
                StandardCharsets.UTF_8), event.address());
        assertTrue(event.files().containsAll(List.of("event.html", "style.css", "event.js", "app.js", "labels.json",
                "q/event-reports.rq")), event.files().toString());
        assertTrue(event.rounds().get(0).stream().allMatch(q -> q.contains("<" + ID + "event/meeting-wb-harbour>")
                && !q.contains("$event")), "filled as event.js fills them");
        assertTrue(pages.get(1).files().contains("aliases.json"));
        assertEquals(List.of("explore.html", "style.css", "lib/echarts.min.js", "explore.js", "app.js", "labels.json",
                "q/explore-latest.rq", "q/explore-events.rq"), pages.get(5).files(), "not the links of its body");
        for (PageTour.Page p : pages) {
            assertTrue(tour.visit(p).toNanos() > 0, p.name());
        }
    }

    @Test
    void aWarmedUpServerAnswersTheStartPageFromItsCache() throws Exception {
        server.warmUp().get(2, TimeUnit.MINUTES);
        long evaluated = server.cache().evaluations();
        long hits = server.cache().hits();
        tour.visit(tour.start());
        assertEquals(evaluated, server.cache().evaluations(), "nothing evaluated again");
        assertEquals(hits + 2, server.cache().hits(), "both of its queries answered from the cache");
    }

    @Test
    void placeholdersAreFilledAsTheBrowserFillsThem() {
        Map<String, String> terms = Map.of("s", PageTour.iri("urn:a"), "o", PageTour.str("say \"hi\"\n"));
        assertEquals("SELECT * { <urn:a> ?p \"say \\\"hi\\\"\\n\" . $rest }",
                PageTour.fill("SELECT * { $s ?p $o . $rest }", terms));
        assertEquals("2008-10-01", PageTour.viewStart("2009-10-01"));
        assertEquals("2008-10-01", PageTour.viewStart("2009-10"));
    }
}
