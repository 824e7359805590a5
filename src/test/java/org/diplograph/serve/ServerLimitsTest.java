package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests against an in-process server on a small TDB2 store: each one is answered within its limits, and
 * nothing a query says makes the server open a connection. Everything listens on loopback, and every helper ends.
 */
class ServerLimitsTest {

    private static final int TIMEOUT_MS = 2_000;
    /** The query timeout plus what a loaded test machine may add. */
    private static final long ANSWER_WITHIN_MS = TIMEOUT_MS + 4_000;
    /** java.util.regex backtracks through every way of splitting 36 a's among 12 groups: minutes of CPU. */
    private static final String CATASTROPHIC_TEXT = "a".repeat(36) + "!";
    private static final String CATASTROPHIC_PATTERN = "(.*a){12}$";

    @TempDir
    static Path tmp;

    private static GraphStore store;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** 40 graphs of 50 triples each, with string objects, so joins and concatenations have something to chew. */
    @BeforeAll
    static void fill() {
        org.apache.jena.sys.JenaSystem.init();
        store = Stores.tdb2(tmp.resolve("store"));
        List<ArticleQuads> articles = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            Node graph = NodeFactory.createURI("urn:test:article/" + g);
            List<Quad> quads = new ArrayList<>();
            for (int t = 0; t < 50; t++) {
                quads.add(Quad.create(graph, NodeFactory.createURI("urn:test:s" + g + "-" + t),
                        NodeFactory.createURI("urn:test:name"), NodeFactory.createLiteralString("Name " + g + " " + t)));
            }
            articles.add(new ArticleQuads(graph, quads));
        }
        store.replaceGraphs(articles);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private interface ServerTest {
        void run(SparqlServer server, String base) throws Exception;
    }

    private static void withServer(SparqlServer.Builder builder, ServerTest test) throws Exception {
        SparqlServer server = builder.port(0).build().start();
        try {
            test.run(server, "http://127.0.0.1:" + server.port());
        } finally {
            server.stop();
        }
    }

    private static SparqlServer.Builder server() {
        return SparqlServer.builder(store.queryView()).timeoutMillis(TIMEOUT_MS);
    }

    private static HttpResponse<String> query(String base, String sparql) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode bindings(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).get("results").get("bindings");
    }

    /** An endpoint that accepts connections and never answers; it counts them, holds them, and ends when closed. */
    private static final class HangingEndpoint implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> held = new ArrayList<>();
        private final Thread acceptor;

        HangingEndpoint() throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = socket.accept();
                        accepted.incrementAndGet();
                        synchronized (held) {
                            held.add(s);
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "hanging-endpoint");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws Exception {
            socket.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
            acceptor.join(5_000);
            assertFalse(acceptor.isAlive(), "the hanging endpoint's thread ended");
        }
    }

    @Test
    void serviceIsRefusedWithoutOpeningAConnection() throws Exception {
        try (HangingEndpoint hanging = new HangingEndpoint()) {
            withServer(server(), (server, base) -> {
                long start = System.nanoTime();
                HttpResponse<String> r = query(base, "SELECT * { SERVICE <" + hanging.url() + "> { ?s ?p ?o } }");
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(r.statusCode() >= 400, "refused, not " + r.statusCode());
                assertTrue(ms < ANSWER_WITHIN_MS, "answered in " + ms + " ms");
                Thread.sleep(200); // a connection the server opened would have been accepted by now
                assertEquals(0, hanging.accepted.get(), "connections the server opened");
            });
        }
    }

    @Test
    void allowedServiceCallIsCutAtItsOwnTimeout() throws Exception {
        try (HangingEndpoint hanging = new HangingEndpoint()) {
            withServer(server().timeoutMillis(20_000).allowService(1_000), (server, base) -> {
                long start = System.nanoTime();
                HttpResponse<String> r = query(base, "SELECT * { SERVICE <" + hanging.url() + "> { ?s ?p ?o } }");
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, hanging.accepted.get(), "the call was made");
                assertTrue(r.statusCode() >= 400, "failed, not " + r.statusCode());
                assertTrue(ms < 1_000 + 4_000, "cut after " + ms + " ms");
            });
        }
    }

    @Test
    void catastrophicRegexEndsAtTheTimeout() throws Exception {
        withServer(server(), (server, base) -> {
            long start = System.nanoTime();
            HttpResponse<String> r = query(base, "SELECT * { BIND(\"" + CATASTROPHIC_TEXT + "\" AS ?x) "
                    + "FILTER(regex(?x, \"" + CATASTROPHIC_PATTERN + "\")) }");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < ANSWER_WITHIN_MS, "answered in " + ms + " ms");
        });
    }

    @Test
    void catastrophicReplaceEndsAtTheTimeout() throws Exception {
        withServer(server(), (server, base) -> {
            long start = System.nanoTime();
            HttpResponse<String> r = query(base, "SELECT (REPLACE(\"" + CATASTROPHIC_TEXT + "\", \""
                    + CATASTROPHIC_PATTERN + "\", \"b\") AS ?y) {}");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < ANSWER_WITHIN_MS, "answered in " + ms + " ms");
        });
    }

    @Test
    void ordinaryRegexAndReplaceStillAnswer() throws Exception {
        withServer(server(), (server, base) -> {
            JsonNode rows = bindings(query(base, "SELECT ?n (REPLACE(?n, \"^NAME\", \"Label\", \"i\") AS ?m) "
                    + "{ ?s <urn:test:name> ?n FILTER(regex(?n, \"^name 3 4\\\\d$\", \"i\")) } ORDER BY ?n"));
            assertEquals(10, rows.size(), rows.toString());
            assertEquals("Name 3 40", rows.get(0).get("n").get("value").asText());
            assertEquals("Label 3 40", rows.get(0).get("m").get("value").asText());
        });
    }

    /** Rows come at once and then rarely: Fuseki used to send 200, stream the first rows and cut the body. */
    @Test
    void aResultCutByTheTimeoutIsA503NotA200() throws Exception {
        withServer(server(), (server, base) -> {
            HttpResponse<String> r = query(base, "SELECT ?a ?d { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                    + "FILTER(RAND() < 0.0000001 || (?a = ?d && ?d = ?g)) }");
            assertEquals(503, r.statusCode(), r.body());
        });
    }

    /** Four million groups (every pair of subjects): the grouping reads its input under the timeout. */
    @Test
    void aGroupByOverManyGroupsEndsAtTheTimeout() throws Exception {
        withServer(server(), (server, base) -> {
            long start = System.nanoTime();
            HttpResponse<String> r = query(base, "SELECT ?a ?d (COUNT(*) AS ?n) (SAMPLE(?c) AS ?x) "
                    + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?d");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < ANSWER_WITHIN_MS, "answered in " + ms + " ms");
        });
    }

    /** A CONSTRUCT is built whole in memory before it is written; eight billion bindings must not outlast the timeout. */
    @Test
    void aConstructOnlyTheTimeoutStopsEndsAtTheTimeout() throws Exception {
        withServer(server(), (server, base) -> {
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/n-triples")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("CONSTRUCT { ?a <urn:test:with> ?d . ?d <urn:test:label> ?c } "
                            + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")).build(), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            assertTrue(ms < ANSWER_WITHIN_MS, "answered in " + ms + " ms");
        });
    }

    @Test
    void aResultOverTheRowCapIsRefused() throws Exception {
        withServer(server().maxRows(100), (server, base) -> {
            HttpResponse<String> r = query(base, "SELECT * { ?s ?p ?o }");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("LIMIT"), r.body());
            assertEquals(100, bindings(query(base, "SELECT * { ?s ?p ?o } LIMIT 100")).size());
        });
    }

    @Test
    void groupConcatIsCapped() throws Exception {
        withServer(server(), (server, base) -> {
            JsonNode rows = bindings(query(base, "SELECT (GROUP_CONCAT(?n; separator=\", \") AS ?all) "
                    + "{ VALUES ?copy { 1 2 3 4 5 6 7 8 9 10 } ?s <urn:test:name> ?n }"));
            String all = rows.get(0).get("all").get("value").asText();
            assertTrue(all.endsWith(CappedGroupConcat.CUT), all.substring(all.length() - 80));
            assertEquals(CappedGroupConcat.MAX_CHARS + CappedGroupConcat.CUT.length(), all.length());
            JsonNode small = bindings(query(base, "SELECT (GROUP_CONCAT(DISTINCT ?n; separator=\"|\") AS ?all) "
                    + "{ VALUES ?copy { 1 2 } <urn:test:s1-2> <urn:test:name> ?n }"));
            assertEquals("Name 1 2", small.get(0).get("all").get("value").asText());
        });
    }

    /** The first line of the answer to a request written as is, or "" if the server closed without one. */
    private static String rawStatus(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return line == null ? "" : line;
        }
    }

    @Test
    void aBodyOverOneMegabyteIs413BeforeItIsRead() throws Exception {
        withServer(server(), (server, base) -> {
            String status = rawStatus(server.port(), "POST /diplograph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + (SparqlServer.MAX_BODY_BYTES + 1)
                    + "\r\n\r\n", "ASK {} #".getBytes(StandardCharsets.US_ASCII));
            assertTrue(status.contains(" 413 "), status);
            String form = rawStatus(server.port(), "POST /diplograph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 26214400\r\n\r\n",
                    "query=ASK".getBytes(StandardCharsets.US_ASCII));
            assertTrue(form.contains(" 413 "), form);
        });
    }

    @Test
    void aBodyWithoutALengthIs411() throws Exception {
        withServer(server(), (server, base) -> {
            String status = rawStatus(server.port(), "POST /diplograph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n",
                    "6\r\nASK {}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(status.contains(" 411 "), status);
        });
    }

    @Test
    void aQueryJustUnderTheBodyLimitIsAnswered() throws Exception {
        withServer(server(), (server, base) -> {
            String sparql = "ASK {} #" + "x".repeat((int) SparqlServer.MAX_BODY_BYTES - 100);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                    .header("Content-Type", "application/sparql-query").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
        });
    }

    @Test
    void aLongGetIs414() throws Exception {
        withServer(server(), (server, base) -> {
            String status = rawStatus(server.port(), "GET /diplograph/sparql?query=ASK%7B%7D%23"
                    + "x".repeat(200_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", new byte[0]);
            assertTrue(status.contains(" 414 "), status);
        });
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        withServer(server(), (server, base) -> {
            String get = "GET /diplograph/sparql?query=ASK%7B%7D HTTP/1.1\r\nConnection: close\r\nHost: ";
            assertTrue(rawStatus(server.port(), get + "rebound.example:" + server.port() + "\r\n\r\n", new byte[0])
                    .contains(" 403 "));
            assertTrue(rawStatus(server.port(), get + "localhost:" + server.port() + "\r\n\r\n", new byte[0])
                    .contains(" 200 "));
            assertTrue(rawStatus(server.port(), get + "127.0.0.1\r\n\r\n", new byte[0]).contains(" 200 "));
        });
    }

    @Test
    void loopbackListensOnIpv6Too() throws Exception {
        Assumptions.assumeTrue(ipv6LoopbackAvailable(), "this machine has no ::1");
        withServer(server(), (server, base) -> {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://[::1]:" + server.port() + "/diplograph/sparql?query=ASK%7B%7D"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        });
    }

    private static boolean ipv6LoopbackAvailable() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void drainingLetsTheQueryInFlightAnswer() throws Exception {
        SparqlServer server = server().port(0).build().start();
        String base = "http://127.0.0.1:" + server.port();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return query(base, "SELECT * { BIND(\"" + CATASTROPHIC_TEXT + "\" AS ?x) "
                        + "FILTER(regex(?x, \"" + CATASTROPHIC_PATTERN + "\")) }");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertTrue(server.drainAndStop(ANSWER_WITHIN_MS), "drained");
        assertEquals(503, inFlight.get().statusCode(), "the query in flight got its own answer");
    }

    @Test
    void aQueryOutlastingTheGracePeriodIsCancelled() throws Exception {
        SparqlServer server = server().timeoutMillis(60_000).port(0).build().start();
        String base = "http://127.0.0.1:" + server.port();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return query(base, "SELECT * { BIND(\"" + CATASTROPHIC_TEXT + "\" AS ?x) "
                        + "FILTER(regex(?x, \"" + CATASTROPHIC_PATTERN + "\")) }");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        long start = System.nanoTime();
        assertFalse(server.drainAndStop(1_000), "the query outlasted the grace period");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_000 + 3_000, "stopped after " + ms + " ms");
        assertEquals(503, inFlight.get().statusCode(), "the cancelled query was told so");
    }
}
