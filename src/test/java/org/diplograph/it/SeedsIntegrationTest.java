package org.diplograph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backbone's acceptance on the user's own example: the five seed reports of the 28 September 2025
 * Wang Yi – Choe Son Hui meeting. Skipped where ../shared is absent.
 */
class SeedsIntegrationTest {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static GraphStore store;
    private static BatchBuilder.Summary summary;
    /** name → [type, wikidata] from queries/actors.rq. */
    private static final Map<String, String[]> ACTORS = new HashMap<>();
    private static int actorRows;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds absent");
        JenaSystem.init();
        store = Stores.memory();
        summary = Diplograph.builder().threads(2).build().ingest(List.of(SEEDS), store, r -> { });
        String sparql = Files.readString(Path.of("queries/actors.rq"));
        Txn.executeRead(store.queryView(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.queryView()).query(QueryRunner.parse(sparql)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String name = row.getLiteral("name").getString();
                    assertFalse(ACTORS.containsKey(name), "actor listed twice: " + name);
                    ACTORS.put(name, new String[] {row.getLiteral("type").getString(),
                            row.contains("wikidata") ? row.getLiteral("wikidata").getString() : null});
                    actorRows++;
                }
            }
        });
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void allFiveArticlesAreRead() {
        assertEquals(5, summary.articles());
        assertEquals(0, summary.rejected());
    }

    @Test
    void peopleStatesAndOrganisationsAreListedOnceWithWikidataIds() {
        assertPerson("Wang Yi", null);
        assertPerson("Choe Son Hui", null);
        assertPerson("Xi Jinping", "Q15031");
        assertPerson("Kim Jong Un", "Q56226");
        assertPerson("Vladimir Putin", "Q7747");
        assertPerson("Sarah Kim", null);
        assertEquals("state", ACTORS.get("China")[0]);
        assertEquals("Q148", ACTORS.get("China")[1]);
        assertEquals("Q423", ACTORS.get("North Korea")[1]);
        assertEquals("Q30", ACTORS.get("United States")[1]);
        assertEquals("Q159", ACTORS.get("Russia")[1]);
        assertEquals("organisation", ACTORS.get("Korean Central News Agency")[0]);
        assertEquals("Q204839", ACTORS.get("Xinhua News Agency")[1]);
        assertEquals("organisation", ACTORS.get("Seoul National University")[0]);
        assertEquals(ACTORS.size(), actorRows);
    }

    @Test
    void capitalsAndAliasesAreNotActorsOfTheirOwn() {
        for (String notAnActor : List.of("Beijing", "Pyongyang", "DPRK", "KCNA", "Chinese", "North Korean", "Wang", "Kim")) {
            assertFalse(ACTORS.containsKey(notAnActor), notAnActor + " must not be an actor of its own");
        }
    }

    @Test
    void nothingFromTheAlsoReadTeasers() {
        for (String teaser : List.of("Charlie Kirk", "Modi", "BJP", "New Delhi", "Narendra Modi")) {
            assertFalse(ACTORS.containsKey(teaser), teaser + " comes from an 'Also Read' line");
        }
        assertTrue(ACTORS.keySet().stream().noneMatch(n -> n.contains("WhatsApp") || n.contains("Gallery")));
    }

    /** "Xi" after "Xi Jinping" is him, even where the name finder guessed a place; no person is named "Dw.*". */
    @Test
    void surnamesStayPeopleAndPeopleHaveNamesOfLetters() {
        String sparql = """
                PREFIX schema: <http://schema.org/>
                SELECT ?e ?n WHERE {
                  { ?e a schema:Place ; schema:name ?n FILTER(?n IN ("Xi", "Kim", "Wang", "Choe", "Putin")) }
                  UNION { ?e a schema:Person ; schema:name ?n FILTER(REGEX(?n, "[^\\\\p{L} .'’-]")) }
                }""";
        List<String> bad = new java.util.ArrayList<>();
        Txn.executeRead(store.queryView(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.queryView()).query(sparql).build()) {
                qe.execSelect().forEachRemaining(r -> bad.add(r.get("e") + " " + r.get("n")));
            }
        });
        assertEquals(List.of(), bad);
    }

    private static List<String> rows(String query) throws Exception {
        String sparql = Files.readString(Path.of("queries", query));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        QueryRunner.run(store.queryView(), QueryRunner.parse(sparql), org.diplograph.query.ResultFormat.TSV, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    private static void assertRow(List<String> rows, String... parts) {
        assertTrue(rows.stream().anyMatch(r -> List.of(parts).stream().allMatch(r::contains)),
                "no row with " + List.of(parts) + " in\n" + String.join("\n", rows));
    }

    @Test
    void theMinistersMeetingInBeijing() throws Exception {
        List<String> rows = rows("meetings.rq");
        assertRow(rows, "\"Meeting of ", "\"Beijing\"", "\"Wang Yi\"");
        assertRow(rows, "\"Meeting of ", "\"Beijing\"", "\"Choe Son Hui\"");
    }

    @Test
    void theParadeTheSummitAndTheMilitaryAid() throws Exception {
        List<String> rows = rows("events.rq");
        for (String leader : List.of("Xi Jinping", "Kim Jong Un", "Vladimir Putin")) {
            assertRow(rows, "\"150\"", "\"" + leader + "\"", "asserted");
        }
        assertRow(rows, "Meeting of Kim Jong Un, Xi Jinping", "\"Xi Jinping\"");
        assertRow(rows, "\"072\"", "\"North Korea\"");
        assertRow(rows, "\"150\"", "\"North Korea\"", "\"planned\"");
    }

    @Test
    void rolesOfTheMinistersLeadersAndTheExpert() throws Exception {
        List<String> rows = rows("roles.rq");
        assertRow(rows, "\"Wang Yi\"", "\"foreign minister\"", "\"China\"");
        assertRow(rows, "\"Choe Son Hui\"", "\"foreign minister\"", "\"North Korea\"");
        assertRow(rows, "\"Xi Jinping\"", "\"president\"", "\"China\"");
        assertRow(rows, "\"Vladimir Putin\"", "\"president\"", "\"Russia\"");
        assertRow(rows, "\"Kim Jong Un\"", "\"leader\"", "\"North Korea\"");
        assertRow(rows, "\"Sarah Kim\"", "expert", "\"Seoul National University\"");
    }

    @Test
    void stancesOnHegemonismUnilateralismAndTheInitiative() throws Exception {
        List<String> rows = rows("stances.rq");
        assertRow(rows, "\"China\"", "\"opposes\"", "hegemonism");
        assertRow(rows, "\"North Korea\"", "\"opposes\"", "unilateralism");
        assertRow(rows, "\"North Korea\"", "\"opposes\"", "power politics");
        assertRow(rows, "\"North Korea\"", "\"supports\"", "Global Governance Initiative");
    }

    @Test
    void oneMeetingNodeReportedByAllFiveArticles() throws Exception {
        assertRow(rows("meetings.rq"), "\"Meeting of Choe Son Hui, Wang Yi\"", "\"Beijing\"", "\t5");
        // "on Sunday" in three reports, read against the dateline (29 September 2025) of another
        assertRow(rows("meetings.rq"), "\"Meeting of Choe Son Hui, Wang Yi\"", "2025-09-28");
    }

    @Test
    void theParadeContradictionNamesBothPlacesAndTheirArticles() throws Exception {
        List<String> rows = rows("contradictions.rq");
        assertRow(rows, "Military parade", "\"Beijing\"", "002_53a223d58a8d3c17.txt");
        assertRow(rows, "Military parade", "\"Pyongyang\"", "003_7e3ab535f3572c5d.txt");
    }

    @Test
    void provenanceGivesTheSentenceAndOffsetsForTheMeeting() throws Exception {
        List<String> rows = rows("provenance.rq").stream().filter(r -> r.contains("Meeting of Choe Son Hui, Wang Yi")).toList();
        assertTrue(rows.size() >= 5, String.join("\n", rows));
        assertRow(rows, "004_960503cf82013e56.txt", "in Beijing");
    }

    @Test
    void quotesByWangYiAndChoeSonHui() throws Exception {
        List<String> rows = rows("quotes.rq");
        assertRow(rows, "\"Wang Yi\"", "China is willing to strengthen coordination");
        assertRow(rows, "\"Choe Son Hui\"", "North Korea strongly supports these initiatives");
    }

    private static void assertPerson(String name, String qid) {
        String[] row = ACTORS.get(name);
        assertTrue(row != null, name + " missing from actors.rq; got " + ACTORS.keySet());
        assertEquals("person", row[0], name);
        assertEquals(qid, row[1], name + " wikidata");
    }
}
