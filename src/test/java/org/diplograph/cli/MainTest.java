package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.cli.CliRunner.Result;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line, run in-process with stdout and stderr captured. */
class MainTest {

    static final String WANG_LAVROV = """
            Wang Yi and Sergey Lavrov meet in Moscow

            Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.
            The two ministers discussed relations between China and Russia.
            """;

    @TempDir
    static Path shared;

    /** The demo graph exported once as TriG, for the read-only commands. */
    private static Path demoTrig;

    @TempDir
    Path tmp;

    @BeforeAll
    static void exportDemo() throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        demoTrig = shared.resolve("demo.trig");
        try (GraphStore store = DemoCorpus.memoryStore()) {
            Exporter.export(store, demoTrig);
        }
    }

    static Result run(String... args) {
        return CliRunner.run(args);
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat ") || r.out().contains("\tat "), "stack trace printed:\n" + r.all());
        assertFalse(r.err().contains("Exception in thread"), r.all());
    }

    // ---- help and usage ----

    @Test
    void helpExitsZeroAndListsSubcommands() {
        Result r = run("--help");
        assertEquals(0, r.code(), r.all());
        for (String sub : List.of("build", "query", "export", "validate", "serve", "compact", "demo")) {
            assertTrue(r.out().contains("  " + sub + " "), "lists " + sub + ":\n" + r.out());
        }
    }

    /** Every registered subcommand (picocli's own "help" aside). */
    static List<String> subcommands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    @Test
    void theDocumentedSubcommandsAreRegistered() {
        assertTrue(subcommands().containsAll(List.of("build", "query", "export", "validate", "serve", "demo")),
                subcommands().toString());
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void eachSubcommandHasHelp(String sub) {
        Result r = run(sub, "--help");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Usage: diplograph " + sub), r.all());
    }

    @Test
    void versionExitsZero() {
        Result r = run("--version");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("diplograph "), r.out());
        assertTrue(r.out().strip().matches("diplograph \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{7,}(-dirty)?\\)"),
                "version and commit: " + r.out());
    }

    @Test
    void unknownOptionExitsTwo() {
        Result r = run("--no-such-option");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("--no-such-option"), r.all());
        assertNoStackTrace(r);
    }

    @Test
    void unknownSubcommandOptionExitsTwo() {
        Result r = run("query", "--no-such-option", "-e", "ASK {}", "--data", demoTrig.toString());
        assertEquals(2, r.code(), r.all());
        assertNoStackTrace(r);
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        Result r = run();
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("Usage: diplograph"), r.all());
    }

    // ---- build ----

    @Test
    void buildWithoutStoreOrOutIsAUsageError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("wang-lavrov.txt"), WANG_LAVROV);
        Result r = run("build", in.toString());
        assertEquals(2, r.code(), r.all());
        assertEquals(1, r.errLines().size(), r.all());
        assertTrue(r.errLines().get(0).startsWith("error: "), r.all());
        assertNoStackTrace(r);
    }

    @Test
    void buildWithUnknownOutputExtensionIsAUsageError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("wang-lavrov.txt"), WANG_LAVROV);
        Result r = run("build", in.toString(), "--out", tmp.resolve("graph.rdf").toString());
        assertEquals(2, r.code(), r.all());
        assertEquals(1, r.errLines().size(), r.all());
        assertTrue(r.errLines().get(0).startsWith("error: ") && r.err().contains("graph.rdf"), r.all());
    }

    @Test
    void buildOfAnEmptyFileExitsOneNamingTheFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.writeString(in.resolve("nothing-here.txt"), "");
        Result r = run("build", in.toString(), "--out", tmp.resolve("graph.trig").toString(), "--threads", "1");
        assertEquals(1, r.code(), r.all());
        List<String> rejections = r.errLines().stream().filter(l -> l.contains(empty.toString())).toList();
        assertEquals(1, rejections.size(), r.all());
        assertTrue(rejections.get(0).contains("empty"), rejections.get(0));
        assertTrue(r.out().contains("0 articles read, 1 rejected"), r.all());
        assertNoStackTrace(r);
    }

    @Test
    void buildWritesTheExportAndSummary() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("wang-lavrov.txt"), WANG_LAVROV);
        Path out = tmp.resolve("graph.nq");
        Result r = run("build", in.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("1 articles read, 0 rejected;"), r.all());
        assertTrue(Files.size(out) > 0);
        assertTrue(Files.readString(out).contains("<https://w3id.org/diplograph/id/article/wang-lavrov.txt>"));
    }

    // ---- query ----

    @Test
    void queryCsvPrintsOnlyCsv() {
        Result r = run("query", "-e",
                "SELECT ?article ?headline WHERE { GRAPH ?article { ?article schema:headline ?headline } } "
                        + "ORDER BY ?article",
                "--data", demoTrig.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.all());
        List<String> lines = r.out().lines().toList();
        assertEquals("article,headline", lines.get(0));
        assertEquals(DemoCorpus.names().size() + 1, lines.size(), r.out());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("https://w3id.org/diplograph/id/article/"), "not CSV: " + line);
        }
        assertEquals("", r.err(), "nothing on stderr for a clean query");
    }

    /** Exports leave the statistics out; a query over an export derives them, so the canned queries answer. */
    @Test
    void cannedQueriesAnswerOverAnExport() {
        Result r = run("query", "queries/actors.rq", "--data", demoTrig.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().lines().anyMatch(l -> l.contains(",Russia,state,Q159,")), r.out());
    }

    @Test
    void queryFromAFileWorks() throws Exception {
        Path rq = Files.writeString(tmp.resolve("count.rq"),
                "SELECT (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?g a <http://schema.org/NewsArticle> } }\n");
        Result r = run("query", rq.toString(), "--data", demoTrig.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.all());
        assertEquals(List.of("?articles", String.valueOf(DemoCorpus.names().size())), r.out().lines().toList());
    }

    @Test
    void queryDefaultGraphOverDataFilesIsTheMergedGraph() {
        Result r = run("query", "-e", "SELECT DISTINCT ?name { ?p a schema:Person ; schema:name ?name }",
                "--data", demoTrig.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().lines().anyMatch("Donald Trump"::equals), r.all());
    }

    @Test
    void queryDefaultGraphOverAStoreIsTheMergedGraph() throws Exception {
        Path in = DemoCorpus.copyTo(tmp.resolve("demo"));
        Path store = tmp.resolve("store");
        Result b = run("build", in.toString(), "--store", store.toString());
        assertEquals(0, b.code(), b.all());
        Result r = run("query", "-e", "SELECT DISTINCT ?name { ?p a schema:Person ; schema:name ?name }",
                "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().lines().anyMatch("Donald Trump"::equals), r.all());
        assertEquals("", r.err());
    }

    @Test
    void queryWithBadSparqlExitsTwo() {
        Result r = run("query", "-e", "SELECT ?x WHERE { ?x ", "--data", demoTrig.toString());
        assertEquals(2, r.code(), r.all());
        assertEquals("", r.out());
        assertTrue(r.errLines().get(0).startsWith("error: bad SPARQL"), r.all());
        assertNoStackTrace(r);
    }

    @Test
    void queryWithUnknownFormatExitsTwo() {
        Result r = run("query", "-e", "ASK {}", "--data", demoTrig.toString(), "--format", "xml");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith("error: unknown --format xml"), r.all());
    }

    @Test
    void queryOfAMissingDataFileExitsTwo() {
        Result r = run("query", "-e", "ASK {}", "--data", tmp.resolve("missing.trig").toString());
        assertEquals(2, r.code(), r.all());
        assertEquals(1, r.errLines().size(), r.all());
        assertTrue(r.err().startsWith("error: "), r.all());
    }

    @Test
    void queryOfAMissingStoreExitsTwo() {
        Result r = run("query", "-e", "ASK {}", "--store", tmp.resolve("no-store").toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith("error: no store at"), r.all());
        assertFalse(Files.exists(tmp.resolve("no-store")), "a read-only command creates no store");
    }

    @Test
    void queryOfUnparsableRdfExitsTwo() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "<urn:x:s> <urn:x:p> \n");
        Result r = run("query", "-e", "ASK {}", "--data", bad.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("error: cannot parse RDF")), r.all());
        assertNoStackTrace(r);
    }

    // ---- validate and export ----

    @Test
    void validateDemoConforms() {
        Result r = run("validate", "--data", demoTrig.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("conforms"), r.all());
    }

    @Test
    void exportOfAMissingStoreExitsTwo() {
        Result r = run("export", "--store", tmp.resolve("nope").toString(), "--out", tmp.resolve("x.ttl").toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith("error: no store at"), r.all());
    }

    @Test
    void serveOfAMissingStoreExitsTwo() {
        Result r = run("serve", "--store", tmp.resolve("nope").toString(), "--port", "0");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith("error: no store at"), r.all());
    }

    @Test
    void mentionsInParallelKeepsTheInputOrderAndTheOneThreadOutput() throws Exception {
        Path input = tmp.resolve("docs.jsonl");
        StringBuilder lines = new StringBuilder();
        String[] places = {"Moscow", "Paris", "Nairobi", "Lima", "Hanoi", "Oslo", "Quito", "Accra"};
        for (int i = 0; i < 24; i++) {
            lines.append("{\"id\": \"d").append(i).append("\", \"text\": \"Foreign Minister Wang Yi met his counterpart in ")
                    .append(places[i % places.length]).append(" on Monday").append(" again".repeat(i % 5)).append(".\"}\n");
        }
        Files.writeString(input, lines);
        Result one = run("mentions", input.toString(), "--fast-names", "--threads", "1");
        Result four = run("mentions", input.toString(), "--fast-names", "--threads", "4");
        assertEquals(0, one.code(), one.all());
        assertEquals(0, four.code(), four.all());
        assertEquals(one.out(), four.out());
        List<String> ids = four.out().lines().map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf("\",")))
                .toList();
        assertEquals(java.util.stream.IntStream.range(0, 24).mapToObj(i -> "d" + i).toList(), ids);
    }
}
