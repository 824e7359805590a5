package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveAndReingestTest {

    private static final Node G1 = NodeFactory.createURI("http://example.org/article/1");
    private static final Node G2 = NodeFactory.createURI("http://example.org/article/2");
    private static final Node S = NodeFactory.createURI("http://example.org/state/X");

    @BeforeAll
    static void init() {
        JenaSystem.init();
    }

    private static ArticleQuads article(Node g, String hash, String label) {
        return new ArticleQuads(g, List.of(
                Quad.create(g, g, DG.contentHash.asNode(), NodeFactory.createLiteralString(hash)),
                Quad.create(g, S, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralString(label))));
    }

    @Test
    void removingAnArticleRetractsOnlyItsGraph(@TempDir Path dir) {
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(List.of(article(G1, "h1", "X"), article(G2, "h2", "X")));
            assertTrue(store.removeGraph(G1));
            assertFalse(store.removeGraph(G1));
            assertEquals(2, store.size());
        }
    }

    @Test
    void changedTextReplacesTheArticleGraphAndLeavesNoOrphans(@TempDir Path dir) {
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(List.of(article(G1, "h1", "old name")));
            store.replaceGraphs(List.of(article(G1, "h2", "new name")));
            assertEquals(2, store.size());
            assertTrue(org.apache.jena.system.Txn.calculateRead(store.storage(), () -> store.storage()
                    .contains(G1, S, Node.ANY, NodeFactory.createLiteralString("new name"))));
        }
    }

    @Test
    void sameTextAgainChangesNothing(@TempDir Path dir) {
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(List.of(article(G1, "h1", "X")));
            long before = store.size();
            store.replaceGraphs(List.of(article(G1, "h1", "X")));
            assertEquals(before, store.size());
        }
    }

    @Test
    void sameTextFromANewExtractorVersionIsReextracted(@TempDir Path dir) {
        Node version = DG.extractorVersion.asNode();
        ArticleQuads v1 = new ArticleQuads(G1, List.of(
                Quad.create(G1, G1, DG.contentHash.asNode(), NodeFactory.createLiteralString("h1")),
                Quad.create(G1, G1, version, NodeFactory.createLiteralString("v1")),
                Quad.create(G1, S, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralString("old reading"))));
        ArticleQuads v2 = new ArticleQuads(G1, List.of(
                Quad.create(G1, G1, DG.contentHash.asNode(), NodeFactory.createLiteralString("h1")),
                Quad.create(G1, G1, version, NodeFactory.createLiteralString("v2")),
                Quad.create(G1, S, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralString("new reading"))));
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(List.of(v1));
            store.replaceGraphs(List.of(v2));
            assertTrue(org.apache.jena.system.Txn.calculateRead(store.storage(), () -> store.storage()
                    .contains(G1, S, Node.ANY, NodeFactory.createLiteralString("new reading"))));
            assertEquals(3, store.size());
        }
    }
}
