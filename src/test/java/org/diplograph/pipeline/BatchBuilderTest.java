package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.diplograph.text.Rejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchBuilderTest {

    static final String WANG_LAVROV = """
            Wang Yi and Sergey Lavrov meet in Moscow

            Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.
            The two ministers discussed relations between China and Russia and the situation at the United Nations.
            """;

    static final String BLINKEN_JSONL_LINE = "{\"id\": \"blinken-beijing\", \"title\": \"Blinken visits Beijing\", "
            + "\"date\": \"2023-06-19\", \"text\": \"US Secretary of State Antony Blinken met Chinese President "
            + "Xi Jinping in Beijing. The United States and China agreed to stabilise relations.\"}";

    @TempDir
    Path tmp;

    @BeforeAll
    static void init() {
        org.apache.jena.sys.JenaSystem.init();
        DemoCorpus.pipeline();
    }

    private static Set<Node> graphs(GraphStore store) {
        DatasetGraph dsg = store.queryView().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Node> out = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
    }

    /** A good .txt, an empty .txt, and a .jsonl with one good and one malformed line. */
    private Path mixedInputs() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("wang-lavrov.txt"), WANG_LAVROV, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("more.jsonl"), BLINKEN_JSONL_LINE + "\n{\"id\": \"broken\", \"text\": \n",
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void buildingTheDemoTwiceIntoTheSameTdb2StoreChangesNothing() throws Exception {
        Path articles = DemoCorpus.copyTo(tmp.resolve("articles"));
        try (GraphStore store = Stores.tdb2(tmp.resolve("store"))) {
            BatchBuilder builder = new BatchBuilder(DemoCorpus.pipeline(), store, 4);
            BatchBuilder.Summary first = builder.build(List.of(articles), r -> { });
            BatchBuilder.Summary second = builder.build(List.of(articles), r -> { });
            assertTrue(first.quads() > 0);
            assertEquals(0, second.quads(), "the stored articles are current: nothing is extracted or written");
            assertEquals(first.articles(), second.unchanged());
            assertEquals(first.quads(), store.size());
            assertEquals(DemoCorpus.quadCount(), store.size(), "same graph as the in-memory build");
        }
    }

    @Test
    void demoSummaryNumbersAreConsistent() throws Exception {
        Path articles = DemoCorpus.copyTo(tmp.resolve("articles"));
        try (GraphStore store = Stores.memory()) {
            List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
            BatchBuilder.Summary s = new BatchBuilder(DemoCorpus.pipeline(), store, 2)
                    .build(List.of(articles), rejections::add);
            assertEquals(List.of(), rejections);
            assertEquals(DemoCorpus.names().size(), s.articles());
            assertEquals(0, s.rejected());
            assertTrue(s.entities() > 0);
            assertTrue(s.quads() > s.articles(), "several quads per article");
            assertEquals(store.size(), s.quads());
            assertEquals(s.articles(), graphs(store).size(), "one named graph per article");
            assertTrue(s.seconds() > 0);
            assertTrue(s.describe().startsWith(s.articles() + " articles read, 0 rejected;"), s.describe());
        }
    }

    @Test
    void aSecondBuildOfTheSameArticlesExtractsNothing() throws Exception {
        Path articles = DemoCorpus.copyTo(tmp.resolve("articles"));
        try (GraphStore store = Stores.memory()) {
            BatchBuilder builder = new BatchBuilder(DemoCorpus.pipeline(), store, 2);
            builder.build(List.of(articles), r -> { });
            long size = store.size();
            BatchBuilder.Summary again = builder.build(List.of(articles), r -> { });
            assertEquals(0, again.articles());
            assertEquals(DemoCorpus.names().size(), again.unchanged());
            assertEquals(size, store.size());
            assertTrue(again.describe().contains(DemoCorpus.names().size() + " already in the store unchanged"),
                    again.describe());

            Path edited = articles.resolve(DemoCorpus.names().get(0));
            Files.writeString(edited, Files.readString(edited) + "\nThe talks ended without a joint statement.\n");
            BatchBuilder.Summary afterEdit = builder.build(List.of(articles), r -> { });
            assertEquals(1, afterEdit.articles(), "only the edited article is extracted again");
        }
    }

    @Test
    void badInputsAreRejectedAndTheGoodOnesStored() throws Exception {
        Path dir = mixedInputs();
        try (GraphStore store = Stores.memory()) {
            List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
            BatchBuilder.Summary s = new BatchBuilder(DemoCorpus.pipeline(), store, 2)
                    .build(List.of(dir), rejections::add);
            assertEquals(2, s.rejected(), rejections.toString());
            assertEquals(2, rejections.size());
            assertEquals(2, s.articles());
            Iris iris = Iris.defaults();
            assertEquals(Set.of(iris.article("wang-lavrov.txt"), iris.article("blinken-beijing")), graphs(store));
            assertTrue(s.quads() > 0);
            assertEquals(store.size(), s.quads());
        }
    }

    @Test
    void eachRejectionNamesTheFileAndTheReason() throws Exception {
        Path dir = mixedInputs();
        try (GraphStore store = Stores.memory()) {
            List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
            new BatchBuilder(DemoCorpus.pipeline(), store, 1).build(List.of(dir), rejections::add);
            List<String> lines = rejections.stream().map(Rejection::toString).sorted().toList();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith(dir.resolve("empty.txt") + ": "), lines.get(0));
            assertTrue(lines.get(0).contains("empty"), lines.get(0));
            assertTrue(lines.get(1).startsWith(dir.resolve("more.jsonl") + "#2: "), lines.get(1));
            assertTrue(lines.get(1).contains("malformed JSON"), lines.get(1));
            lines.forEach(l -> assertEquals(1, l.lines().count(), "one line: " + l));
        }
    }

    @Test
    void rejectedInputsLeaveTheStoreAsItWas() throws Exception {
        Path good = tmp.resolve("good");
        Files.createDirectories(good);
        Files.writeString(good.resolve("wang-lavrov.txt"), WANG_LAVROV, StandardCharsets.UTF_8);
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        try (GraphStore store = Stores.tdb2(tmp.resolve("store"))) {
            BatchBuilder builder = new BatchBuilder(DemoCorpus.pipeline(), store, 2);
            long before = builder.build(List.of(good), r -> { }).quads();
            BatchBuilder.Summary s = builder.build(List.of(bad, tmp.resolve("missing.txt")), r -> { });
            assertEquals(3, s.rejected());
            assertEquals(0, s.articles());
            assertEquals(before, store.size());
        }
    }

    @Test
    void theSameArticleGivesTheSameQuads() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(dir.resolve("wang-lavrov.txt"), WANG_LAVROV, StandardCharsets.UTF_8);
        try (GraphStore a = Stores.memory(); GraphStore b = Stores.memory()) {
            new BatchBuilder(DemoCorpus.pipeline(), a, 1).build(List.of(dir), r -> { });
            new BatchBuilder(DemoCorpus.pipeline(), b, 3).build(List.of(dir), r -> { });
            DatasetGraph da = a.queryView().asDatasetGraph();
            DatasetGraph db = b.queryView().asDatasetGraph();
            Set<Object> qa = Txn.calculateRead(da, () -> new HashSet<>(iterToList(da.find())));
            Set<Object> qb = Txn.calculateRead(db, () -> new HashSet<>(iterToList(db.find())));
            assertTrue(qa.size() > 0);
            assertEquals(qa, qb, "deterministic IRIs and quads");
        }
    }

    private static List<Object> iterToList(java.util.Iterator<?> it) {
        List<Object> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
