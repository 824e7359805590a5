package org.diplograph.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conclusions that need several articles, kept in their own named graph so every article graph stays
 * what that article said: an event reported "on Sunday" by articles without a date, and by another
 * article with one (a dateline), gets the date of that Sunday; an event some article dates in words gets that date
 * where other reports only inferred one. Recomputed from scratch after each
 * build, so it always matches the articles in the store.
 */
public final class Consolidator {

    private static final Logger LOG = LoggerFactory.getLogger(Consolidator.class);
    /** Reports further apart than this are not taken to share a week. */
    private static final int MAX_SPREAD_DAYS = 7;

    private static final String WEEKDAY_EVENTS = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?event ?expr (MIN(?pub) AS ?first) (MAX(?pub) AS ?last) WHERE {
              GRAPH ?g1 { ?event a dg:Event ; dg:dateExpression ?expr ; dg:modality dg:Asserted }
              FILTER(REGEX(?expr, "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"))
              GRAPH ?g2 { ?event a dg:Event . ?g2 schema:datePublished ?pub }
              FILTER NOT EXISTS { GRAPH ?g3 { ?event dg:eventDate ?resolved FILTER NOT EXISTS { ?event dg:dateInferred true } } }
            } GROUP BY ?event ?expr
            """;

    /** Events some article dates in words while another only infers a day: the written dates hold for all. */
    private static final String WRITTEN_OVER_INFERRED = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT DISTINCT ?event ?date WHERE {
              GRAPH ?g1 { ?event a dg:Event ; dg:eventDate ?date FILTER NOT EXISTS { ?event dg:dateInferred true } }
              GRAPH ?g2 { ?event dg:dateInferred true }
            }
            """;

    public static Node graphName(String base) {
        return NodeFactory.createURI(base + "graph/consolidated");
    }

    /** Replaces the consolidated graph with what the current articles support; returns the quads written. */
    public static int run(GraphStore store, String base) {
        return run(store, base, LOG::debug);
    }

    /**
     * Links reports of one event across articles ({@link EventLinker}), then replaces the consolidated graph and brings
     * the {@link Statistics} up to date, in one transaction: a killed run leaves the store as it was, and the next run
     * does it all again.
     */
    public static int run(GraphStore store, String base, java.util.function.Consumer<String> explain) {
        DatasetGraph dsg = store.storage();
        Node graph = graphName(base);
        return Txn.calculateWrite(dsg, () -> {
            EventLinker.link(dsg, explain);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            List<Quad> quads = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(WEEKDAY_EVENTS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    LocalDate first = LocalDate.parse(row.getLiteral("first").getLexicalForm());
                    LocalDate last = LocalDate.parse(row.getLiteral("last").getLexicalForm());
                    if (first.plusDays(MAX_SPREAD_DAYS).isBefore(last)) {
                        continue;
                    }
                    DayOfWeek day = DayOfWeek.valueOf(row.getLiteral("expr").getString().toUpperCase(Locale.ROOT));
                    int back = (first.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
                    Node date = NodeFactory.createLiteralDT(first.minusDays(back).toString(), XSDDatatype.XSDdate);
                    Node event = row.getResource("event").asNode();
                    quads.add(Quad.create(graph, event, DG.eventDate.asNode(), date));
                    quads.add(Quad.create(graph, event, Schema.startDate.asNode(), date));
                    LOG.debug("dated {} to {}: \"{}\" read against the earliest dated report, {}", event, date,
                            row.getLiteral("expr").getString(), first);
                }
            }
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
                    .query(WRITTEN_OVER_INFERRED).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Node event = row.getResource("event").asNode();
                    Node date = row.getLiteral("date").asNode();
                    quads.add(Quad.create(graph, event, DG.eventDate.asNode(), date));
                    if (XSDDatatype.XSDdate.getURI().equals(date.getLiteralDatatypeURI())) {
                        quads.add(Quad.create(graph, event, Schema.startDate.asNode(), date));
                    }
                }
            }
            quads.forEach(dsg::add);
            Statistics.refresh(dsg);
            return quads.size();
        });
    }

    private Consolidator() {
    }
}
