package org.diplograph.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;

/**
 * Reads event-report records ({@link EventReport}, {@link ActorFacts}) from the quads {@link ArticleGraphWriter}
 * writes, and writes them as lines of JSON. One reading for a whole store (what a local build links) and for one
 * article's quads (what {@code Diplograph.extract} hands a Spark job), so both link the same values.
 */
public final class EventReportCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");

    /** The records of one article, from its graph's quads as the writer made them. */
    public static ArticleReports decode(Node graph, List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        quads.forEach(dsg::add);
        return new ArticleReports(graph.getURI(), reports(dsg), actors(dsg));
    }

    /** Every event report in the dataset's article graphs. */
    public static List<EventReport> reports(DatasetGraph dsg) {
        List<EventReport> out = new ArrayList<>();
        Map<Node, String> published = new HashMap<>();
        List<Quad> events = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), DG.Event.asNode()).forEachRemaining(events::add);
        for (Quad q : events) {
            Node g = q.getGraph();
            Node e = q.getSubject();
            if (!e.isURI() || Quad.isDefaultGraph(g)) {
                continue;
            }
            Node original = first(dsg, g, e, DG.reportedAs.asNode());
            original = original != null ? original : e;
            String family = EventKeys.familyOf(original.getURI());
            if (family == null) {
                continue;
            }
            Node modality = first(dsg, g, e, DG.modality.asNode());
            Node date = first(dsg, g, e, DG.eventDate.asNode());
            Node expression = first(dsg, g, e, DG.dateExpression.asNode());
            boolean dated = date != null && date.isLiteral();
            out.add(new EventReport(g.getURI(), e.getURI(), original.getURI(), family,
                    modality == null || !modality.isURI() ? null : modality.getURI(),
                    objects(dsg, g, e, Schema.attendee.asNode()), objects(dsg, g, e, DG.sourceActor.asNode()),
                    objects(dsg, g, e, DG.targetActor.asNode()), objects(dsg, g, e, Schema.location.asNode()),
                    dated ? date.getLiteralLexicalForm() : null, dated ? date.getLiteralDatatypeURI() : null,
                    first(dsg, g, e, DG.dateInferred.asNode()) != null,
                    expression != null && expression.isLiteral() ? expression.getLiteralLexicalForm() : null,
                    published.computeIfAbsent(g, a -> {
                        Node pub = first(dsg, a, a, Schema.datePublished.asNode());
                        return pub != null && pub.isLiteral() ? pub.getLiteralLexicalForm() : null;
                    })));
        }
        return out;
    }

    /** What the dataset's graphs say about people, states, offices and places. */
    public static ActorFacts actors(DatasetGraph dsg) {
        Set<String> people = new HashSet<>();
        Set<String> countries = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Person.asNode())
                .forEachRemaining(q -> uri(q.getSubject()).ifPresent(people::add));
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Country.asNode())
                .forEachRemaining(q -> uri(q.getSubject()).ifPresent(countries::add));
        Map<String, Set<String>> memberOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, ORG_MEMBER, Node.ANY).forEachRemaining(q ->
                // a membership's organisation is read in the graph that states the membership
                dsg.find(q.getGraph(), q.getSubject(), ORG_ORGANIZATION, Node.ANY).forEachRemaining(o ->
                        put(memberOf, q.getObject(), o.getObject())));
        Map<String, Set<String>> offices = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, DG.heldOffice.asNode(), Node.ANY).forEachRemaining(q ->
                put(offices, q.getSubject(), q.getObject()));
        Map<String, Set<String>> officeOf = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, DG.officeOf.asNode(), Node.ANY).forEachRemaining(q ->
                put(officeOf, q.getSubject(), q.getObject()));
        Map<String, Set<String>> within = new HashMap<>();
        for (Node p : List.of(DG.capitalOf.asNode(), Schema.containedInPlace.asNode())) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> put(within, q.getSubject(), q.getObject()));
        }
        return new ActorFacts(people, countries, memberOf, offices, officeOf, within);
    }

    /** One line of JSON. */
    public static String toJson(ArticleReports reports) {
        try {
            return JSON.writeValueAsString(reports);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event reports of " + reports.graph(), e);
        }
    }

    /** The records {@link #toJson} wrote. */
    public static ArticleReports fromJson(String line) {
        try {
            return JSON.readValue(line, ArticleReports.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event-report record: " + e.getOriginalMessage(), e);
        }
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static List<String> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> uri(q.getObject()).ifPresent(out::add));
        return List.copyOf(out);
    }

    /** Records hold IRIs only: every actor, place and event the writer names has one. */
    private static java.util.Optional<String> uri(Node n) {
        return n.isURI() ? java.util.Optional.of(n.getURI()) : java.util.Optional.empty();
    }

    private static void put(Map<String, Set<String>> map, Node key, Node value) {
        if (key.isURI() && value.isURI()) {
            ActorFacts.add(map, key.getURI(), value.getURI());
        }
    }

    private EventReportCodec() {
    }
}
