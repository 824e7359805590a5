package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.junit.jupiter.api.Test;

class EventReportCodecTest {

    private static final String BASE = "https://example.org/id/";
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");

    private static Node uri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    /** An invented article: a minister of Veldoria meets a minister of Ostrava in Port Selene. */
    private static List<Quad> article() {
        Node g = uri("article/a1");
        Node e = uri("event/meet-0123456789abcdef");
        Node m = NodeFactory.createBlankNode();
        return List.of(
                Quad.create(g, g, Schema.datePublished.asNode(), NodeFactory.createLiteralDT("2031-04-02", XSDDatatype.XSDdate)),
                Quad.create(g, e, RDF.type.asNode(), DG.Event.asNode()),
                Quad.create(g, e, DG.modality.asNode(), NodeFactory.createURI(DG.NS + "Asserted")),
                Quad.create(g, e, Schema.attendee.asNode(), uri("person/b")),
                Quad.create(g, e, Schema.attendee.asNode(), uri("person/a")),
                Quad.create(g, e, DG.sourceActor.asNode(), uri("country/veldoria")),
                Quad.create(g, e, Schema.location.asNode(), uri("place/port-selene")),
                Quad.create(g, e, DG.eventDate.asNode(), NodeFactory.createLiteralDT("2031-04", XSDDatatype.XSDgYearMonth)),
                Quad.create(g, e, DG.dateExpression.asNode(), NodeFactory.createLiteralString("in April")),
                Quad.create(g, uri("person/a"), RDF.type.asNode(), Schema.Person.asNode()),
                Quad.create(g, uri("country/veldoria"), RDF.type.asNode(), Schema.Country.asNode()),
                Quad.create(g, m, ORG_MEMBER, uri("person/a")),
                Quad.create(g, m, ORG_ORGANIZATION, uri("country/veldoria")),
                Quad.create(g, uri("place/port-selene"), Schema.containedInPlace.asNode(), uri("country/ostrava")));
    }

    @Test
    void readsOneArticlesReportsAndActorFacts() {
        ArticleReports records = EventReportCodec.decode(uri("article/a1"), article());
        assertEquals(1, records.reports().size());
        EventReport r = records.reports().get(0);
        assertEquals(BASE + "event/meet-0123456789abcdef", r.event());
        assertEquals(r.event(), r.reportedAs(), "a report nobody linked goes by the IRI its article minted");
        assertEquals("meet", r.family());
        assertEquals(List.of(BASE + "person/a", BASE + "person/b"), r.attendees(), "sorted");
        assertEquals(List.of(BASE + "country/veldoria"), r.sources());
        assertEquals("2031-04", r.date());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), r.dateType());
        assertFalse(r.dateInferred());
        assertEquals("in April", r.dateExpression());
        assertEquals("2031-04-02", r.published());
        ActorFacts facts = records.actors();
        assertEquals(Map.of(BASE + "person/a", Set.of(BASE + "country/veldoria")), facts.statesOfPeople());
        assertEquals(Set.of(BASE + "country/ostrava"), facts.within().get(BASE + "place/port-selene"));
    }

    @Test
    void jsonLinesReadBackEqual() {
        ArticleReports records = EventReportCodec.decode(uri("article/a1"), article());
        String line = EventReportCodec.toJson(records);
        assertFalse(line.contains("\n"), "one record, one line");
        assertEquals(records, EventReportCodec.fromJson(line));
    }

    @Test
    void mergedFactsAreTheUnionInAnyOrder() {
        ActorFacts a = EventReportCodec.decode(uri("article/a1"), article()).actors();
        ActorFacts b = new ActorFacts(Set.of(BASE + "person/c"), Set.of(), Map.of(),
                Map.of(BASE + "person/c", Set.of(BASE + "office/x")), Map.of(BASE + "office/x", Set.of(BASE + "country/veldoria")),
                Map.of());
        assertEquals(a.merge(b), b.merge(a));
        assertTrue(a.merge(b).statesOfPeople().containsKey(BASE + "person/c"),
                "an office one article names and the state another gives it meet in the merge");
    }
}
