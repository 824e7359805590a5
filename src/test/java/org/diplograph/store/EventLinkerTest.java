package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.junit.jupiter.api.Test;

class EventLinkerTest {

    private static final String BASE = "https://example.org/id/";
    private static final Node EVIDENCE_BODY = NodeFactory.createURI("http://www.w3.org/ns/oa#hasBody");

    /** One article's report of an event, as the article graph writer lays it out. */
    private record Report(String article, String eventKey, String published, String date, String modality,
                          List<String> attendees, List<String> sources, List<String> targets, String place) {
        Report(String article, String eventKey, String published, String date, String... attendees) {
            this(article, eventKey, published, date, "Asserted", List.of(attendees), List.of(), List.of(), null);
        }

        Report(String article, String eventKey, String published, String date, String modality,
               List<String> attendees, List<String> sources, List<String> targets) {
            this(article, eventKey, published, date, modality, attendees, sources, targets, null);
        }

        Report withPlace(String place) {
            return new Report(article, eventKey, published, date, modality, attendees, sources, targets, place);
        }

        Node graph() {
            return uri("article/" + article);
        }

        Node event() {
            return uri(eventKey);
        }

        void addTo(DatasetGraph dsg) {
            Node g = graph();
            Node e = event();
            dsg.add(g, e, RDF.type.asNode(), DG.Event.asNode());
            dsg.add(g, e, DG.modality.asNode(), NodeFactory.createURI(DG.NS + modality));
            attendees.forEach(a -> dsg.add(g, e, Schema.attendee.asNode(), uri(a)));
            sources.forEach(a -> dsg.add(g, e, DG.sourceActor.asNode(), uri(a)));
            targets.forEach(a -> dsg.add(g, e, DG.targetActor.asNode(), uri(a)));
            if (place != null) {
                dsg.add(g, e, Schema.location.asNode(), uri(place));
            }
            if (date != null) {
                XSDDatatype type = date.length() == 10 ? XSDDatatype.XSDdate
                        : date.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
                dsg.add(g, e, DG.eventDate.asNode(), NodeFactory.createLiteralDT(date, type));
            }
            if (published != null) {
                dsg.add(g, g, Schema.datePublished.asNode(), NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate));
            }
            dsg.add(g, uri("evidence/" + article + "/" + eventKey), EVIDENCE_BODY, e);
            dsg.add(g, g, Schema.mentions.asNode(), e);
        }
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    private static List<String> link(DatasetGraph dsg) {
        List<String> explained = new ArrayList<>();
        Txn.executeWrite(dsg, () -> EventLinker.link(dsg, explained::add));
        return explained;
    }

    private static DatasetGraph store(Report... reports) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (Report r : reports) {
                r.addTo(dsg);
            }
        });
        return dsg;
    }

    /** The event node each article's graph now asserts for the report it made under {@code eventKey}. */
    private static Node assertedBy(DatasetGraph dsg, Report r) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> events = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            dsg.find(r.graph(), Node.ANY, RDF.type.asNode(), DG.Event.asNode())
                    .forEachRemaining(q -> events.add(q.getSubject()));
            for (Node e : events) {
                boolean reportedAs = dsg.contains(r.graph(), e, DG.reportedAs.asNode(), r.event());
                if (e.equals(r.event()) || reportedAs) {
                    return e;
                }
            }
            throw new AssertionError("no event for " + r);
        });
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new TreeSet<>(java.util.Comparator.comparing(Quad::toString));
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void aReportNamingOneMoreParticipantIsTheSameMeeting() {
        Report twoNamed = new Report("a1", "event/meeting-bbbb", "2025-09-28", "2025-09-28", "wang", "choe");
        Report threeNamed = new Report("a2", "event/meeting-aaaa", "2025-09-29", null, "wang", "choe", "lavrov");
        DatasetGraph dsg = store(twoNamed, threeNamed);
        List<String> why = link(dsg);

        Node event = assertedBy(dsg, twoNamed);
        assertEquals(event, assertedBy(dsg, threeNamed));
        assertEquals(uri("event/meeting-aaaa"), event, "the smallest reported IRI names the group");
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(twoNamed.graph(), event, DG.reportedAs.asNode(), twoNamed.event()));
            assertFalse(dsg.contains(twoNamed.graph(), twoNamed.event(), Node.ANY, Node.ANY));
            assertTrue(dsg.contains(twoNamed.graph(), Node.ANY, EVIDENCE_BODY, event), "evidence follows the rename");
        });
        assertTrue(why.stream().anyMatch(l -> l.startsWith("linked 2 reports") && l.contains("choe")), why::toString);
    }

    @Test
    void twoMeetingsOfTheSamePeopleOnDifferentDaysStayTwo() {
        Report early = new Report("a1", "event/meeting-0001", "2025-09-03", "2025-09-02", "wang", "choe");
        Report late = new Report("a2", "event/meeting-0002", "2025-09-28", "2025-09-28", "wang", "choe");
        // undated, published the day after the second: only the second fits its two-week window
        Report undated = new Report("a3", "event/meeting-0003", "2025-09-29", null, "wang", "choe");
        DatasetGraph dsg = store(early, late, undated);
        List<String> why = link(dsg);

        assertNotEquals(assertedBy(dsg, early), assertedBy(dsg, late));
        assertEquals(assertedBy(dsg, late), assertedBy(dsg, undated));
        assertTrue(why.stream().anyMatch(l -> l.startsWith("kept apart") && l.contains("dates cannot agree")),
                why::toString);
    }

    @Test
    void anUndatedReportNeverBridgesTwoDatedMeetings() {
        Report early = new Report("a1", "event/meeting-0001", null, "2025-09-02", "wang", "choe");
        Report late = new Report("a2", "event/meeting-0002", null, "2025-09-28", "wang", "choe");
        Report undated = new Report("a3", "event/meeting-0003", null, null, "wang", "choe");
        DatasetGraph dsg = store(early, late, undated);
        link(dsg);

        assertNotEquals(assertedBy(dsg, early), assertedBy(dsg, late));
        Node u = assertedBy(dsg, undated);
        assertTrue(u.equals(assertedBy(dsg, early)) || u.equals(assertedBy(dsg, late)));
    }

    @Test
    void aMonthAndADayInThatMonthAgree() {
        Report month = new Report("a1", "event/meeting-0001", null, "2025-09", "xi", "kim");
        Report day = new Report("a2", "event/meeting-0002", null, "2025-09-04", "xi", "kim");
        Report otherMonth = new Report("a3", "event/meeting-0003", null, "2025-10", "xi", "kim");
        DatasetGraph dsg = store(month, day, otherMonth);
        link(dsg);

        assertEquals(assertedBy(dsg, month), assertedBy(dsg, day));
        assertNotEquals(assertedBy(dsg, month), assertedBy(dsg, otherMonth));
    }

    @Test
    void sharingOnePersonIsNotEnough() {
        Report xiKim = new Report("a1", "event/meeting-0001", null, "2025-09-03", "xi", "kim");
        Report xiPutin = new Report("a2", "event/meeting-0002", null, "2025-09-03", "xi", "putin");
        DatasetGraph dsg = store(xiKim, xiPutin);
        link(dsg);

        assertNotEquals(assertedBy(dsg, xiKim), assertedBy(dsg, xiPutin));
    }

    @Test
    void aLoneParticipantJoinsOnlyOnTheSameDay() {
        Report visit = new Report("a1", "event/meeting-0001", null, "2025-09-03", "kim");
        Report summit = new Report("a2", "event/meeting-0002", null, "2025-09-03", "kim", "xi");
        Report undatedVisit = new Report("a3", "event/meeting-0003", "2025-09-05", null, "kim");
        DatasetGraph dsg = store(visit, summit, undatedVisit);
        link(dsg);

        assertEquals(assertedBy(dsg, visit), assertedBy(dsg, summit));
        assertNotEquals(assertedBy(dsg, summit), assertedBy(dsg, undatedVisit));
    }

    @Test
    void aLoneSideLinksWhenOneReportsPlaceLiesInTheOthers() {
        Report inTheCity = new Report("a1", "event/attack-0001", "2025-03-02", "2025-03-01", "Asserted", List.of(),
                List.of("state/AAA"), List.of()).withPlace("place/eastport");
        Report inTheState = new Report("a2", "event/attack-0002", "2025-03-03", null, "Asserted", List.of(),
                List.of("state/AAA"), List.of()).withPlace("state/BBB");
        Report inAnotherState = new Report("a3", "event/attack-0003", "2025-03-03", null, "Asserted", List.of(),
                List.of("state/AAA"), List.of()).withPlace("state/CCC");
        DatasetGraph dsg = store(inTheCity, inTheState, inAnotherState);
        Txn.executeWrite(dsg, () -> dsg.add(inTheCity.graph(), uri("place/eastport"), DG.capitalOf.asNode(),
                uri("state/BBB")));
        link(dsg);

        assertEquals(assertedBy(dsg, inTheCity), assertedBy(dsg, inTheState));
        assertNotEquals(assertedBy(dsg, inTheCity), assertedBy(dsg, inAnotherState));
    }

    @Test
    void incidentsWithoutActorsLinkOnlyByPlaceAndDay() {
        Report dated = new Report("a1", "event/attack-0001", "2025-03-02", "2025-03-01").withPlace("place/oakland");
        Report undated = new Report("a2", "event/attack-0002", "2025-03-03", null).withPlace("place/oakland");
        Report elsewhere = new Report("a3", "event/attack-0003", null, "2025-03-01").withPlace("place/fresno");
        Report undatedOnly = new Report("a4", "event/attack-0004", "2025-03-20", null).withPlace("place/fresno");
        DatasetGraph dsg = store(dated, undated, elsewhere, undatedOnly);
        link(dsg);

        assertEquals(assertedBy(dsg, dated), assertedBy(dsg, undated));
        assertNotEquals(assertedBy(dsg, dated), assertedBy(dsg, elsewhere));
        assertNotEquals(assertedBy(dsg, elsewhere), assertedBy(dsg, undatedOnly), "no common day: Mar 1 vs Mar 6-20");
    }

    @Test
    void oneArticleTellingOfTwoMeetingsKeepsThem() {
        Report first = new Report("a1", "event/meeting-0001", null, "2025-09", "wang", "choe");
        Report second = new Report("a1", "event/meeting-0002", null, "2025-09-20", "wang", "choe", "lavrov");
        DatasetGraph dsg = store(first, second);
        link(dsg);

        assertNotEquals(assertedBy(dsg, first), assertedBy(dsg, second));
    }

    @Test
    void reversedDirectionIsAnotherEvent() {
        Report aCriticisesB = new Report("a1", "event/criticism-0001", null, "2025-09-03", "Asserted",
                List.of("us", "china"), List.of("us"), List.of("china"));
        Report bCriticisesA = new Report("a2", "event/criticism-0002", null, "2025-09-03", "Asserted",
                List.of("us", "china"), List.of("china"), List.of("us"));
        DatasetGraph dsg = store(aCriticisesB, bCriticisesA);
        link(dsg);

        assertNotEquals(assertedBy(dsg, aCriticisesB), assertedBy(dsg, bCriticisesA));
    }

    @Test
    void plansAndFactsNeverLink() {
        Report held = new Report("a1", "event/meeting-0001", null, "2025-10", "Asserted",
                List.of("xi", "trump"), List.of(), List.of());
        Report planned = new Report("a2", "event/meeting-0002", null, "2025-10", "Planned",
                List.of("xi", "trump"), List.of(), List.of());
        DatasetGraph dsg = store(held, planned);
        link(dsg);

        assertNotEquals(assertedBy(dsg, held), assertedBy(dsg, planned));
    }

    /** Linking after every article, as incremental builds do, ends where linking once over all of them does. */
    @Test
    void theResultDependsOnTheArticlesNotTheirOrder() {
        Report[] reports = {
            new Report("a1", "event/meeting-0004", "2025-09-29", null, "wang", "choe"),
            new Report("a2", "event/meeting-0003", "2025-09-28", "2025-09-28", "wang", "choe", "lavrov"),
            new Report("a3", "event/meeting-0002", "2025-09-03", "2025-09-02", "wang", "choe"),
            new Report("a4", "event/meeting-0001", "2025-09", "2025-09", "wang", "choe"),
        };
        DatasetGraph once = store(reports);
        link(once);

        DatasetGraph incremental = DatasetGraphFactory.createTxnMem();
        for (int i = reports.length - 1; i >= 0; i--) {
            Report r = reports[i];
            Txn.executeWrite(incremental, () -> r.addTo(incremental));
            link(incremental);
        }
        assertEquals(quads(once), quads(incremental));
        Set<Quad> before = quads(once);
        link(once);
        assertEquals(before, quads(once), "a second run changes nothing");
    }

    @Test
    void removingTheArticleThatJustifiedALinkUndoesIt() {
        Report dated = new Report("a1", "event/meeting-0001", null, "2025-09-28", "wang", "choe");
        Report more = new Report("a2", "event/meeting-0002", null, "2025-09-28", "wang", "choe", "lavrov");
        DatasetGraph dsg = store(dated, more);
        link(dsg);
        assertEquals(assertedBy(dsg, dated), assertedBy(dsg, more));
        Set<Quad> alone = quads(store(more));

        Txn.executeWrite(dsg, () -> dsg.removeGraph(dated.graph()));
        link(dsg);
        assertEquals(alone, quads(dsg), "the remaining article is back to what it reported");
    }

    @Test
    void aDayOnlyInferredFromTheArticleIsAsLooseAsNoDate() {
        Report inferred = new Report("a1", "event/meeting-0001", "2025-09-29", "2025-09-29", "wang", "choe");
        Report written = new Report("a2", "event/meeting-0002", "2025-09-28", "2025-09-27", "wang", "choe");
        DatasetGraph dsg = store(inferred, written);
        Txn.executeWrite(dsg, () -> dsg.add(inferred.graph(), inferred.event(), DG.dateInferred.asNode(),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        link(dsg);
        assertEquals(assertedBy(dsg, written), assertedBy(dsg, inferred));
    }

    @Test
    void aWrittenDayThatDiffersStillKeepsReportsApart() {
        Report monday = new Report("a1", "event/meeting-0001", "2025-09-29", "2025-09-29", "wang", "choe");
        Report saturday = new Report("a2", "event/meeting-0002", "2025-09-28", "2025-09-27", "wang", "choe");
        DatasetGraph dsg = store(monday, saturday);
        link(dsg);
        assertNotEquals(assertedBy(dsg, saturday), assertedBy(dsg, monday));
    }

    @Test
    void aNightMayBeTheDayBeforeInAnotherReport() {
        Report evening = new Report("a1", "event/attack-0001", "2025-09-28", "2025-09-27", "Asserted",
                List.of(), List.of("peru"), List.of("chile"));
        Report overnight = new Report("a2", "event/attack-0002", "2025-09-28", "2025-09-28", "Asserted",
                List.of(), List.of("peru"), List.of("chile"));
        DatasetGraph dsg = store(evening, overnight);
        link(dsg);
        assertNotEquals(assertedBy(dsg, evening), assertedBy(dsg, overnight), "a day written plainly is that day");
        dsg = store(evening, overnight);
        DatasetGraph named = dsg;
        Txn.executeWrite(named, () -> named.add(overnight.graph(), overnight.event(), DG.dateExpression.asNode(),
                NodeFactory.createLiteral("overnight")));
        link(dsg);
        assertEquals(assertedBy(dsg, evening), assertedBy(dsg, overnight));
    }

    @Test
    void theStateAVisitIsPaidToTakesPartInIt() {
        Report visit = new Report("a1", "event/meeting-0001", null, "2025-07-08", "Asserted",
                List.of("modi", "putin"), List.of("modi"), List.of("russia"));
        Report talks = new Report("a2", "event/meeting-0002", "2025-07-09", null, "Asserted",
                List.of("modi", "russia", "zelensky"), List.of(), List.of());
        DatasetGraph dsg = store(visit, talks);
        link(dsg);
        assertEquals(assertedBy(dsg, visit), assertedBy(dsg, talks));
    }

    /** "the president of X" as an article's role: a person serving a state. */
    private static void serves(DatasetGraph dsg, String article, String person, String state) {
        Node g = uri("article/" + article);
        Node role = uri("role/" + person + "/" + state);
        Txn.executeWrite(dsg, () -> {
            dsg.add(g, uri(person), RDF.type.asNode(), Schema.Person.asNode());
            dsg.add(g, uri(state), RDF.type.asNode(), Schema.Country.asNode());
            dsg.add(g, role, NodeFactory.createURI("http://www.w3.org/ns/org#member"), uri(person));
            dsg.add(g, role, NodeFactory.createURI("http://www.w3.org/ns/org#organization"), uri(state));
        });
    }

    @Test
    void leadersAndTheStatesTheyServeAreTheSameSides() {
        Report leaders = new Report("a1", "event/agreement-0001", null, "2025-05-02", "ana", "ben");
        Report states = new Report("a2", "event/agreement-0002", "2025-05-03", null, "aland", "borduria");
        DatasetGraph dsg = store(leaders, states);
        serves(dsg, "a1", "ana", "aland");
        serves(dsg, "a1", "ben", "borduria");
        link(dsg);
        assertEquals(assertedBy(dsg, leaders), assertedBy(dsg, states));
    }

    @Test
    void theSameStatesMetByOtherPeopleAreAnotherMeeting() {
        Report ministers = new Report("a1", "event/meeting-0001", "2025-05-03", null, "ana", "ben");
        Report leaders = new Report("a2", "event/meeting-0002", "2025-05-03", null, "cai", "dora");
        DatasetGraph dsg = store(ministers, leaders);
        serves(dsg, "a1", "ana", "aland");
        serves(dsg, "a1", "ben", "borduria");
        serves(dsg, "a2", "cai", "aland");
        serves(dsg, "a2", "dora", "borduria");
        link(dsg);
        assertNotEquals(assertedBy(dsg, ministers), assertedBy(dsg, leaders));
    }

    @Test
    void aReportThatReadsNoOneActingStillLinksWithOneThatDoes() {
        Report directed = new Report("a1", "event/criticism-0001", null, "2025-05-02", "Asserted",
                List.of(), List.of("aland"), List.of("borduria"));
        Report undirected = new Report("a2", "event/criticism-0002", null, "2025-05-02", "Asserted",
                List.of(), List.of(), List.of("aland", "borduria"));
        DatasetGraph dsg = store(directed, undirected);
        link(dsg);
        assertEquals(assertedBy(dsg, directed), assertedBy(dsg, undirected));
    }
}
