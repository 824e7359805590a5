package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.rdf.EventReportCodec;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] writes the graph a local build writes for the same input. */
class SparkJobTest {

    private static final String BASE = DG.DEFAULT_BASE;
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("diplograph-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void demoArticlesGiveTheLocalBuildsQuads(@TempDir Path tmp) throws IOException {
        Path articles = DemoCorpus.copyTo(tmp.resolve("articles"));
        Path local = tmp.resolve("local.nq");
        try (GraphStore store = Stores.memory()) {
            // the executors of local[2] run in this JVM and share these models (Models.of): loaded once for both
            Diplograph diplograph = Models.of(BASE, NameModel.Variant.ACCURATE);
            diplograph.ingest(List.of(articles), store, r -> { throw new AssertionError("rejected " + r); });
            Exporter.export(store, local);
        }
        String out = tmp.resolve("spark").toUri().toString();
        SparkJob.Summary summary = SparkJob.run(sc, new SparkJob.Settings(List.of(articles.toUri().toString()), out,
                BASE, NameModel.Variant.ACCURATE, 4, SparkJob.Stage.ALL));
        assertEquals(DemoCorpus.names().size(), summary.articles());
        assertEquals(0, summary.rejected());
        assertTrue(summary.reports() > 0, "the demo articles report events");

        Set<String> expected = canonical(List.of(local));
        Set<String> actual = canonical(parts(tmp.resolve("spark/linked"), tmp.resolve("spark/consolidated")));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    /**
     * Records without an id are named by their file and line: an executor reading the file by the path Spark hands it
     * must name them (and so their graphs) as the local build does, also when the file's name has a space or an accent
     * (which a URI escapes and a Hadoop path does not).
     */
    @Test
    void recordsWithoutIdsGetTheLocalBuildsIds(@TempDir Path tmp) throws IOException {
        Path file = Files.createDirectory(tmp.resolve("in")).resolve("dépêches du jour.jsonl");
        Files.writeString(file, "{\"text\": \"Ministers of two coastal states met in Valdoria on Monday.\"}\n"
                + "{\"text\": \"The port authority said the talks would resume next week.\", \"date\": \"2031-05-02\"}\n",
                StandardCharsets.UTF_8);
        List<String> local = new ArrayList<>();
        org.diplograph.text.InputScanner.read(file, new org.diplograph.text.InputSink() {
            @Override
            public void accept(org.diplograph.text.Article article) {
                local.add(article.id() + " " + article.origin());
            }

            @Override
            public void reject(org.diplograph.text.Rejection rejection) {
                throw new AssertionError(rejection.reason());
            }
        });
        List<String> spark = sc.binaryFiles(file.getParent().toUri().toString()).collect().stream()
                .flatMap(f -> SparkJob.readFile(f._1(), f._2().toArray()).stream())
                .map(input -> input.article().id() + " " + input.article().origin()).toList();
        assertEquals(2, local.size());
        assertEquals(local, spark);
    }

    /** Invented reports: two articles tell of one meeting, a third of it on a weekday; linking must rename. */
    @Test
    void linkingStageRenamesAndConsolidatesAsTheStoreDoes(@TempDir Path tmp) throws IOException {
        List<ArticleQuads> articles = List.of(
                article("a1", "2031-04-03", "meet-00000000000000a1", "2031-04-02", null, false),
                article("a2", "2031-04-04", "meet-00000000000000a2", "2031-04-02", null, false),
                article("a3", "2031-05-09", "meet-00000000000000a3", null, "Monday", false),
                article("a4", "2031-05-10", "meet-00000000000000a4", "2031-05-10", null, true));
        SparkJob.Summary summary = assertLinkStageEqualsStore(articles, tmp);
        assertEquals(2, summary.renames(), "a2 takes a1's IRI, a4 takes a3's");
    }

    /**
     * Invented reports over two years, four states, dated, undated and inferred: the blocks (keys times 90-day
     * buckets) find every pair the linker over the whole store finds, across the buckets' edges too.
     */
    @Test
    void blocksFindWhatTheWholeStoreLinks(@TempDir Path tmp) throws IOException {
        Random random = new Random(19);
        List<String> states = List.of("country/veldoria", "country/ostrava", "country/marenne", "country/quell");
        List<ArticleQuads> articles = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate published = LocalDate.of(2031, 1, 1).plusDays(random.nextInt(730));
            int kind = random.nextInt(4);
            String date = kind == 3 ? null : published.minusDays(random.nextInt(4)).toString();
            int first = random.nextInt(states.size());
            int second = (first + 1 + random.nextInt(states.size() - 1)) % states.size();
            articles.add(article("r" + i, published.toString(), String.format(Locale.ROOT, "meet-%016x", i), date,
                    kind == 3 ? "Monday" : null, kind == 2, List.of(states.get(first), states.get(second))));
        }
        SparkJob.Summary summary = assertLinkStageEqualsStore(articles, tmp);
        assertTrue(summary.renames() >= 10, "enough links to compare: " + summary.describe());
    }

    /** Runs the link stage on these article graphs and checks it writes what the store's link and consolidate make. */
    private static SparkJob.Summary assertLinkStageEqualsStore(List<ArticleQuads> articles, Path tmp) throws IOException {
        Path local = tmp.resolve("local.nq");
        try (GraphStore store = Stores.memory()) {
            store.replaceGraphs(articles);
            Diplograph.builder().build().consolidate(store);
            Exporter.export(store, local);
        }
        Path out = tmp.resolve("spark");
        Files.createDirectories(out.resolve("graphs"));
        Files.createDirectories(out.resolve("reports"));
        List<String> quadLines = new ArrayList<>();
        List<String> reportLines = new ArrayList<>();
        for (ArticleQuads a : articles) {
            quadLines.add(SparkJob.nquads(a.quads()));
            reportLines.add(EventReportCodec.toJson(EventReportCodec.decode(a.graph(), a.quads())));
        }
        Files.write(out.resolve("graphs/part-00000"), quadLines, StandardCharsets.UTF_8);
        Files.write(out.resolve("reports/part-00000"), reportLines, StandardCharsets.UTF_8);
        SparkJob.Summary summary = SparkJob.run(sc, new SparkJob.Settings(List.of(), out.toUri().toString(), BASE,
                null, 2, SparkJob.Stage.LINK));
        Set<String> expected = canonical(List.of(local));
        assertTrue(expected.stream().anyMatch(l -> l.contains("reportedAs")), "the local build linked: " + expected);
        assertEquals(expected, canonical(parts(out.resolve("linked"), out.resolve("consolidated"))));
        return summary;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    private static ArticleQuads article(String id, String published, String event, String date, String expression,
                                        boolean inferred) {
        return article(id, published, event, date, expression, inferred, List.of("country/veldoria", "country/ostrava"));
    }

    private static ArticleQuads article(String id, String published, String event, String date, String expression,
                                        boolean inferred, List<String> sides) {
        Node g = uri("article/" + id);
        Node e = uri("event/" + event);
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(g, g, Schema.datePublished.asNode(), NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate)));
        q.add(Quad.create(g, e, RDF.type.asNode(), DG.Event.asNode()));
        q.add(Quad.create(g, e, DG.modality.asNode(), NodeFactory.createURI(DG.NS + "Asserted")));
        for (String side : sides) {
            q.add(Quad.create(g, e, Schema.attendee.asNode(), uri(side)));
            q.add(Quad.create(g, uri(side), RDF.type.asNode(), Schema.Country.asNode()));
        }
        if (date != null) {
            q.add(Quad.create(g, e, DG.eventDate.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        }
        if (expression != null) {
            q.add(Quad.create(g, e, DG.dateExpression.asNode(), NodeFactory.createLiteralString(expression)));
        }
        if (inferred) {
            q.add(Quad.create(g, e, DG.dateInferred.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        }
        q.add(Quad.create(g, g, Schema.mentions.asNode(), e));
        return new ArticleQuads(g, q);
    }

    private static List<Path> parts(Path... dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Every quad as an N-Quads line, blank nodes aside (none is written today; a label is no content). */
    private static Set<String> canonical(List<Path> files) {
        Set<String> out = new TreeSet<>();
        for (Path f : files) {
            RDFParser.source(f).lang(Lang.NQUADS).toDatasetGraph().find().forEachRemaining(q ->
                    out.add(SparkJob.nquads(List.of(q)).replaceAll("_:\\S+", "_:b")));
        }
        return out;
    }
}
