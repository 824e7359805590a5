package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {

    /**
     * The demo's article graphs as a Spark job writes them (two part files and its marker files) load, link and
     * consolidate into the graph build makes of the articles.
     */
    @Test
    void loadedPartsLinkAndConsolidateIntoTheBuildsGraph(@TempDir Path tmp) throws IOException {
        Path parts = Files.createDirectories(tmp.resolve("graphs"));
        List<ArticleQuads> graphs = DemoCorpus.quads();
        List<List<Quad>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < graphs.size(); i++) {
            halves.get(i % 2).addAll(graphs.get(i).quads());
        }
        for (int i = 0; i < 2; i++) {
            try (OutputStream out = Files.newOutputStream(parts.resolve("part-0000" + i))) {
                RDFDataMgr.writeQuads(out, halves.get(i).iterator());
            }
        }
        Files.writeString(parts.resolve("_SUCCESS"), "");
        Files.writeString(parts.resolve(".part-00000.crc"), "not quads");

        Path store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("load", "--store", store.toString(), parts.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("from 2 files"), r.out());

        // what build --store makes of the same articles (TDB2 keeps values: "0.90" comes back as "0.9" from both)
        Path built = tmp.resolve("built");
        try (GraphStore s = Stores.tdb2(built)) {
            Diplograph.builder().pipeline(DemoCorpus.pipeline()).threads(2).build()
                    .ingest(List.of(DemoCorpus.copyTo(tmp.resolve("articles"))), s, rejected -> { });
        }
        TreeSet<String> expected = exported(built, tmp.resolve("built.nq"));
        TreeSet<String> actual = exported(store, tmp.resolve("loaded.nq"));
        assertTrue(expected.size() > 1000, "the demo graph: " + expected.size());
        List<String> diff = new ArrayList<>();
        expected.stream().filter(l -> !actual.contains(l)).forEach(l -> diff.add("- " + l));
        actual.stream().filter(l -> !expected.contains(l)).forEach(l -> diff.add("+ " + l));
        assertEquals(List.of(), diff.subList(0, Math.min(diff.size(), 20)), diff.size() + " lines differ");
    }

    private static TreeSet<String> exported(Path store, Path file) throws IOException {
        try (GraphStore s = Stores.tdb2(store)) {
            Exporter.export(s, file);
        }
        TreeSet<String> lines = new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        return lines;
    }

    @Test
    void refusesAStoreThatHoldsData(@TempDir Path tmp) throws IOException {
        Path nq = tmp.resolve("one.nq");
        Files.writeString(nq, "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g> .\n");
        Path store = tmp.resolve("store");
        assertEquals(0, CliRunner.run("load", "--store", store.toString(), nq.toString()).code());
        CliRunner.Result again = CliRunner.run("load", "--store", store.toString(), nq.toString());
        assertEquals(2, again.code(), again.all());
        assertTrue(again.err().contains("not empty"), again.err());
    }
}
