package org.diplograph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;

/**
 * Counts over all the article graphs that the canned queries would otherwise recompute on every call (on the
 * 4,000-article Wikinews store, 4 to 7 s each): per entity its mentions in all articles ({@code dg:mentionTotal}), the
 * articles mentioning it ({@code dg:articleCount}) and the spelling most of them use ({@code dg:preferredName}); per
 * event and stance the articles asserting it; per pair of actors that two articles or more mention together, a node
 * with both ({@code dg:firstActor}, {@code dg:secondActor}, in IRI order) and that count. Each entity's actor class
 * (schema:Person, Country, Organization: {@code dg:actorClass}) and Wikidata link ({@code dg:wikidataLink}) are
 * noted there once: every article graph that mentions a state repeats its type and links, so reading them from the
 * merged graph walks a copy per article (2,000 for the United States). Only these derived properties are used, so
 * no pattern written for the articles' own statements ({@code GRAPH ?g { ?x a schema:Person }}) meets this graph.
 *
 * <p>They live in their own graph, {@link #GRAPH}: they are counts of whatever the store holds, not anything an article
 * said, so exports leave them out ({@link Exporter}) and a store loaded from an export derives them again. Whoever
 * changes article graphs calls {@link #refresh} in the same transaction ({@link Consolidator#run} does), and refresh
 * writes only the difference: TDB2 keeps every replaced block until compaction, and an ingest round should not
 * rewrite a hundred thousand unchanged counts.
 */
public final class Statistics {

    /** A local name, not under the build's base: the graph is a cache of the store and is never published. */
    public static final Node GRAPH = NodeFactory.createURI("urn:diplograph:statistics");
    private static final String PAIR = "urn:diplograph:pair:";
    /** A pair of actors that one article names together is chance; the canned query shows two and more. */
    private static final int MIN_PAIR_ARTICLES = 2;
    private static final List<Node> ACTOR_CLASSES = List.of(Schema.Person.asNode(), Schema.Country.asNode(),
            Schema.Organization.asNode());
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final List<Node> COUNTED_FACTS = List.of(DG.Event.asNode(), DG.Stance.asNode());

    /** Brings the store's statistics graph in line with its article graphs, in a write transaction of its own. */
    public static int refresh(GraphStore store) {
        return Txn.calculateWrite(store.storage(), () -> refresh(store.storage()));
    }

    /**
     * Brings the statistics graph in line with the article graphs, inside the caller's write transaction.
     *
     * @return how many quads were added or removed
     */
    public static int refresh(DatasetGraph dsg) {
        Set<Triple> fresh = compute(dsg);
        Set<Triple> stale = new HashSet<>();
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!fresh.remove(q.asTriple())) {
                stale.add(q.asTriple());
            }
        });
        stale.forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        fresh.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        return stale.size() + fresh.size();
    }

    /** What the statistics graph should hold for the article graphs as they are now. */
    static Set<Triple> compute(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        entities(dsg, out);
        for (Node cls : COUNTED_FACTS) {
            Map<Node, Set<Node>> graphs = new HashMap<>();
            articleQuads(dsg, RDF.type.asNode(), cls)
                    .forEach(q -> graphs.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getGraph()));
            graphs.forEach((fact, g) -> out.add(Triple.create(fact, DG.articleCount.asNode(), integer(g.size()))));
        }
        pairs(dsg, out);
        return out;
    }

    private static void entities(DatasetGraph dsg, Set<Triple> out) {
        Map<Node, Long> mentions = new HashMap<>();
        Map<Node, Integer> articles = new HashMap<>();
        Map<Node, Map<Node, Integer>> spellings = new HashMap<>();
        for (Quad q : articleQuads(dsg, DG.mentionCount.asNode(), Node.ANY)) {
            Node entity = q.getSubject();
            mentions.merge(entity, ((Number) q.getObject().getLiteralValue()).longValue(), Long::sum);
            articles.merge(entity, 1, Integer::sum);
            Map<Node, Integer> uses = spellings.computeIfAbsent(entity, k -> new HashMap<>());
            dsg.find(q.getGraph(), entity, Schema.name.asNode(), Node.ANY)
                    .forEachRemaining(n -> uses.merge(n.getObject(), 1, Integer::sum));
        }
        mentions.forEach((entity, n) -> {
            for (Node cls : ACTOR_CLASSES) {
                if (dsg.contains(Node.ANY, entity, RDF.type.asNode(), cls)) {
                    out.add(Triple.create(entity, DG.actorClass.asNode(), cls));
                }
            }
            Set<Node> links = new HashSet<>();
            dsg.find(Node.ANY, entity, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> links.add(q.getObject()));
            links.stream().filter(l -> l.isURI() && l.getURI().startsWith(WIKIDATA))
                    .forEach(l -> out.add(Triple.create(entity, DG.wikidataLink.asNode(), l)));
            out.add(Triple.create(entity, DG.mentionTotal.asNode(), integer(n)));
            out.add(Triple.create(entity, DG.articleCount.asNode(), integer(articles.get(entity))));
            spellings.get(entity).entrySet().stream()
                    // most articles first; a tie goes to the spelling that sorts last, as it always did
                    .max(Map.Entry.<Node, Integer>comparingByValue()
                            .thenComparing(e -> e.getKey().getLiteralLexicalForm()))
                    .ifPresent(e -> out.add(Triple.create(entity, DG.preferredName.asNode(), e.getKey())));
        });
    }

    private static void pairs(DatasetGraph dsg, Set<Triple> out) {
        Map<Node, Boolean> actor = new HashMap<>();
        Map<Node, List<Node>> named = new HashMap<>();
        for (Quad q : articleQuads(dsg, Schema.mentions.asNode(), Node.ANY)) {
            Node entity = q.getObject();
            if (q.getSubject().equals(q.getGraph()) && actor.computeIfAbsent(entity, e -> isActor(dsg, e))) {
                named.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(entity);
            }
        }
        Map<List<Node>, Integer> together = new HashMap<>();
        for (List<Node> actors : named.values()) {
            List<Node> sorted = actors.stream().distinct().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    together.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                }
            }
        }
        together.forEach((pair, n) -> {
            if (n >= MIN_PAIR_ARTICLES) {
                Node node = NodeFactory.createURI(PAIR + UUID.nameUUIDFromBytes(
                        (pair.get(0).getURI() + ' ' + pair.get(1).getURI()).getBytes(StandardCharsets.UTF_8)));
                out.add(Triple.create(node, DG.firstActor.asNode(), pair.get(0)));
                out.add(Triple.create(node, DG.secondActor.asNode(), pair.get(1)));
                out.add(Triple.create(node, DG.articleCount.asNode(), integer(n)));
            }
        });
    }

    /** A person, state or organisation, as some article types it (places, concepts and events are not actors). */
    private static boolean isActor(DatasetGraph dsg, Node entity) {
        return entity.isURI() && ACTOR_CLASSES.stream()
                .anyMatch(c -> dsg.contains(Node.ANY, entity, RDF.type.asNode(), c));
    }

    /** Quads with this predicate and object in the article graphs (not in this graph or another derived one). */
    private static List<Quad> articleQuads(DatasetGraph dsg, Node predicate, Node object) {
        List<Quad> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, predicate, object).forEachRemaining(q -> {
            if (!q.getGraph().equals(GRAPH) && !q.isDefaultGraph()) {
                out.add(q);
            }
        });
        return out;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private Statistics() {
    }
}
