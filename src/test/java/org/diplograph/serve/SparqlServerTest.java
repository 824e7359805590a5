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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only endpoint over the demo graph in a TDB2 store, on a free port. */
class SparqlServerTest {

    private static final String PEOPLE = "PREFIX schema: <http://schema.org/> "
            + "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
    private static final String INSERT = "INSERT DATA { GRAPH <https://w3id.org/diplograph/id/article/x> "
            + "{ <https://w3id.org/diplograph/id/x> <http://schema.org/name> \"Injected\" } }";


    @TempDir
    static Path tmp;

    private static GraphStore store;
    private static long size;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void fill() {
        org.apache.jena.sys.JenaSystem.init();
        store = Stores.tdb2(tmp.resolve("store"));
        store.replaceGraphs(DemoCorpus.quads());
        size = store.size();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private interface ServerTest {
        void run(String base) throws Exception;
    }

    private static void withServer(ServerTest test) throws Exception {
        SparqlServer server = SparqlServer.builder(store.queryView()).port(0).build().start();
        try {
            assertTrue(server.port() > 0);
            test.run("http://localhost:" + server.port());
        } finally {
            server.stop();
        }
    }

    @Test
    void builderSetsTheQueryTimeoutOnTheDataset() {
        org.apache.jena.query.Dataset ds = store.queryView();
        SparqlServer server = SparqlServer.builder(ds).port(0).timeoutMillis(5_000).build();
        assertEquals("5000", ds.getContext().get(org.apache.jena.query.ARQ.queryTimeout).toString());
        assertEquals(SparqlServer.DATASET, "/diplograph");
        assertTrue(server.fuseki().getDataAccessPointRegistry().isRegistered(SparqlServer.DATASET));
    }

    private static String form(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static List<String> names(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> out = new ArrayList<>();
        root.get("results").get("bindings").forEach(b -> out.add(b.get("name").get("value").asText()));
        return out;
    }

    @Test
    void selectOverHttpGetReturnsJsonResults() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(
                    URI.create(base + "/diplograph/sparql?" + form("query", PEOPLE)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            List<String> names = names(r.body());
            assertTrue(names.contains("Donald Trump"), names.toString());
            assertTrue(names.contains("Kim Jong Un"), names.toString());
        });
    }

    @Test
    void selectOverHttpPostFormWorks() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form("query", PEOPLE))).build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(names(r.body()).contains("Donald Trump"));
        });
    }

    @Test
    void namedGraphsAreQueryableOverHttp() throws Exception {
        withServer(base -> {
            String q = "SELECT (COUNT(DISTINCT ?g) AS ?name) WHERE { GRAPH ?g { ?s ?p ?o } }";
            HttpResponse<String> r = send(HttpRequest.newBuilder(
                    URI.create(base + "/diplograph?" + form("query", q)))
                    .header("Accept", "application/sparql-results+json").GET().build());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(List.of(String.valueOf(DemoCorpus.names().size())), names(r.body()));
        });
    }

    @Test
    void updateEndpointIsRefused() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = post(base + "/diplograph/update", "application/x-www-form-urlencoded",
                    form("update", INSERT));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        });
        assertEquals(size, store.size(), "nothing written");
    }

    @Test
    void updateFormPostToTheDatasetIsRefused() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = post(base + "/diplograph", "application/x-www-form-urlencoded",
                    form("update", INSERT));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        });
        assertEquals(size, store.size(), "nothing written");
    }

    @Test
    void sparqlUpdateBodyToTheQueryEndpointIsRefused() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = post(base + "/diplograph/sparql", "application/sparql-update", INSERT);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        });
        assertEquals(size, store.size(), "nothing written");
    }

    @Test
    void graphStorePutIsRefused() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/diplograph?default"))
                    .header("Content-Type", "text/turtle").timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        });
        assertEquals(size, store.size(), "nothing written");
    }

    @Test
    void rootServesTheQueryPage() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("Diplograph"), r.body());
        });
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/no-such-page")).GET().build());
            assertEquals(404, r.statusCode());
        });
    }

    @Test
    void badQueryIsABadRequest() throws Exception {
        withServer(base -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(
                    URI.create(base + "/diplograph/sparql?" + form("query", "SELECT ?x WHERE { ?x ")))
                    .GET().build());
            assertEquals(400, r.statusCode());
        });
    }
}
