package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SELECT results kept per snapshot of a TDB2 store, through the endpoint, while the store is written. */
class CachedResultsTest {

    private static final String COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    private GraphStore store;

    @BeforeEach
    void open() {
        org.apache.jena.sys.JenaSystem.init();
        store = Stores.tdb2(tmp.resolve("store"));
        store.replaceGraphs(List.of(article(0)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleQuads article(int i) {
        Node graph = NodeFactory.createURI("urn:test:article/" + i);
        return new ArticleQuads(graph, List.of(Quad.create(graph, NodeFactory.createURI("urn:test:s" + i),
                NodeFactory.createURI("urn:test:name"), NodeFactory.createLiteralString("Name " + i))));
    }

    private static String query(String base, String sparql) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static long count(String base) throws Exception {
        return new ObjectMapper().readTree(query(base, COUNT)).get("results").get("bindings").get(0).get("n")
                .get("value").asLong();
    }

    private SparqlServer server(long cacheBytes) {
        return SparqlServer.builder(store.queryView()).port(0).cacheBytes(cacheBytes).build().start();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheKeptResult() throws Exception {
        SparqlServer server = server(1 << 20);
        try {
            String base = "http://127.0.0.1:" + server.port();
            String first = query(base, COUNT);
            assertEquals(first, query(base, COUNT));
            assertEquals(1, server.cache().evaluations());
            assertEquals(1, server.cache().hits());
        } finally {
            server.stop();
        }
    }

    @Test
    void everyAnswerAfterAWriteSeesTheWrite() throws Exception {
        SparqlServer server = server(1 << 20);
        String base = "http://127.0.0.1:" + server.port();
        AtomicBoolean done = new AtomicBoolean();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        // another client keeps asking the same query, so that results of every snapshot are kept as the store changes
        Thread other = new Thread(() -> {
            while (!done.get()) {
                try {
                    count(base);
                } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        });
        try {
            other.start();
            for (int i = 1; i <= 15; i++) {
                store.replaceGraphs(List.of(article(i)));
                assertEquals(i + 1, count(base), "after adding article " + i);
            }
            for (int i = 15; i >= 10; i--) {
                store.removeGraph(NodeFactory.createURI("urn:test:article/" + i));
                assertEquals(i, count(base), "after removing article " + i);
            }
        } finally {
            done.set(true);
            other.join();
            server.stop();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void queriesWhoseValueChangesFromCallToCallAreNotKept() throws Exception {
        SparqlServer server = server(1 << 20);
        try {
            String base = "http://127.0.0.1:" + server.port();
            query(base, "SELECT (RAND() AS ?r) WHERE {}");
            query(base, "SELECT ?t WHERE { BIND(NOW() AS ?t) }");
            query(base, "SELECT ?t WHERE { BIND(<http://jena.apache.org/ARQ/function#now>() AS ?t) }");
            query(base, "SELECT (STRUUID() AS ?u) WHERE {}");
            assertEquals(0, server.cache().evaluations() + server.cache().hits());
        } finally {
            server.stop();
        }
    }

    @Test
    void aRequestNamingItsOwnDatasetIsNotKept() throws Exception {
        SparqlServer server = server(1 << 20);
        try {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql?query="
                            + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)
                            + "&named-graph-uri=" + URLEncoder.encode("urn:test:article/0", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(0, server.cache().evaluations() + server.cache().hits(), r.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void withTheCacheOffNothingIsKept() throws Exception {
        SparqlServer server = server(0);
        try {
            assertNull(server.cache());
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(1, count(base));
        } finally {
            server.stop();
        }
    }
}
