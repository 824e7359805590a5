package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.vocab.DG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics graph counts what the article graphs hold, follows them when they change, and is never exported. */
class StatisticsTest {

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX ex: <https://example.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    /** Three invented articles: two name the same minister (spelt two ways) and the same state, one a place too. */
    private static final String ARTICLES = PREFIXES + """
            GRAPH ex:a1 { ex:a1 a schema:NewsArticle ; schema:mentions ex:lena, ex:ruritania, ex:harbour .
                ex:lena a schema:Person ; schema:name "Lena Varga" ; dg:mentionCount 3 .
                ex:ruritania a schema:Country ; schema:name "Ruritania" ; dg:mentionCount 2 ;
                    owl:sameAs <http://www.wikidata.org/entity/Q4242424242>, <https://sws.geonames.org/4242> .
                ex:harbour a schema:Place ; schema:name "Old Harbour" ; dg:mentionCount 1 .
                ex:talks a dg:Event ; schema:name "Talks" . }
            GRAPH ex:a2 { ex:a2 a schema:NewsArticle ; schema:mentions ex:lena, ex:ruritania .
                ex:lena a schema:Person ; schema:name "Lena Varga" ; dg:mentionCount 1 .
                ex:ruritania a schema:Country ; schema:name "Ruritania" ; dg:mentionCount 4 .
                ex:talks a dg:Event ; schema:name "Talks" . }
            GRAPH ex:a3 { ex:a3 a schema:NewsArticle ; schema:mentions ex:lena, ex:harbour .
                ex:lena a schema:Person ; schema:name "L. Varga" ; dg:mentionCount 2 .
                ex:harbour a schema:Place ; schema:name "Old Harbour" ; dg:mentionCount 1 . }
            """;

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static GraphStore store(String trig) {
        GraphStore store = Stores.memory();
        Txn.executeWrite(store.storage(), () -> RDFParser.fromString(trig, Lang.TRIG).parse(store.storage()));
        return store;
    }

    private static Set<String> statistics(GraphStore store) {
        DatasetGraph dsg = store.storage();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new HashSet<>();
            dsg.find(Statistics.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(
                    q.getSubject().getLocalName() + " " + q.getPredicate().getLocalName() + " "
                            + (q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm()
                            : q.getObject().getLocalName())));
            return out;
        });
    }

    @Test
    void countsMentionsArticlesSpellingsEventsAndPairs() {
        try (GraphStore store = store(ARTICLES)) {
            Statistics.refresh(store);
            Set<String> s = statistics(store);
            assertTrue(s.contains("lena mentionTotal 6"), s.toString());
            assertTrue(s.contains("lena articleCount 3"), s.toString());
            assertTrue(s.contains("lena preferredName Lena Varga"), "the spelling two of three articles use");
            assertTrue(s.contains("ruritania mentionTotal 6"), s.toString());
            assertTrue(s.contains("talks articleCount 2"), s.toString());
            assertTrue(s.contains("lena actorClass Person") && s.contains("ruritania actorClass Country"), s.toString());
            assertFalse(s.stream().anyMatch(t -> t.startsWith("harbour actorClass")), "a place is no actor");
            assertTrue(s.contains("ruritania wikidataLink Q4242424242"), s.toString());
            assertEquals(1, s.stream().filter(t -> t.contains(" wikidataLink ")).count(), "Wikidata links only");
            long pairs = s.stream().filter(t -> t.contains(" firstActor ")).count();
            assertEquals(1, pairs, "only the two actors named together twice; a place is no actor: " + s);
            assertTrue(s.stream().anyMatch(t -> t.endsWith(" firstActor lena")), s.toString());
            assertTrue(s.stream().anyMatch(t -> t.endsWith(" secondActor ruritania")), s.toString());
            assertTrue(s.stream().anyMatch(t -> t.contains(" articleCount 2") && !t.startsWith("talks")
                    && !t.startsWith("ruritania")), "the pair's count: " + s);
        }
    }

    /** Removing an article takes its share out; running again when nothing changed writes nothing. */
    @Test
    void followsTheArticlesAndWritesOnlyWhatChanged() {
        try (GraphStore store = store(ARTICLES)) {
            Statistics.refresh(store);
            assertEquals(0, Statistics.refresh(store), "nothing changed, nothing written");
            store.removeGraph(iri("a2"));
            assertTrue(Statistics.refresh(store) > 0);
            Set<String> s = statistics(store);
            assertTrue(s.contains("lena mentionTotal 5"), s.toString());
            assertTrue(s.contains("talks articleCount 1"), s.toString());
            assertFalse(s.stream().anyMatch(t -> t.contains(" firstActor ")), "the pair is down to one article: " + s);
            assertFalse(s.contains("lena mentionTotal 6"), "the old count went: " + s);
        }
    }

    @Test
    void consolidatingTheStoreRefreshesTheStatistics() {
        try (GraphStore store = store(ARTICLES)) {
            Consolidator.run(store, "https://example.org/id/");
            assertTrue(statistics(store).contains("ruritania articleCount 2"));
        }
    }

    /** Counts of the store are not what an article said: no export carries them, a TDB2 store's neither. */
    @Test
    void exportsLeaveTheStatisticsOut(@TempDir Path dir) throws Exception {
        try (GraphStore store = Stores.tdb2(dir.resolve("tdb"))) {
            Txn.executeWrite(store.storage(), () -> RDFParser.fromString(ARTICLES, Lang.TRIG).parse(store.storage()));
            long articles = store.size();
            Statistics.refresh(store);
            assertTrue(store.size() > articles);
            for (String ext : List.of("trig", "nq", "jsonld", "ttl")) {
                Path file = dir.resolve("out." + ext);
                Exporter.export(store, file);
                String text = java.nio.file.Files.readString(file);
                assertFalse(text.contains("mentionTotal") || text.contains(DG.preferredName.getLocalName())
                        || text.contains("urn:diplograph"), ext + " export carries statistics");
            }
            try (GraphStore back = Stores.load(List.of(dir.resolve("out.nq")))) {
                assertEquals(articles, back.size(), "the export holds every article quad");
                DatasetGraph dsg = back.storage();
                assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(Statistics.GRAPH, Node.ANY, Node.ANY, Node.ANY)));
                assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(Quad.create(iri("a3"), iri("a3"),
                        NodeFactory.createURI("http://schema.org/mentions"), iri("harbour")))));
            }
        }
    }
}
