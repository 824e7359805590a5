package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-web on the workbench's two invented reports: it opens every page type and prints a row for each. */
class BenchWebCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheFirstAndRepeatedTimeOfEveryPage() throws Exception {
        Path dir = tmp.resolve("store");
        Dataset ds = DatasetFactory.create();
        try (InputStream in = getClass().getResourceAsStream("/workbench/two-reports.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph());
        }
        List<ArticleQuads> articles = new ArrayList<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            List<Quad> quads = new ArrayList<>();
            ds.asDatasetGraph().find(g, null, null, null).forEachRemaining(quads::add);
            articles.add(new ArticleQuads(g, quads));
        });
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(articles);
        }

        CliRunner.Result r = CliRunner.run("bench-web", "--store", dir.toString(), "--repeat", "2");
        assertEquals(0, r.code(), r.all());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("page\\s+first ms\\s+repeated ms\\s+queries\\s+address"), lines.get(0));
        assertEquals(List.of("start", "search", "actor", "event", "article", "explore", "sparql"),
                lines.stream().skip(1).map(l -> l.split("\\s+")[0]).toList(), r.all());
        assertTrue(lines.get(4).matches("event\\s+\\d+\\s+\\d+\\s+4\\s+/event\\.html\\?iri=.*meeting-wb-harbour"),
                lines.get(4));
    }

    @Test
    void saysSoWhenThereIsNoStore() {
        CliRunner.Result r = CliRunner.run("bench-web", "--store", tmp.resolve("none").toString());
        assertEquals(Main.USAGE, r.code(), r.all());
        assertTrue(r.err().contains("no store at"), r.all());
    }

    @Test
    void mediansAnOddOrEvenNumberOfVisits() {
        assertEquals(3, BenchWebCommand.median(new long[] {9, 1, 3}));
        assertEquals(4, BenchWebCommand.median(new long[] {9, 1, 3, 5}));
    }
}
