package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the workbench serves besides SPARQL: its pages, the libraries they load, the canned queries and labels. */
class WorkbenchTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '([^']+)'");
    private static SparqlServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = SparqlServer.builder(DatasetFactory.create()).port(0).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> pages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/web"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageAndWhatItLoadsComeFromThisServer() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("index.html", "actor.html", "event.html", "article.html",
                "explore.html", "sparql.html")), pages.toString());
        for (String page : pages) {
            HttpResponse<String> r = get("/" + page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
            List<String> refs = new ArrayList<>();
            Matcher m = REFERENCE.matcher(r.body());
            while (m.find()) {
                refs.add(m.group(1));
            }
            assertFalse(refs.isEmpty(), page);
            for (String ref : refs) {
                assertTrue(ref.startsWith("/"), page + " loads " + ref + " from elsewhere");
                if (ref.endsWith(".js") || ref.endsWith(".css")) {
                    assertEquals(200, get(ref).statusCode(), page + " needs " + ref);
                }
                if (ref.endsWith(".js") && !ref.startsWith("/lib/")) {
                    Matcher imports = IMPORT.matcher(get(ref).body());
                    while (imports.find()) {
                        assertEquals(200, get(imports.group(1)).statusCode(), ref + " imports " + imports.group(1));
                    }
                }
            }
        }
    }

    @Test
    void librariesAreTheNamedFilesOfTheirWebJarsAndKeptByTheBrowser() throws Exception {
        HttpResponse<String> echarts = get("/lib/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(echarts.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertTrue(echarts.body().length() > 500_000, "the bundled build, not a stub");
        assertEquals(200, get("/lib/sparql.js").statusCode());
        assertEquals(404, get("/lib/codemirror/5.65.16/mode/ruby/ruby.js").statusCode(), "only files listed");
        assertEquals(404, get("/lib/ruby.js").statusCode());
    }

    @Test
    void nothingOutsideThePagesIsServed() throws Exception {
        for (String path : List.of("/web/index.html", "/ontology/cameo.ttl", "/logback.xml",
                "/META-INF/maven/org.webjars.npm/echarts/pom.properties", "/q/../queries/actors.rq", "/no-such.html",
                "/%2e%2e/pom.xml")) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void cannedQueriesAreListedWithWhatTheyAnswer() throws Exception {
        JsonNode list = new ObjectMapper().readTree(get("/queries/").body());
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        List<String> listed = new ArrayList<>();
        list.forEach(q -> listed.add(q.get("name").asText()));
        assertEquals(files, listed);
        for (JsonNode q : list) {
            assertFalse(q.get("title").asText().startsWith("#"), q.toString());
            HttpResponse<String> text = get("/queries/" + q.get("name").asText());
            assertEquals(200, text.statusCode());
            assertTrue(text.body().contains("SELECT"), q.toString());
        }
    }

    @Test
    void labelsNameClassesWithTheirParentAndCodes() throws Exception {
        JsonNode labels = new ObjectMapper().readTree(get("/labels.json").body());
        String dg = "https://w3id.org/diplograph/ontology#";
        assertEquals(dg + "Meeting", labels.at("/classes/" + escape(dg + "Summit") + "/parent").asText());
        assertEquals(dg + "Actor", labels.at("/classes/" + escape(dg + "Person") + "/parent").asText(),
                "the parent in its own vocabulary, not schema:Person");
        assertEquals("summit", labels.at("/classes/" + escape(dg + "Summit") + "/label").asText());
        JsonNode visit = labels.at("/concepts/" + escape("https://w3id.org/diplograph/cameo/042"));
        assertEquals("042", visit.get("notation").asText());
        assertEquals("Make a visit", visit.get("label").asText());
    }

    @Test
    void aliasesAreTheRegistrysOtherNamesWithTheirKeys() throws Exception {
        JsonNode aliases = new ObjectMapper().readTree(get("/aliases.json").body());
        List<String> pairs = new ArrayList<>();
        aliases.forEach(a -> pairs.add(a.get(0).asText() + " -> " + a.get(1).asText()));
        assertTrue(pairs.contains("DPRK -> state/PRK"), "an other name");
        assertTrue(pairs.contains("North Korean -> state/PRK"), "a demonym");
    }

    /** A JSON pointer token: "/" and "~" escaped. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
