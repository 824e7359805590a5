package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each canned query of queries/ over the graph of the bundled demo articles returns the rows it should. */
class CannedQueriesTest {

    private static GraphStore store;

    @BeforeAll
    static void build() {
        store = DemoCorpus.memoryStore();
        Statistics.refresh(store); // as every build does
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> rows(String query) throws Exception {
        String sparql = Files.readString(Path.of("queries", query));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.queryView(), QueryRunner.parse(sparql), ResultFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    private static void assertRow(List<String> rows, String... parts) {
        assertTrue(rows.stream().anyMatch(r -> List.of(parts).stream().allMatch(r::contains)),
                "no row with " + List.of(parts) + " in\n" + String.join("\n", rows));
    }

    @Test
    void actorsListsPeopleWithTheirWikidataIds() throws Exception {
        assertRow(rows("actors.rq"), "\"Joe Biden\"", "\"person\"");
        assertRow(rows("actors.rq"), "\"Russia\"", "\"state\"", "\"Q159\"");
    }

    /** Pairs counted by actor, not by spelling: one row per pair, the most frequent first. */
    @Test
    void cooccurrenceCountsArticlesNamingBothActors() throws Exception {
        List<String> rows = rows("cooccurrence.rq");
        assertEquals("\"Russia\"\t\"United States\"\t5", rows.get(0));
        assertRow(rows, "\"Antony Blinken\"", "\"Vladimir Putin\"", "3");
        assertEquals(rows.size(), rows.stream().map(r -> r.substring(0, r.lastIndexOf('\t'))).distinct().count());
    }

    /** A month and a day in it agree; another day in another month does not. */
    @Test
    void datesConflictOnlyWhenNeitherContainsTheOther() throws Exception {
        String agree = """
                PREFIX schema: <http://schema.org/>
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                GRAPH <https://example.org/a1> { <https://example.org/e> a dg:Event ; schema:name "Talks" ;
                    dg:eventDate "2025-09"^^xsd:gYearMonth }
                GRAPH <https://example.org/a2> { <https://example.org/e> a dg:Event ; schema:name "Talks" ;
                    dg:eventDate "2025-09-04"^^xsd:date }
                """;
        assertEquals(List.of(), rowsOver(agree, "contradictions.rq"));
        String disagree = agree + """
                GRAPH <https://example.org/a3> { <https://example.org/e> a dg:Event ; schema:name "Talks" ;
                    dg:eventDate "2025-10-01"^^xsd:date }
                """;
        List<String> rows = rowsOver(disagree, "contradictions.rq");
        assertEquals(3, rows.size(), rows.toString());
        assertRow(rows, "2025-10-01", "<https://example.org/a3>");
    }

    private static List<String> rowsOver(String trig, String query) throws Exception {
        try (GraphStore store = org.diplograph.store.Stores.memory()) {
            org.apache.jena.system.Txn.executeWrite(store.storage(), () -> org.apache.jena.riot.RDFParser
                    .fromString(trig, org.apache.jena.riot.Lang.TRIG).parse(store.storage()));
            Statistics.refresh(store);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.run(store.queryView(), QueryRunner.parse(Files.readString(Path.of("queries", query))),
                    ResultFormat.TSV, out);
            return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }

    /** Three articles, two spellings: one row, with the spelling two of them use. */
    @Test
    void actorsListsEachActorOnceUnderItsCommonestSpelling() throws Exception {
        String trig = """
                PREFIX schema: <http://schema.org/>
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                GRAPH <https://example.org/a1> { <https://example.org/bush> a schema:Person ; schema:name "George W Bush" ; dg:mentionCount 3 }
                GRAPH <https://example.org/a2> { <https://example.org/bush> a schema:Person ; schema:name "George W. Bush" ; dg:mentionCount 1 }
                GRAPH <https://example.org/a3> { <https://example.org/bush> a schema:Person ; schema:name "George W. Bush" ; dg:mentionCount 2 }
                """;
        List<String> rows = rowsOver(trig, "actors.rq");
        assertEquals(1, rows.size(), rows.toString());
        assertRow(rows, "\"George W. Bush\"", "\"person\"", "6", "3");
    }

    @Test
    void meetingsHasTheGenevaSummitWithItsDate() throws Exception {
        List<String> rows = rows("meetings.rq");
        assertRow(rows, "\"Joe Biden\"", "2021-06-16");
        assertRow(rows, "\"Vladimir Putin\"", "2021-06-16");
    }

    @Test
    void eventsCarryCameoAndPlover() throws Exception {
        assertRow(rows("events.rq"), "\"040\"", "\"CONSULT\"", "\"Joe Biden\"");
    }

    @Test
    void rolesNameTheOfficeAndItsState() throws Exception {
        assertRow(rows("roles.rq"), "\"Antony Blinken\"", "\"secretary of state\"", "\"United States\"");
        assertRow(rows("roles.rq"), "\"Jens Stoltenberg\"", "\"North Atlantic Treaty Organization\"");
    }

    @Test
    void stancesHaveHolderPolarityAndConcept() throws Exception {
        assertRow(rows("stances.rq"), "\"United States\"", "\"opposes\"", "Taiwan independence", "\"Antony Blinken\"");
    }

    /** The contract's columns, and the channel and cue the issue of quotes and stances added. */
    @Test
    void quotesAndStancesCarryTheContractColumnsWithChannelAndCue() throws Exception {
        assertColumns("quotes.rq", "speaker", "speakerName", "quote", "article", "channelName", "cue");
        assertColumns("stances.rq", "holder", "holderName", "polarity", "target", "targetLabel", "sources",
                "channelName", "cue");
    }

    private static void assertColumns(String query, String... names) throws Exception {
        String sparql = Files.readString(Path.of("queries", query));
        List<String> vars = QueryRunner.parse(sparql).getResultVars();
        assertTrue(vars.containsAll(List.of(names)), query + " has " + vars + ", not all of " + List.of(names));
    }

    /** A stance takes the channel of a quotation by its speaker that covers its sentence, and no other. */
    @Test
    void stancesTakeTheChannelOfTheQuotationTheyWereVoicedIn() throws Exception {
        String trig = """
                PREFIX schema: <http://schema.org/>
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX ex: <https://example.org/>
                GRAPH ex:a1 {
                  ex:ann a schema:Person ; schema:name "Ann Lee" .
                  ex:wire a schema:Organization ; schema:name "Northwire" .
                  ex:s1 a dg:Stance ; dg:holder ex:ann ; dg:polarity dg:opposes ; dg:target ex:plan ; dg:cue "reject" ;
                      dg:evidence [ oa:hasTarget [ oa:hasSelector [ oa:start 100 ; oa:end 180 ] ] ] .
                  ex:s2 a dg:Stance ; dg:holder ex:ann ; dg:polarity dg:supports ; dg:target ex:talks ;
                      dg:evidence [ oa:hasTarget [ oa:hasSelector [ oa:start 400 ; oa:end 450 ] ] ] .
                  ex:q a dg:Quote ; dg:speaker ex:ann ; dg:channel ex:wire ; schema:text "we reject the plan" ;
                      dg:evidence [ oa:hasTarget [ oa:hasSelector [ oa:start 90 ; oa:end 200 ] ] ] .
                }
                """;
        List<String> rows = rowsOver(trig, "stances.rq");
        assertEquals(2, rows.size(), rows.toString());
        assertRow(rows, "\"opposes\"", "\"reject\"", "\"Northwire\"");
        assertTrue(rows.stream().filter(r -> r.contains("\"supports\"")).noneMatch(r -> r.contains("Northwire")),
                rows.toString());
    }

    @Test
    void quotesAreAttributedToTheirSpeakers() throws Exception {
        List<String> rows = rows("quotes.rq");
        assertRow(rows, "\"Barack Obama\"", "This deal is not built on trust");
        assertRow(rows, "\"Joe Biden\"", "I did what I came to do");
    }

    @Test
    void timelineOrdersDatedEvents() throws Exception {
        List<String> rows = rows("timeline.rq");
        assertRow(rows, "2018-06-12", "\"Donald Trump\"");
        int singapore = indexOf(rows, "2018-06-12");
        int geneva = indexOf(rows, "2021-06-16");
        assertTrue(singapore >= 0 && geneva > singapore, "timeline is not in date order");
    }

    private static int indexOf(List<String> rows, String s) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }
}
