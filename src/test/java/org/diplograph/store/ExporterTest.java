package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.DemoCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports of the demo graph in each syntax, read back by Jena and by independent parsers (rapper, jsonld.js). */
class ExporterTest {

    private static GraphStore demo;
    private static long quads;
    private static long unionTriples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildDemo() {
        org.apache.jena.sys.JenaSystem.init();
        demo = DemoCorpus.memoryStore();
        quads = demo.size();
        DatasetGraph dsg = demo.queryView().asDatasetGraph();
        unionTriples = Txn.calculateRead(dsg, () -> (long) dsg.getUnionGraph().size());
        assertTrue(quads > 100, "demo graph too small: " + quads);
        assertTrue(unionTriples > 0 && unionTriples <= quads);
    }

    @AfterAll
    static void close() {
        if (demo != null) {
            demo.close();
        }
    }

    private static long expectedCount(String ext) {
        return ext.equals("ttl") ? unionTriples : quads;
    }

    /** Quads for the quad syntaxes; triples of the (only) default graph for Turtle. */
    private static long jenaCount(Path file) {
        if (file.toString().endsWith(".ttl")) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, file.toString());
            return m.size();
        }
        try (GraphStore read = Stores.load(List.of(file))) {
            return read.size();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "ttl", "nq", "jsonld"})
    void exportParsesBackInJenaWithTheSameCount(String ext) throws IOException {
        Path file = tmp.resolve("demo." + ext);
        Exporter.export(demo, file);
        assertTrue(Files.size(file) > 0);
        assertEquals(expectedCount(ext), jenaCount(file), "statements read back from " + file.getFileName());
    }

    @Test
    void trigExportOfTdb2StoreParsesBackWithTheSameCount() throws IOException {
        Path file = tmp.resolve("demo.trig");
        try (GraphStore tdb = Stores.tdb2(tmp.resolve("tdb2"))) {
            tdb.replaceGraphs(DemoCorpus.quads());
            assertEquals(quads, tdb.size());
            Exporter.export(tdb, file);
        }
        assertEquals(quads, jenaCount(file));
    }

    @Test
    void trigExportOfTdb2StoreParsesInRapperWithTheSameCount() throws Exception {
        assumeTrue(rapperAvailable(), "rapper (raptor2-utils) not on PATH");
        Path file = tmp.resolve("demo.trig");
        try (GraphStore tdb = Stores.tdb2(tmp.resolve("tdb2"))) {
            tdb.replaceGraphs(DemoCorpus.quads());
            Exporter.export(tdb, file);
        }
        assertEquals(quads, rapperCount("trig", file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void quadExportsKeepEveryArticleGraph(String ext) throws IOException {
        Path file = tmp.resolve("demo." + ext);
        Exporter.export(demo, file);
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, file.toString());
        DatasetGraph dsg = ds.asDatasetGraph();
        for (ArticleQuads a : DemoCorpus.quads()) {
            Graph g = dsg.getGraph(a.graph());
            assertEquals(a.quads().size(), g.size(), "graph " + a.graph());
        }
        assertEquals(0, dsg.getDefaultGraph().size(), "nothing outside the article graphs");
    }

    @Test
    void turtleExportHoldsTheMergedGraph() throws IOException {
        Path file = tmp.resolve("demo.ttl");
        Exporter.export(demo, file);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString());
        DatasetGraph dsg = demo.queryView().asDatasetGraph();
        Txn.executeRead(dsg, () -> assertTrue(m.getGraph().isIsomorphicWith(dsg.getUnionGraph())));
    }

    // ---- rapper (Raptor), an independent C parser ----

    private static boolean rapperAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, "rapper"))
                .anyMatch(Files::isExecutable);
    }

    private static final Pattern COUNT = Pattern.compile("returned (\\d+) (?:triples|statements)");

    /** Runs {@code rapper -i INPUT -c FILE}; returns the count it reports. */
    private static long rapperCount(String input, Path file) throws Exception {
        Process p = new ProcessBuilder("rapper", "-i", input, "-c", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "rapper did not finish");
        assertEquals(0, p.exitValue(), "rapper failed on " + file.getFileName() + ":\n" + out);
        assertFalse(out.toLowerCase().contains("error"), "rapper reported errors:\n" + out);
        Matcher m = COUNT.matcher(out);
        assertTrue(m.find(), "no count in rapper output:\n" + out);
        return Long.parseLong(m.group(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig:trig", "ttl:turtle", "nq:nquads"})
    void exportParsesInRapperWithTheSameCount(String spec) throws Exception {
        assumeTrue(rapperAvailable(), "rapper (raptor2-utils) not on PATH");
        String ext = spec.substring(0, spec.indexOf(':'));
        String input = spec.substring(spec.indexOf(':') + 1);
        Path file = tmp.resolve("demo." + ext);
        Exporter.export(demo, file);
        assertEquals(expectedCount(ext), rapperCount(input, file));
    }

    /**
     * rapper 2.0 has no JSON-LD parser (its "json" input is RDF/JSON), so the JSON-LD export is checked
     * as JSON: a document with an "@context" and an "@graph" of named graphs, one per article.
     */
    @Test
    void jsonLdExportIsJsonWithContextAndGraphs() throws IOException {
        Path file = tmp.resolve("demo.jsonld");
        Exporter.export(demo, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertTrue(root.isObject(), "top level is one JSON object");
        assertTrue(root.has("@context"), "has @context");
        assertTrue(root.has("@graph") && root.get("@graph").isArray(), "has an @graph array");
        long namedGraphs = 0;
        for (JsonNode n : root.get("@graph")) {
            if (n.has("@graph")) {
                namedGraphs++;
            }
        }
        assertEquals(DemoCorpus.quads().size(), namedGraphs, "one named graph object per article");
    }

    /**
     * The reference JavaScript JSON-LD processor (jsonld.js, installed by .ci/run under .ci/jsonld)
     * turns the export into as many N-Quads as the store holds. Skipped where node or jsonld.js is absent.
     */
    @Test
    void jsonLdExportParsesWithJsonldJs() throws Exception {
        Path modules = Path.of(".ci/jsonld/node_modules");
        assumeTrue(Files.isDirectory(modules.resolve("jsonld")), "jsonld.js not installed (.ci/run installs it)");
        Path file = tmp.resolve("demo.jsonld");
        Exporter.export(demo, file);
        Path script = Path.of("src/test/resources/it/jsonld-to-nquads.js");
        ProcessBuilder pb = new ProcessBuilder("node", script.toAbsolutePath().toString(), file.toString())
                .redirectErrorStream(true);
        pb.environment().put("NODE_PATH", modules.toAbsolutePath().toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "node not on PATH");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jsonld.js did not finish");
        assertEquals(0, p.exitValue(), "jsonld.js failed:\n" + out);
        assertEquals(expectedCount("jsonld"), Long.parseLong(out.lines().reduce((a, b) -> b).orElse("-1")));
    }

    // ---- errors ----

    @Test
    void unknownExtensionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Exporter.export(demo, tmp.resolve("demo.rdf")));
        assertThrows(IllegalArgumentException.class, () -> Exporter.syntaxOf(tmp.resolve("demo")));
        assertFalse(Files.exists(tmp.resolve("demo.rdf")));
    }

    @Test
    void extensionIsCaseInsensitive() {
        assertEquals(Exporter.Syntax.TRIG, Exporter.syntaxOf(Path.of("Graph.TriG")));
        assertEquals(Exporter.Syntax.JSONLD, Exporter.syntaxOf(Path.of("x.JSONLD")));
    }

    /** A store whose data fails half way through being read, as a disk or database failure would. */
    private static GraphStore failingHalfWay() {
        DatasetGraph real = demo.storage();
        DatasetGraph failing = new org.apache.jena.sparql.core.DatasetGraphWrapper(real) {
            @Override
            public java.util.Iterator<Quad> find() {
                return failAfter(super.find(), 50);
            }

            @Override
            public java.util.Iterator<Quad> find(org.apache.jena.graph.Node g, org.apache.jena.graph.Node s,
                    org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                return failAfter(super.find(g, s, p, o), 50);
            }

            @Override
            public java.util.Iterator<Quad> findNG(org.apache.jena.graph.Node g, org.apache.jena.graph.Node s,
                    org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                return failAfter(super.findNG(g, s, p, o), 50);
            }
        };
        return new GraphStore() {
            @Override
            public void replaceGraphs(List<ArticleQuads> articles) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean removeGraph(org.apache.jena.graph.Node graph) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isCurrent(org.apache.jena.graph.Node graph, String contentHash, String version) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void compact() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Dataset queryView() {
                return DatasetFactory.wrap(failing);
            }

            @Override
            public DatasetGraph storage() {
                return failing;
            }

            @Override
            public long size() {
                return demo.size();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void failedExportLeavesNoPartialFile() {
        Path file = tmp.resolve("out.nq");
        assertThrows(RuntimeException.class, () -> Exporter.export(failingHalfWay(), file));
        assertFalse(Files.exists(file), "no output file after a failed export");
        assertEquals(List.of(), listing(tmp), "no temporary file left behind");
    }

    @Test
    void failedExportKeepsThePreviousFile() throws IOException {
        Path file = tmp.resolve("keep.nq");
        Files.writeString(file, "# previous export\n");
        assertThrows(RuntimeException.class, () -> Exporter.export(failingHalfWay(), file));
        assertEquals("# previous export\n", Files.readString(file));
        assertEquals(List.of(file), listing(tmp), "no temporary file left behind");
    }

    @Test
    void exportOntoADirectoryFailsAndLeavesNothingBehind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken.ttl"));
        Files.writeString(dir.resolve("inside.txt"), "x");
        assertThrows(IOException.class, () -> Exporter.export(demo, dir));
        assertEquals(List.of(dir), listing(tmp), "no temporary file left behind");
        assertEquals(List.of(dir.resolve("inside.txt")), listing(dir));
    }

    private static List<Path> listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> java.util.Iterator<T> failAfter(java.util.Iterator<T> it, int n) {
        return new java.util.Iterator<>() {
            int seen;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                if (++seen > n) {
                    throw new IllegalStateException("disk gone half way");
                }
                return it.next();
            }
        };
    }
}
