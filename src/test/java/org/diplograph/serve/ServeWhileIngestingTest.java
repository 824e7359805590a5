package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.pipeline.InboxWatcher;
import org.diplograph.rdf.Iris;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries through the endpoint while the same process builds new articles into the store: every query answers, and
 * every answer shows each article whole (the quad count a query sees for an article graph is its final count) or
 * not at all.
 */
class ServeWhileIngestingTest {

    /** Quads per article graph, leaving out the links a later article may add to an earlier one's events. */
    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(CONTAINS(STR(?g), \"/article/\") && ?p != <https://w3id.org/diplograph/ontology#reportedAs>) } "
            + "GROUP BY ?g";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void queriesSeeWholeArticlesWhileTheInboxIsBuilt() throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        List<String> names = DemoCorpus.names();
        Path staging = DemoCorpus.copyTo(tmp.resolve("staging"));
        List<Map<String, Long>> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try (GraphStore store = Stores.tdb2(tmp.resolve("store"))) {
            SparqlServer server = SparqlServer.builder(store.queryView()).port(0).build().start();
            String endpoint = "http://localhost:" + server.port() + SparqlServer.DATASET + "/sparql";
            AtomicBoolean done = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        seen.add(perGraph(endpoint));
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            try (InboxWatcher watcher = new InboxWatcher(DemoCorpus.pipeline(), store, Iris.defaults().base(),
                    List.of(inbox), 1, Duration.ofSeconds(1)).start()) {
                reader.start();
                // half the articles first, then the rest, as files arriving over time
                for (int i = 0; i < names.size(); i++) {
                    Path target = inbox.resolve(names.get(i));
                    Files.copy(staging.resolve(names.get(i)), target);
                    Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(5)));
                    if (i == names.size() / 2) {
                        awaitArticles(endpoint, i + 1);
                    }
                }
                awaitArticles(endpoint, names.size());
            } finally {
                done.set(true);
                reader.join();
                server.stop();
            }
            assertEquals(List.of(), failures);
            Map<String, Long> last = perGraph(store);
            assertEquals(names.size(), last.size());
            assertTrue(seen.size() > 3, "queries ran during the ingest: " + seen.size());
            assertTrue(seen.stream().anyMatch(m -> m.size() > 0 && m.size() < names.size()),
                    "some query ran between the first and the last article");
            for (Map<String, Long> snapshot : seen) {
                snapshot.forEach((graph, n) -> assertEquals(last.get(graph), n, "partial article seen: " + graph));
            }
        }
    }

    private static void awaitArticles(String endpoint, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (perGraph(endpoint).size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the inbox was not built in time: " + perGraph(endpoint).size() + " of " + n);
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, Long> perGraph(String endpoint) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(PER_GRAPH, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        Map<String, Long> out = new HashMap<>();
        JsonNode root = new ObjectMapper().readTree(r.body());
        root.get("results").get("bindings").forEach(b -> out.put(b.get("g").get("value").asText(),
                b.get("n").get("value").asLong()));
        return out;
    }

    private static Map<String, Long> perGraph(GraphStore store) {
        Map<String, Long> out = new HashMap<>();
        var ds = store.queryView();
        org.apache.jena.system.Txn.executeRead(ds, () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(PER_GRAPH).build()) {
                qe.execSelect().forEachRemaining(row -> out.put(row.getResource("g").getURI(),
                        row.getLiteral("n").getLong()));
            }
        });
        return out;
    }
}
