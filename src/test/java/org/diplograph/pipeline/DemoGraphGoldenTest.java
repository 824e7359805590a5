package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden file of the whole build: the bundled example articles through the full pipeline, linking and consolidation
 * included, exported as N-Quads and sorted. Any change to what the graph says shows up as a line diff to review; when
 * the change is meant, regenerate with {@code ./mvnw test -Dtest=DemoGraphGoldenTest -Dgolden.update=true} and
 * commit the new file with the change. Lines that name where the build ran (the source file's path) or which build
 * it was (the extractor version) are left out.
 */
class DemoGraphGoldenTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/golden/demo-graph.nq");

    @Test
    void theDemoArticlesBuildTheReviewedGraph(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        for (String name : lines("demo/articles.list")) {
            try (InputStream in = resource("demo/" + name)) {
                Files.copy(in, articles.resolve(name));
            }
        }
        Path out = dir.resolve("demo.nq");
        try (GraphStore store = Stores.memory()) {
            Diplograph.builder().threads(1).build()
                    .ingest(List.of(articles), store, r -> { throw new AssertionError("rejected " + r); });
            Exporter.export(store, out);
        }
        TreeSet<String> actual = new TreeSet<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.contains("ontology#sourceFile>") && !line.contains("ontology#extractorVersion>")) {
                actual.add(line);
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        TreeSet<String> expected = new TreeSet<>(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
        expected.removeIf(String::isBlank);
        List<String> diff = new ArrayList<>();
        expected.stream().filter(l -> !actual.contains(l)).forEach(l -> diff.add("- " + l));
        actual.stream().filter(l -> !expected.contains(l)).forEach(l -> diff.add("+ " + l));
        assertEquals("", String.join("\n", diff.subList(0, Math.min(diff.size(), 60)))
                + (diff.size() > 60 ? "\n... " + (diff.size() - 60) + " more" : ""),
                "the demo graph differs from " + GOLDEN + " (" + diff.size() + " lines)");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoGraphGoldenTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing bundled resource " + name);
        }
        return in;
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
