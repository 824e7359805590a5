package org.diplograph.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.EventReport;
import org.diplograph.rdf.EventReportCodec;
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

    private static final Pattern WEEKDAY = Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$");
    private static final String ASSERTED = DG.NS + "Asserted";

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
            Map<String, List<EventReport>> byEvent = new TreeMap<>();
            for (EventReport r : EventReportCodec.reports(dsg)) {
                byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r);
            }
            int written = 0;
            for (List<EventReport> reports : byEvent.values()) {
                for (Quad q : consolidate(graph, reports)) {
                    dsg.add(q);
                    written++;
                }
            }
            Statistics.refresh(dsg);
            return written;
        });
    }

    /**
     * What the consolidated graph says of one event, from all its reports (after linking, every report that goes by
     * the event's IRI): a weekday read against the earliest article that reports it, when no report writes a date and
     * the articles span a week at most; the dates reports write in words, where another report only inferred one.
     * The same for a local build and a Spark job.
     */
    public static List<Quad> consolidate(Node graph, List<EventReport> reports) {
        Set<Quad> quads = new LinkedHashSet<>();
        Node event = NodeFactory.createURI(reports.get(0).event());
        boolean written = reports.stream().anyMatch(r -> r.date() != null && !r.dateInferred());
        List<LocalDate> published = reports.stream().map(EventReport::published).filter(p -> p != null)
                .map(LocalDate::parse).sorted().toList();
        if (!written && !published.isEmpty()) {
            LocalDate first = published.get(0);
            LocalDate last = published.get(published.size() - 1);
            Set<String> weekdays = new TreeSet<>();
            reports.stream().filter(r -> ASSERTED.equals(r.modality()) && r.dateExpression() != null
                    && WEEKDAY.matcher(r.dateExpression()).matches()).forEach(r -> weekdays.add(r.dateExpression()));
            for (String expr : weekdays) {
                if (first.plusDays(MAX_SPREAD_DAYS).isBefore(last)) {
                    continue;
                }
                DayOfWeek day = DayOfWeek.valueOf(expr.toUpperCase(Locale.ROOT));
                int back = (first.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
                Node date = NodeFactory.createLiteralDT(first.minusDays(back).toString(), XSDDatatype.XSDdate);
                quads.add(Quad.create(graph, event, DG.eventDate.asNode(), date));
                quads.add(Quad.create(graph, event, Schema.startDate.asNode(), date));
                LOG.debug("dated {} to {}: \"{}\" read against the earliest dated report, {}", event, date, expr, first);
            }
        }
        if (reports.stream().anyMatch(EventReport::dateInferred)) {
            for (EventReport r : reports) {
                if (r.date() != null && !r.dateInferred()) {
                    Node date = NodeFactory.createLiteralDT(r.date(), NodeFactory.getType(r.dateType()));
                    quads.add(Quad.create(graph, event, DG.eventDate.asNode(), date));
                    if (XSDDatatype.XSDdate.getURI().equals(r.dateType())) {
                        quads.add(Quad.create(graph, event, Schema.startDate.asNode(), date));
                    }
                }
            }
        }
        return List.copyOf(quads);
    }

    private Consolidator() {
    }
}
