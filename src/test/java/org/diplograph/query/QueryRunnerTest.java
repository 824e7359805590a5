package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs queries over the demo graph in a TDB2 store (its default graph is the merged graph). */
class QueryRunnerTest {

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    static Path tmp;

    private static GraphStore store;

    @BeforeAll
    static void fill() {
        org.apache.jena.sys.JenaSystem.init();
        store = Stores.tdb2(tmp.resolve("store"));
        store.replaceGraphs(DemoCorpus.quads());
        Statistics.refresh(store); // as every build does
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static String canned(String name) throws IOException {
        try (InputStream in = QueryRunnerTest.class.getClassLoader().getResourceAsStream("queries/" + name)) {
            assertTrue(in != null, "bundled query " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Output of one run, with System.out and System.err watched for anything else printed. */
    private record Run(long count, String out, String stray) {
    }

    private static Run run(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        long n;
        try {
            PrintStream p = new PrintStream(stray, true, StandardCharsets.UTF_8);
            System.setOut(p);
            System.setErr(p);
            n = QueryRunner.run(store.queryView(), QueryRunner.parse(sparql), format, out);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(n, out.toString(StandardCharsets.UTF_8), stray.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String s) {
        return new ArrayList<>(s.lines().toList());
    }

    @Test
    void csvHasHeaderThenOneLinePerRowAndNothingElse() throws IOException {
        Run r = run(canned("actors.rq"), ResultFormat.CSV);
        List<String> lines = lines(r.out());
        assertEquals("actor,name,type,wikidata,mentions,articles", lines.get(0));
        assertTrue(lines.size() > 5, "actors found: " + r.out());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("https://w3id.org/diplograph/id/"), "a row, not log noise: " + line);
        }
        assertEquals("", r.stray(), "nothing printed outside the given stream");
    }

    @Test
    void csvFindsPeopleOfTheDemoArticles() {
        Run r = run(PREFIXES + "SELECT DISTINCT ?name { ?p a schema:Person ; schema:name ?name } ORDER BY ?name",
                ResultFormat.CSV);
        List<String> lines = lines(r.out());
        assertEquals("name", lines.get(0));
        assertTrue(lines.contains("Donald Trump"), lines.toString());
        assertTrue(lines.contains("Kim Jong Un"), lines.toString());
    }

    @Test
    void tsvHasVariableHeader() throws IOException {
        Run r = run(canned("actors.rq"), ResultFormat.TSV);
        List<String> lines = lines(r.out());
        assertEquals("?actor\t?name\t?type\t?wikidata\t?mentions\t?articles", lines.get(0));
        assertTrue(lines.size() > 5, r.out());
        assertEquals(lines(run(canned("actors.rq"), ResultFormat.CSV).out()).size(), lines.size(),
                "same rows as CSV");
    }

    @Test
    void jsonOutputParsesAsSparqlResults() throws IOException {
        Run r = run(canned("actors.rq"), ResultFormat.JSON);
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> vars = new ArrayList<>();
        root.get("head").get("vars").forEach(v -> vars.add(v.asText()));
        assertEquals(List.of("actor", "name", "type", "wikidata", "mentions", "articles"), vars);
        JsonNode bindings = root.get("results").get("bindings");
        assertTrue(bindings.size() > 5, r.out());
        assertEquals("uri", bindings.get(0).get("actor").get("type").asText());
        assertEquals("", r.stray());
    }

    @Test
    void tableOutputShowsTheColumns() {
        Run r = run(PREFIXES + "SELECT ?a ?h { GRAPH ?a { ?a a schema:NewsArticle ; schema:headline ?h } }",
                ResultFormat.TABLE);
        assertTrue(r.out().contains("| a "), r.out());
        assertEquals(DemoCorpus.names().size(),
                r.out().lines().filter(l -> l.startsWith("| <https://w3id.org/diplograph/id/article/")).count(),
                r.out());
        assertTrue(r.out().contains("Trump and Kim sign joint statement"), r.out());
    }

    @Test
    void selectReturnsTheNumberOfRows() {
        Run r = run(PREFIXES + "SELECT ?a { GRAPH ?a { ?a a schema:NewsArticle } }", ResultFormat.CSV);
        assertEquals(DemoCorpus.names().size() + 1, lines(r.out()).size());
        assertEquals(DemoCorpus.names().size(), r.count());
    }

    @Test
    void askTrue() {
        Run r = run(PREFIXES + "ASK { ?p a schema:Person ; schema:name \"Donald Trump\" }", ResultFormat.CSV);
        assertEquals("true", r.out().strip());
        assertEquals(1, r.count());
    }

    @Test
    void askFalse() {
        Run r = run(PREFIXES + "ASK { ?p schema:name \"Nobody Atall\" }", ResultFormat.JSON);
        assertEquals("false", r.out().strip());
        assertEquals(0, r.count());
    }

    @Test
    void constructPrintsTurtle() {
        Run r = run(PREFIXES + "CONSTRUCT { ?a schema:headline ?h } WHERE { GRAPH ?a { ?a schema:headline ?h } }",
                ResultFormat.TABLE);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertEquals(DemoCorpus.names().size(), m.size());
        assertEquals(m.size(), r.count());
    }

    @Test
    void emptyResultStillHasHeader() {
        Run r = run(PREFIXES + "SELECT ?x ?y { ?x schema:name \"Nobody Atall\" ; rdfs:label ?y }", ResultFormat.CSV);
        assertEquals(List.of("x,y"), lines(r.out()));
    }

    @Test
    void badSparqlFailsToParse() {
        assertThrows(QueryParseException.class, () -> QueryRunner.parse("SELECT ?x WHERE { ?x "));
        assertThrows(QueryParseException.class, () -> QueryRunner.parse("SELECT * { ?s nope:p ?o }"));
    }
}
