package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench pages' queries ({@code web/q/*.rq}), filled in as the pages fill them, on the demo graph: each parses
 * once filled, and answers what its page shows.
 */
class PageQueriesTest {

    private static final Path DIR = Path.of("src/main/resources/web/q");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\b");
    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final Map<String, String> TERMS = Map.of(
            "text", "\"putin\"",
            "aliases", "",
            "actor", "<" + ID + "person/vladimir-putin>",
            "event", "<" + ID + "event/meeting-2901cc1be64a1d8f>",
            "article", "<" + ID + "article/02-geneva-summit-2021.txt>",
            "resource", "<" + ID + "state/USA>",
            "from", "\"2021-01-01\"",
            "to", "\"9999\"");

    private static GraphStore store;

    @BeforeAll
    static void fill() {
        store = DemoCorpus.memoryStore();
        Statistics.refresh(store); // as serve does at start
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The query as a page sends it: each $name replaced by its term (app.js bind()). */
    static String filled(String name) throws IOException {
        return filled(name, Map.of());
    }

    private static String filled(String name, Map<String, String> terms) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".rq"), StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String term = terms.getOrDefault(m.group(1), TERMS.getOrDefault(m.group(1), m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(term));
        }
        return m.appendTail(out).toString();
    }

    private static List<QuerySolution> run(String name) throws IOException {
        return run(name, Map.of());
    }

    private static List<QuerySolution> run(String name, Map<String, String> terms) throws IOException {
        Query q = QueryFactory.create(filled(name, terms));
        return Txn.calculateRead(store.queryView(), () -> {
            try (QueryExecution ex = QueryExecution.dataset(store.queryView()).query(q).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = ex.execSelect();
                rs.forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().filter(r -> r.contains(var)).map(r -> r.get(var).isLiteral()
                ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()).toList();
    }

    @Test
    void everyPageQueryParsesOnceFilledAndLeavesNoPlaceholder() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(DIR)) {
            names = files.map(p -> p.getFileName().toString().replace(".rq", "")).sorted().toList();
        }
        assertTrue(names.size() >= 15, names.toString());
        for (String name : names) {
            String text = filled(name);
            assertFalse(PLACEHOLDER.matcher(text).find(), name + " has a placeholder no page fills");
            QueryFactory.create(text);
        }
    }

    @Test
    void searchFindsTheActorBeforeTheEventsNamingIt() throws IOException {
        List<QuerySolution> rows = run("search");
        assertEquals(ID + "person/vladimir-putin", rows.get(0).get("hit").toString());
        assertTrue(rows.size() > 3, "events whose names contain the name");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.getLiteral("classes").getString().contains("#Event")));
    }

    @Test
    void searchFindsAnActorByTheRegistrysOtherNameThatNoArticleUsed() throws IOException {
        List<QuerySolution> rows = run("search", Map.of("text", "\"dprk\"", "aliases", "(\"state/PRK\" \"DPRK\")"));
        assertEquals(List.of(ID + "state/PRK"), column(rows, "hit"));
        assertEquals("North Korea", rows.get(0).getLiteral("name").getString());
        assertEquals("DPRK", rows.get(0).getLiteral("matched").getString());
        List<QuerySolution> both = run("search", Map.of("text", "\"korea\"",
                "aliases", "(\"state/PRK\" \"Democratic People's Republic of Korea\")"));
        assertEquals("North Korea", both.get(0).getLiteral("matched").getString(), "a stored name before the registry's");
    }

    @Test
    void actorQueriesAnswerItsEventsRolesStancesQuotesAndArticles() throws IOException {
        assertTrue(column(run("actor"), "value").contains("http://www.wikidata.org/entity/Q7747"));
        assertTrue(column(run("actor-events"), "event").contains(ID + "event/meeting-2901cc1be64a1d8f"));
        List<QuerySolution> roles = run("actor-roles");
        assertTrue(column(roles, "other").contains(ID + "state/RUS"));
        assertTrue(column(roles, "label").stream().allMatch("president"::equals), "no organisation he is not in");
        assertTrue(column(run("actor-stances"), "other").contains(ID + "state/USA"));
        List<QuerySolution> quotes = run("actor-quotes");
        assertTrue(column(quotes, "direction").containsAll(List.of("by", "about")));
        assertTrue(column(run("actor-coactors"), "other").contains(ID + "person/joe-biden"));
        assertEquals(3, run("actor-articles").size());
    }

    @Test
    void eventQueriesAnswerItsParticipantsAndEveryReportWithItsSentence() throws IOException {
        assertTrue(column(run("event"), "value").contains("https://w3id.org/diplograph/cameo/040"));
        List<QuerySolution> people = run("event-participants");
        assertEquals(3, people.size());
        List<QuerySolution> reports = run("event-reports");
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).getLiteral("sentence").getString().contains("Villa La Grange"));
        assertEquals("Villa La Grange", reports.get(0).getLiteral("placeName").getString());
        assertEquals(Set.of("180-186", "264-269"), Set.of(
                reports.get(0).getLiteral("triggers").getString().split(" ")), "summit, talks (in any order)");
        assertTrue(column(run("event-names"), "name").contains("Joe Biden"));
    }

    @Test
    void exploreQueriesAnswerTheDatedEventsOfTheView() throws IOException {
        String latest = column(run("explore-latest"), "latest").get(0);
        List<QuerySolution> events = run("explore-events");
        assertTrue(column(events, "event").contains(ID + "event/meeting-2901cc1be64a1d8f"));
        assertTrue(column(events, "date").stream().allMatch(d -> d.compareTo("2021") >= 0 && d.compareTo(latest) <= 0));
    }

    @Test
    void articleQueriesAnswerItsSentencesInTextOrder() throws IOException {
        assertEquals(1, run("article").size());
        List<String> starts = column(run("article-facts"), "start");
        List<Integer> positions = starts.stream().map(Integer::valueOf).toList();
        assertEquals(positions.stream().sorted().toList(), positions);
        assertFalse(run("article-mentions").isEmpty());
        assertTrue(column(run("resource"), "class").contains("https://w3id.org/diplograph/ontology#State"));
    }
}
