package org.diplograph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.rdf.EventKeys;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;

/**
 * Links the reports of one real event across articles into one node: each article mints its own event nodes
 * ({@link EventKeys}), and here, over the whole store, reports are linked when
 * <ul>
 *   <li>they are of one family (a meeting, talks and a visit are one) and one modality;</li>
 *   <li>their sides overlap (a side is a state, or an actor serving none: a leader stands for the state he serves,
 *       by any article's roles or the registry's offices): two shared, or the only side of one report is among the
 *       other's and the two are dated to the same day or held in the same place (or one inside the other: a city and
 *       its state); reports naming no actor at all (an
 *       incident) need the same place and a report dated to the day;</li>
 *   <li>when both name people, they name one of them (the ministers' talks are not the leaders' summit);</li>
 *   <li>when both say who acts on whom, no side is the source in one and the target in the other, unless the two
 *       agree on another source or share day and place;</li>
 *   <li>their dates can be the same day: the periods their expressions allow (a day, a month, a year) overlap, and an
 *       undated report of something that happened (or one dated only by inference, {@code dg:dateInferred}) is taken
 *       to be from the two weeks before it was published (before its inferred day);</li>
 *   <li>no article would then report two of them (an article that tells of two meetings meant two meetings).</li>
 * </ul>
 * Linking is complete-link: a group holds only reports that are all date-compatible (for periods, a common day),
 * so an undated report never bridges two meetings on different days. The result depends only on the set of stored
 * articles, not on the order they came in: pairs are considered strongest first in a fixed order, and each group is
 * named by the smallest of its reports' own IRIs. A linked report is renamed in its article's graph, which records
 * the IRI it was reported under ({@code dg:reportedAs}), so the next run can undo a link an edited or removed article
 * no longer supports.
 */
public final class EventLinker {

    /** Reports whose dates miss each other by less than this are still compared, so the log says why they differ. */
    private static final int NEAR_MISS_DAYS = 62;

    /** One event node in one article graph, with what the linking rule reads. */
    record Report(Node graph, Node current, Node original, String family, Node modality, Set<Node> participants,
                  Set<Node> sources, Set<Node> targets, Set<Node> places, LocalDate from, LocalDate to,
                  boolean precise) {
    }

    /** One group of linked reports and the IRI it takes. */
    public record Link(Node event, List<Node> reports, List<Node> articles, String reason) {
    }

    private EventLinker() {
    }

    /**
     * Links a store's reports in a transaction of its own (what a build does before consolidating) and returns each
     * report IRI that now goes by another node's, with that node.
     */
    public static Map<String, String> linkAll(GraphStore store, Consumer<String> explain) {
        DatasetGraph dsg = store.storage();
        Map<String, String> renamed = new HashMap<>();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            link(dsg, explain);
            dsg.find(Node.ANY, Node.ANY, DG.reportedAs.asNode(), Node.ANY)
                    .forEachRemaining(q -> renamed.put(q.getObject().getURI(), q.getSubject().getURI()));
        });
        return renamed;
    }

    /** Links and renames inside the caller's write transaction; returns the groups of more than one report. */
    public static List<Link> link(DatasetGraph dsg, Consumer<String> explain) {
        List<Report> reports = read(dsg);
        Map<Node, Unit> units = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Report r : reports) {
            units.computeIfAbsent(r.original(), o -> new Unit(o)).add(r);
        }
        Actors actors = new Actors(dsg);
        units.values().forEach(u -> u.sides.addAll(actors.sides(u.participants)));
        List<Pair> pairs = candidatePairs(units.values(), actors, explain);
        Map<Unit, Group> groupOf = new HashMap<>();
        units.values().forEach(u -> groupOf.put(u, new Group(u)));
        for (Pair p : pairs) {
            Group a = groupOf.get(p.a);
            Group b = groupOf.get(p.b);
            if (a == b) {
                continue;
            }
            String refusal = a.refusal(b);
            if (refusal != null) {
                explain.accept("kept apart " + p.a.original.getURI() + " and " + p.b.original.getURI() + ": " + refusal);
                continue;
            }
            a.absorb(b, p.reason);
            b.members.forEach(u -> groupOf.put(u, a));
        }
        List<Link> links = new ArrayList<>();
        Set<Group> seen = new java.util.LinkedHashSet<>();
        for (Unit u : units.values()) {
            seen.add(groupOf.get(u));
        }
        for (Group g : seen) {
            Node canonical = g.members.stream().map(m -> m.original)
                    .min(Comparator.comparing(Node::getURI)).orElseThrow();
            for (Unit m : g.members) {
                for (Report r : m.reports) {
                    if (!r.current().equals(canonical)) {
                        rename(dsg, r, canonical);
                    }
                }
            }
            if (g.members.size() > 1) {
                List<Node> articles = g.members.stream().flatMap(m -> m.reports.stream()).map(Report::graph)
                        .distinct().sorted(Comparator.comparing(Node::getURI)).toList();
                Link link = new Link(canonical, g.members.stream().map(m -> m.original).toList(), articles,
                        String.join("; ", g.reasons));
                explain.accept("linked " + link.reports().size() + " reports into " + canonical.getURI() + " ("
                        + articles.size() + " articles): " + link.reason());
                links.add(link);
            }
        }
        return links;
    }

    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");

    /**
     * The states each person serves, by any article's roles ("the Ukrainian president") and the registry's offices:
     * what lets "Aliyev and Pashinyan signed" and "Azerbaijan and Armenia signed" be one report's sides.
     */
    static Map<Node, Set<Node>> statesOfPeople(DatasetGraph dsg) {
        Set<Node> countries = new java.util.HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Country.asNode())
                .forEachRemaining(q -> countries.add(q.getSubject()));
        Map<Node, Set<Node>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, ORG_MEMBER, Node.ANY).forEachRemaining(q -> {
            var orgs = dsg.find(q.getGraph(), q.getSubject(), ORG_ORGANIZATION, Node.ANY);
            orgs.forEachRemaining(o -> {
                if (countries.contains(o.getObject())) {
                    out.computeIfAbsent(q.getObject(), k -> new TreeSet<>(Comparator.comparing(Node::toString)))
                            .add(o.getObject());
                }
            });
        });
        dsg.find(Node.ANY, Node.ANY, DG.heldOffice.asNode(), Node.ANY).forEachRemaining(q ->
                dsg.find(Node.ANY, q.getObject(), DG.officeOf.asNode(), Node.ANY).forEachRemaining(o -> {
                    if (countries.contains(o.getObject())) {
                        out.computeIfAbsent(q.getSubject(), k -> new TreeSet<>(Comparator.comparing(Node::toString)))
                                .add(o.getObject());
                    }
                }));
        return out;
    }

    private static List<Report> read(DatasetGraph dsg) {
        List<Report> out = new ArrayList<>();
        Map<Node, LocalDate> published = new HashMap<>();
        var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), DG.Event.asNode());
        List<Quad> events = new ArrayList<>();
        it.forEachRemaining(events::add);
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
            LocalDate[] period = date == null ? null : period(date);
            if (period != null && first(dsg, g, e, DG.dateInferred.asNode()) != null) {
                // the day the article reports on, not a day written for the event: as loose as an undated report
                period = new LocalDate[] {period[0].minusDays(TimeValue.NEWS_REACH_DAYS), period[0]};
            }
            Node expression = first(dsg, g, e, DG.dateExpression.asNode());
            if (period != null && expression != null && expression.isLiteral()
                    && TimeValue.namesANight(expression.getLiteralLexicalForm())) {
                period = new LocalDate[] {period[0].minusDays(1), period[1]};
            }
            boolean precise = period != null && period[0].equals(period[1]);
            if (period == null) {
                LocalDate pub = published.computeIfAbsent(g, a -> publication(dsg, a));
                period = undated(modality, pub);
            }
            Set<Node> sources = objects(dsg, g, e, DG.sourceActor.asNode());
            Set<Node> targets = objects(dsg, g, e, DG.targetActor.asNode());
            // a state can be a visit's target while its leader is the attendee: both take part
            Set<Node> participants = objects(dsg, g, e, Schema.attendee.asNode());
            participants.addAll(sources);
            participants.addAll(targets);
            out.add(new Report(g, e, original, family, modality, participants, sources, targets,
                    objects(dsg, g, e, Schema.location.asNode()), period[0], period[1], precise));
        }
        return out;
    }

    /** What an undated report allows: something that happened did so shortly before the article; plans, later. */
    private static LocalDate[] undated(Node modality, LocalDate pub) {
        if (pub == null) {
            return new LocalDate[] {LocalDate.MIN, LocalDate.MAX};
        }
        if (DG.NS.concat("Asserted").equals(modality == null ? null : modality.getURI())) {
            return new LocalDate[] {pub.minusDays(TimeValue.NEWS_REACH_DAYS), pub};
        }
        return new LocalDate[] {pub.minusDays(1), LocalDate.MAX};
    }

    /** The days a date literal allows: one for xsd:date, a month for gYearMonth, a year for gYear. */
    static LocalDate[] period(Node literal) {
        return literal.isLiteral() ? TimeValue.days(literal.getLiteralLexicalForm()) : null;
    }

    private static LocalDate publication(DatasetGraph dsg, Node article) {
        Node pub = first(dsg, article, article, Schema.datePublished.asNode());
        LocalDate[] p = pub == null ? null : period(pub);
        return p == null ? null : p[0];
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Set<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** Pairs of reports of one family sharing a participant, strongest first, in an order fixed by their IRIs. */
    private static List<Pair> candidatePairs(java.util.Collection<Unit> units, Actors actors, Consumer<String> explain) {
        Map<String, List<Unit>> byActor = new TreeMap<>();
        for (Unit u : units) {
            // an incident with no named actor ("a shooting in Oakland") can only meet its match by place
            for (Node p : u.participants.isEmpty() ? u.places : u.sides) {
                String bucket = (u.participants.isEmpty() ? "@" : "") + p;
                byActor.computeIfAbsent(u.family + "|" + u.modality + "|" + bucket, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (List<Unit> sharing : byActor.values()) {
            // a sweep over start dates: reports far apart in time are never compared, so a busy actor (a state in
            // thousands of events) costs pairs only within each stretch of time, not all against all
            sharing.sort(Comparator.comparing((Unit u) -> u.from).thenComparing(u -> u.original.getURI()));
            for (int i = 0; i < sharing.size(); i++) {
                Unit a = sharing.get(i);
                LocalDate reach = a.to.isAfter(LocalDate.MAX.minusDays(NEAR_MISS_DAYS)) ? LocalDate.MAX
                        : a.to.plusDays(NEAR_MISS_DAYS);
                for (int j = i + 1; j < sharing.size() && !sharing.get(j).from.isAfter(reach); j++) {
                    Unit b = sharing.get(j);
                    boolean ordered = a.original.getURI().compareTo(b.original.getURI()) < 0;
                    Unit first = ordered ? a : b;
                    Unit second = ordered ? b : a;
                    String id = first.original.getURI() + " " + second.original.getURI();
                    if (!pairs.containsKey(id)) {
                        pairs.put(id, compatible(first, second, actors, explain));
                    }
                }
            }
        }
        List<Pair> out = new ArrayList<>(pairs.values().stream().filter(p -> p != null).toList());
        out.sort(Comparator.comparingInt((Pair p) -> -p.shared)
                .thenComparing(p -> p.a.original.getURI()).thenComparing(p -> p.b.original.getURI()));
        return out;
    }

    private static Pair compatible(Unit a, Unit b, Actors actors, Consumer<String> explain) {
        Set<Node> shared = new TreeSet<>(Comparator.comparing(Node::toString));
        shared.addAll(a.sides);
        shared.retainAll(b.sides);
        String names = shared.stream().map(EventLinker::local).toList().toString();
        boolean sameDay = a.precise && b.precise && a.from.equals(b.from);
        boolean samePlace = actors.samePlace(a.places, b.places);
        if (a.participants.isEmpty() && b.participants.isEmpty()) {
            // incidents without actors: the same place, dated to the day by at least one report
            if (!samePlace || !(a.precise || b.precise) || a.from.isAfter(b.to) || b.from.isAfter(a.to)) {
                return null;
            }
            return new Pair(a, b, 0, a.family + ", no named actors, same place "
                    + a.places.stream().map(EventLinker::local).toList() + ", dates compatible ("
                    + a.describeDate() + " / " + b.describeDate() + ")");
        }
        if (shared.size() < 2) {
            boolean loneSide = a.sides.size() == 1 || b.sides.size() == 1;
            if (shared.isEmpty() || !loneSide || !(sameDay || samePlace)) {
                return null;
            }
        }
        if (actors.peopleDisagree(a.participants, b.participants)) {
            explain.accept("kept apart " + a.original.getURI() + " and " + b.original.getURI() + ": both name people of "
                    + names + ", none the same");
            return null;
        }
        Set<Node> sourcesA = actors.sides(a.sources);
        Set<Node> sourcesB = actors.sides(b.sources);
        boolean directed = !a.sources.isEmpty() && !a.targets.isEmpty() && !b.sources.isEmpty() && !b.targets.isEmpty();
        boolean crossing = crossed(sourcesA, actors.sides(b.targets)) || crossed(sourcesB, actors.sides(a.targets));
        // A acting on B is not B acting on A, when both reports say who acts on whom; reports that agree on one who
        // acts, or where one names only who acts or only who is acted on, differ only in what they could read
        if (directed && crossing && !crossed(sourcesA, sourcesB) && !(sameDay && samePlace)) {
            explain.accept("kept apart " + a.original.getURI() + " and " + b.original.getURI()
                    + ": an actor is the source in one and the target in the other");
            return null;
        }
        if (a.from.isAfter(b.to) || b.from.isAfter(a.to)) {
            if (shared.size() >= 2) {
                explain.accept("kept apart " + a.original.getURI() + " and " + b.original.getURI() + ": shared "
                        + names + " but dates cannot agree (" + a.describeDate() + " vs " + b.describeDate() + ")");
            }
            return null;
        }
        String reason = a.family + ", shared sides " + names
                + (sameDay ? ", same day " + a.from : ", dates compatible (" + a.describeDate() + " / "
                + b.describeDate() + ")") + (samePlace ? ", same place" : "");
        return new Pair(a, b, shared.size(), reason);
    }

    /** Who the store's actors are: its people, and the states they serve. */
    private static final class Actors {
        final Map<Node, Set<Node>> statesOf;
        final Set<Node> people = new java.util.HashSet<>();
        /** The places a place lies in, as any article says: a capital's state, a city's region or state. */
        final Map<Node, Set<Node>> within = new HashMap<>();

        Actors(DatasetGraph dsg) {
            statesOf = statesOfPeople(dsg);
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.Person.asNode())
                    .forEachRemaining(q -> people.add(q.getSubject()));
            for (Node p : List.of(DG.capitalOf.asNode(), Schema.containedInPlace.asNode())) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) {
                        within.computeIfAbsent(q.getSubject(), k -> new java.util.HashSet<>()).add(q.getObject());
                    }
                });
            }
        }

        /**
         * Both reports give a place and they are one: the same places, or each place of one report lies in a place of
         * the other ("in Kyiv" and "in Ukraine").
         */
        boolean samePlace(Set<Node> a, Set<Node> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return false;
            }
            return a.equals(b) || allWithin(a, b) || allWithin(b, a);
        }

        private boolean allWithin(Set<Node> inner, Set<Node> outer) {
            return inner.stream().allMatch(p -> outer.contains(p)
                    || within.getOrDefault(p, Set.of()).stream().anyMatch(outer::contains));
        }

        /** A side is a state, or an actor serving none; a leader and his state are one side. */
        Set<Node> sides(Set<Node> actors) {
            Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
            for (Node n : actors) {
                out.addAll(statesOf.getOrDefault(n, Set.of(n)));
            }
            return out;
        }

        /** Both reports name people, and none the same: the ministers' talks are not the leaders' summit. */
        boolean peopleDisagree(Set<Node> a, Set<Node> b) {
            List<Node> inA = a.stream().filter(people::contains).toList();
            List<Node> inB = b.stream().filter(people::contains).toList();
            return !inA.isEmpty() && !inB.isEmpty() && inB.stream().noneMatch(inA::contains);
        }
    }

    private static boolean crossed(Set<Node> sources, Set<Node> targets) {
        for (Node s : sources) {
            if (targets.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String local(Node n) {
        String uri = n.isURI() ? n.getURI() : n.toString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * Renames a report's event node inside its own article graph (subject and object positions), recording the IRI
     * the article reported it under, or dropping that record when the report goes back to its own IRI.
     */
    private static void rename(DatasetGraph dsg, Report r, Node target) {
        Node g = r.graph();
        List<Quad> moved = new ArrayList<>();
        dsg.find(g, r.current(), Node.ANY, Node.ANY).forEachRemaining(moved::add);
        dsg.find(g, Node.ANY, Node.ANY, r.current()).forEachRemaining(moved::add);
        for (Quad q : moved) {
            dsg.delete(q);
        }
        for (Quad q : moved) {
            if (q.getPredicate().equals(DG.reportedAs.asNode())) {
                continue;
            }
            dsg.add(g, swap(q.getSubject(), r.current(), target), q.getPredicate(),
                    swap(q.getObject(), r.current(), target));
        }
        if (!target.equals(r.original())) {
            dsg.add(g, target, DG.reportedAs.asNode(), r.original());
        }
    }

    private static Node swap(Node n, Node from, Node to) {
        return n.equals(from) ? to : n;
    }

    /** The reports sharing one reported IRI (one exact key), across articles. */
    private static final class Unit {
        final Node original;
        final List<Report> reports = new ArrayList<>();
        String family;
        Node modality;
        final Set<Node> participants = new TreeSet<>(Comparator.comparing(Node::toString));
        final Set<Node> sources = new TreeSet<>(Comparator.comparing(Node::toString));
        final Set<Node> targets = new TreeSet<>(Comparator.comparing(Node::toString));
        final Set<Node> places = new TreeSet<>(Comparator.comparing(Node::toString));
        final Set<Node> sides = new TreeSet<>(Comparator.comparing(Node::toString));
        final Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        LocalDate from = LocalDate.MIN;
        LocalDate to = LocalDate.MAX;
        boolean precise;

        Unit(Node original) {
            this.original = original;
        }

        void add(Report r) {
            reports.add(r);
            family = r.family();
            modality = r.modality();
            participants.addAll(r.participants());
            sources.addAll(r.sources());
            targets.addAll(r.targets());
            places.addAll(r.places());
            graphs.add(r.graph());
            // reports under one key share their date when they have one; undated ones share their windows' hull
            if (reports.size() == 1) {
                from = r.from();
                to = r.to();
            } else {
                from = from.isBefore(r.from()) ? from : r.from();
                to = to.isAfter(r.to()) ? to : r.to();
            }
            precise = from.equals(to);
        }

        String describeDate() {
            if (from.equals(LocalDate.MIN)) {
                return "undated";
            }
            return from.equals(to) ? from.toString() : from + ".." + (to.equals(LocalDate.MAX) ? "" : to);
        }
    }

    private record Pair(Unit a, Unit b, int shared, String reason) {
    }

    /** Reports linked so far: every pair of them date-compatible, no two from one article. */
    private static final class Group {
        final List<Unit> members = new ArrayList<>();
        final Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        final List<String> reasons = new ArrayList<>();
        LocalDate from;
        LocalDate to;

        Group(Unit u) {
            members.add(u);
            graphs.addAll(u.graphs);
            from = u.from;
            to = u.to;
        }

        String refusal(Group other) {
            for (Node g : other.graphs) {
                if (graphs.contains(g)) {
                    return "one article (" + g.getURI() + ") would report both";
                }
            }
            LocalDate f = from.isAfter(other.from) ? from : other.from;
            LocalDate t = to.isBefore(other.to) ? to : other.to;
            if (f.isAfter(t)) {
                return "no single day fits every report's date";
            }
            return null;
        }

        void absorb(Group other, String reason) {
            members.addAll(other.members);
            graphs.addAll(other.graphs);
            reasons.add(reason);
            reasons.addAll(other.reasons);
            from = from.isAfter(other.from) ? from : other.from;
            to = to.isBefore(other.to) ? to : other.to;
        }
    }
}
