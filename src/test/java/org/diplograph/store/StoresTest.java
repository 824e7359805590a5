package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoresTest {

    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String SCHEMA = "http://schema.org/";
    private static final Node G1 = uri(ID + "article/wang-lavrov");
    private static final Node G2 = uri(ID + "article/blinken-wang");
    private static final Node NAME = uri(SCHEMA + "name");
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node PERSON = uri(SCHEMA + "Person");

    @TempDir
    Path tmp;

    @BeforeAll
    static void initJena() {
        org.apache.jena.sys.JenaSystem.init();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Quad person(Node g, String key, String name) {
        return Quad.create(g, uri(ID + key), NAME, NodeFactory.createLiteralString(name));
    }

    private static Quad typed(Node g, String key) {
        return Quad.create(g, uri(ID + key), TYPE, PERSON);
    }

    /** Article 1: Wang Yi met Sergey Lavrov. Article 2: Antony Blinken met Wang Yi. */
    private static List<ArticleQuads> twoArticles() {
        return List.of(
                new ArticleQuads(G1, List.of(person(G1, "wang-yi", "Wang Yi"), typed(G1, "wang-yi"),
                        person(G1, "sergey-lavrov", "Sergey Lavrov"), typed(G1, "sergey-lavrov"))),
                new ArticleQuads(G2, List.of(person(G2, "antony-blinken", "Antony Blinken"),
                        typed(G2, "antony-blinken"), person(G2, "wang-yi", "Wang Yi"))));
    }

    private GraphStore open(String kind) {
        return switch (kind) {
            case "memory" -> Stores.memory();
            case "tdb2" -> Stores.tdb2(tmp.resolve("tdb2"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static List<String> column(Dataset ds, String sparql, String var) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.get(var).toString());
                }
            }
            return out;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void replaceGraphsThenSizeCountsAllQuads(String kind) {
        try (GraphStore store = open(kind)) {
            assertEquals(0, store.size());
            store.replaceGraphs(twoArticles());
            assertEquals(7, store.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void replacingWithTheSameQuadsTwiceIsIdempotent(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            long once = store.size();
            store.replaceGraphs(twoArticles());
            assertEquals(once, store.size());
            store.replaceGraphs(List.of(twoArticles().get(0)));
            assertEquals(once, store.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void replacingWithFewerQuadsRemovesTheOldOnes(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            Quad kept = person(G1, "wang-yi", "Wang Yi");
            store.replaceGraphs(List.of(new ArticleQuads(G1, List.of(kept))));
            assertEquals(1 + 3, store.size(), "G1 now has one quad, G2 keeps its three");
            var dsg = store.queryView().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.contains(kept));
                assertFalse(dsg.contains(person(G1, "sergey-lavrov", "Sergey Lavrov")));
                assertFalse(dsg.contains(typed(G1, "wang-yi")));
                assertTrue(dsg.contains(typed(G2, "antony-blinken")), "the other article is untouched");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void replacingWithNoQuadsEmptiesTheArticleGraph(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            store.replaceGraphs(List.of(new ArticleQuads(G2, List.of())));
            assertEquals(4, store.size());
        }
    }

    private void assertDefaultGraphIsUnion(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            List<String> names = column(store.queryView(),
                    "SELECT DISTINCT ?n WHERE { ?p <" + SCHEMA + "name> ?n } ORDER BY ?n", "n");
            assertEquals(List.of("Antony Blinken", "Sergey Lavrov", "Wang Yi"), names,
                    "a query without GRAPH sees quads from both named graphs");
        }
    }

    private void assertUnionJoinsAcrossArticles(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            // Blinken's type is only in G2, Lavrov's only in G1: both are Persons in the merged graph.
            List<String> people = column(store.queryView(),
                    "SELECT ?n WHERE { ?p a <" + SCHEMA + "Person> ; <" + SCHEMA + "name> ?n } ORDER BY ?n", "n");
            assertEquals(List.of("Antony Blinken", "Sergey Lavrov", "Wang Yi"), people);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void defaultGraphOfQueryViewIsTheUnionOfArticleGraphs(String kind) {
        assertDefaultGraphIsUnion(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void unionDefaultGraphJoinsAcrossArticles(String kind) {
        assertUnionJoinsAcrossArticles(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void graphPatternStillSeesEachArticleOnItsOwn(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            List<String> graphs = column(store.queryView(),
                    "SELECT ?g WHERE { GRAPH ?g { ?p <" + SCHEMA + "name> \"Sergey Lavrov\" } }", "g");
            assertEquals(List.of(G1.getURI()), graphs);
            List<String> all = column(store.queryView(),
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "g");
            assertEquals(List.of(G2.getURI(), G1.getURI()), all);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "tdb2"})
    void storageKeepsArticleGraphsWithoutAUnionDefaultGraph(String kind) {
        try (GraphStore store = open(kind)) {
            store.replaceGraphs(twoArticles());
            var dsg = store.storage();
            Txn.executeRead(dsg, () -> {
                assertEquals(0, dsg.getDefaultGraph().size(), "exports must not repeat the merged graph");
                assertEquals(4, dsg.getGraph(G1).size());
                assertEquals(3, dsg.getGraph(G2).size());
            });
        }
    }

    @Test
    void tdb2StoreKeepsDataAcrossReopen() {
        Path dir = tmp.resolve("tdb2-reopen");
        try (GraphStore store = Stores.tdb2(dir)) {
            store.replaceGraphs(twoArticles());
        }
        try (GraphStore store = Stores.tdb2(dir)) {
            assertEquals(7, store.size());
        }
    }

    @Test
    void loadingTrigKeepsNamedGraphs() throws Exception {
        Path trig = tmp.resolve("two.trig");
        Files.writeString(trig, """
                PREFIX schema: <http://schema.org/>
                PREFIX id: <https://w3id.org/diplograph/id/>
                <https://w3id.org/diplograph/id/article/wang-lavrov> {
                  id:wang-yi a schema:Person ; schema:name "Wang Yi" .
                  id:sergey-lavrov a schema:Person ; schema:name "Sergey Lavrov" .
                }
                <https://w3id.org/diplograph/id/article/blinken-wang> {
                  id:antony-blinken a schema:Person ; schema:name "Antony Blinken" .
                  id:wang-yi schema:name "Wang Yi" .
                }
                """, StandardCharsets.UTF_8);
        try (GraphStore store = Stores.load(List.of(trig))) {
            assertEquals(7, store.size());
            Set<String> graphs = new HashSet<>(column(store.queryView(),
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "g"));
            assertEquals(Set.of(G1.getURI(), G2.getURI()), graphs);
            List<String> lavrov = column(store.queryView(),
                    "SELECT ?g WHERE { GRAPH ?g { ?p <" + SCHEMA + "name> \"Sergey Lavrov\" } }", "g");
            assertEquals(List.of(G1.getURI()), lavrov);
        }
    }

    @Test
    void loadedDataHasUnionDefaultGraph() throws Exception {
        Path nq = tmp.resolve("two.nq");
        StringBuilder sb = new StringBuilder();
        for (ArticleQuads a : twoArticles()) {
            for (Quad q : a.quads()) {
                sb.append('<').append(q.getSubject().getURI()).append("> <").append(q.getPredicate().getURI())
                        .append("> ").append(q.getObject().isURI() ? "<" + q.getObject().getURI() + ">"
                                : "\"" + q.getObject().getLiteralLexicalForm() + "\"")
                        .append(" <").append(q.getGraph().getURI()).append("> .\n");
            }
        }
        Files.writeString(nq, sb.toString(), StandardCharsets.UTF_8);
        try (GraphStore store = Stores.load(List.of(nq))) {
            List<String> names = column(store.queryView(),
                    "SELECT DISTINCT ?n WHERE { ?p <" + SCHEMA + "name> ?n } ORDER BY ?n", "n");
            assertEquals(List.of("Antony Blinken", "Sergey Lavrov", "Wang Yi"), names);
        }
    }

    @Test
    void articleQuadsRejectsQuadsOfAnotherGraph() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ArticleQuads(G1, List.of(person(G2, "wang-yi", "Wang Yi"))));
    }
}
