package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2 keeps every block a write replaced; compaction gives the space back and keeps the data. */
class CompactionTest {

    @TempDir
    Path tmp;

    private static List<ArticleQuads> articles(int round) {
        List<ArticleQuads> out = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            Node graph = NodeFactory.createURI("urn:test:article/" + g);
            List<Quad> quads = new ArrayList<>();
            for (int t = 0; t < 50; t++) {
                quads.add(Quad.create(graph, NodeFactory.createURI("urn:test:s" + g + "-" + t),
                        NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("round " + round + " " + t)));
            }
            out.add(new ArticleQuads(graph, quads));
        }
        return out;
    }

    @Test
    void compactionShrinksARewrittenStoreAndKeepsItsData() {
        Path dir = tmp.resolve("store");
        try (GraphStore store = Stores.tdb2(dir)) {
            for (int round = 0; round < 8; round++) {
                for (ArticleQuads a : articles(round)) {
                    store.replaceGraphs(List.of(a)); // one transaction per article, as ingestion does
                }
            }
            long quads = store.size();
            long before = DiskUsage.bytes(dir);
            store.compact();
            long after = DiskUsage.bytes(dir);
            assertTrue(after < before / 2, before + " -> " + after);
            assertEquals(quads, store.size());
            assertEquals(10 * 50, quads);
        }
    }

    @Test
    void growthCompactorCompactsOnlyPastItsFactor() throws Exception {
        Path dir = tmp.resolve("store");
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(articles(0));
            GrowthCompactor compactor = new GrowthCompactor(store, dir, 1.5).start(java.time.Duration.ofHours(1));
            try {
                assertFalse(compactor.check(), "no growth, no compaction");
                for (int round = 1; round < 8; round++) {
                    for (ArticleQuads a : articles(round)) {
                        store.replaceGraphs(List.of(a));
                    }
                }
                long grown = DiskUsage.bytes(dir);
                assertTrue(compactor.check(), "grown to " + grown);
                assertTrue(DiskUsage.bytes(dir) < grown);
                assertEquals(10 * 50, store.size());
            } finally {
                compactor.close();
            }
        }
    }
}
