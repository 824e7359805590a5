package org.diplograph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;

/**
 * Test helper shared by the store, query, serve, cli and pipeline tests: the bundled demo articles,
 * one article pipeline, and the demo graph built once per JVM (the NLP models are slow to load).
 */
public final class DemoCorpus {

    private static ArticlePipeline pipeline;
    private static List<ArticleQuads> quads;

    /** The file names listed in {@code demo/articles.list}. */
    public static List<String> names() {
        try (InputStream in = resource("demo/articles.list")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the demo articles into {@code dir} (created if needed) and returns it. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : names()) {
            try (InputStream in = resource("demo/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    public static synchronized ArticlePipeline pipeline() {
        if (pipeline == null) {
            org.apache.jena.sys.JenaSystem.init();
            pipeline = ArticlePipeline.create(Iris.defaults());
        }
        return pipeline;
    }

    /** The demo graph, one entry per article graph, built once with BatchBuilder into a memory store. */
    public static synchronized List<ArticleQuads> quads() {
        if (quads == null) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("diplograph-demo");
                copyTo(dir);
                try (GraphStore store = Stores.memory()) {
                    BatchBuilder.Summary s = Diplograph.builder().pipeline(pipeline()).threads(4).build()
                            .extractAll(List.of(dir), store, r -> {
                        throw new AssertionError("demo article rejected: " + r);
                    });
                    if (s.articles() != names().size()) {
                        throw new AssertionError("expected every demo article stored: " + s.describe());
                    }
                    quads = byGraph(store.queryView().asDatasetGraph());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(dir);
            }
        }
        return quads;
    }

    /** A fresh memory store holding the demo graph. */
    public static GraphStore memoryStore() {
        GraphStore store = Stores.memory();
        store.replaceGraphs(quads());
        return store;
    }

    /** Total quads of the demo graph. */
    public static long quadCount() {
        return quads().stream().mapToLong(a -> a.quads().size()).sum();
    }

    private static List<ArticleQuads> byGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, List<Quad>> m = new LinkedHashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> m.put(g, new ArrayList<>()));
            for (Map.Entry<Node, List<Quad>> e : m.entrySet()) {
                dsg.find(e.getKey(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(e.getValue()::add);
            }
            List<ArticleQuads> out = new ArrayList<>();
            m.forEach((g, qs) -> out.add(new ArticleQuads(g, qs)));
            return List.copyOf(out);
        });
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing test resource " + name);
        }
        return in;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir; the OS cleans it eventually
        }
    }

    private DemoCorpus() {
    }
}
