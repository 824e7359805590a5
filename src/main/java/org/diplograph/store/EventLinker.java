package org.diplograph.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
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
import org.diplograph.extract.time.TimeValue;
import org.diplograph.rdf.ActorFacts;
import org.diplograph.rdf.EventKeys;
import org.diplograph.rdf.EventReport;
import org.diplograph.rdf.EventReportCodec;
import org.diplograph.vocab.DG;

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
        Decision decision = decide(EventReportCodec.reports(dsg), new Actors(EventReportCodec.actors(dsg)), explain);
        for (Rename r : decision.renames()) {
            rename(dsg, r);
        }
        return decision.links();
    }

    /**
     * A report that now goes by another IRI in its article graph.
     *
     * @param from     the IRI the graph uses now
     * @param to       the IRI it takes
     * @param original the IRI the article minted ({@code dg:reportedAs} records it when it differs from {@code to})
     */
    public record Rename(String graph, String from, String to, String original) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What linking decided: the groups of more than one report, and the renames that make each group one node. */
    public record Decision(List<Link> links, List<Rename> renames) {
    }

    /**
     * Decides which reports are one event, over records alone: what a local build does over its store, and a Spark
     * job over the records of one connected set of candidates ({@link #candidates}), with the same result for those
     * reports, since reports that are no candidates of each other never meet.
     */
    public static Decision decide(Collection<EventReport> records, Actors actors, Consumer<String> explain) {
        Map<Node, Unit> units = units(records, actors);
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
        List<Rename> renames = new ArrayList<>();
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
                        renames.add(new Rename(r.graph().getURI(), r.current().getURI(), canonical.getURI(),
                                r.original().getURI()));
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
        return new Decision(links, renames);
    }

    /** Two reports (by the IRIs their articles minted) that linking would weigh: a candidate pair. */
    public record Candidate(String a, String b) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The pairs of these reports that could be one event, by the linker's own blocking and test. A pair is found
     * among any set of reports that holds both, so a Spark job finds every pair within its blocks.
     */
    public static List<Candidate> candidates(Collection<EventReport> records, Actors actors) {
        return candidatePairs(units(records, actors).values(), actors, m -> { }).stream()
                .map(p -> new Candidate(p.a.original.getURI(), p.b.original.getURI())).toList();
    }

    /**
     * The blocking keys of the reports minted under one IRI (family, modality and a side, or a place for reports
     * without actors) and the days their dates allow: two reports are compared only when they share a key and the
     * later one starts by the earlier one's {@link #reach()}.
     */
    public record Block(List<String> keys, LocalDate from, LocalDate to) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Block {
            keys = List.copyOf(keys);
        }

        /** The last day a report starting later may start on and still be compared with this one. */
        public LocalDate reach() {
            return to.isAfter(LocalDate.MAX.minusDays(NEAR_MISS_DAYS)) ? LocalDate.MAX : to.plusDays(NEAR_MISS_DAYS);
        }
    }

    /** The block of the reports minted under one IRI (in a fresh build, one article's one report). */
    public static Block block(Collection<EventReport> sameIri, Actors actors) {
        Map<Node, Unit> units = units(sameIri, actors);
        if (units.size() != 1) {
            throw new IllegalArgumentException("reports of " + units.size() + " IRIs, not one: " + units.keySet());
        }
        Unit u = units.values().iterator().next();
        return new Block(u.blockingKeys(), u.from, u.to);
    }

    private static Map<Node, Unit> units(Collection<EventReport> records, Actors actors) {
        Map<Node, Unit> units = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (EventReport record : records) {
            Report r = report(record);
            units.computeIfAbsent(r.original(), Unit::new).add(r);
        }
        units.values().forEach(u -> u.sides.addAll(actors.sides(u.participants)));
        return units;
    }

    /** A record's values as the linking rule reads them: nodes, and the days its date allows. */
    private static Report report(EventReport r) {
        Node modality = r.modality() == null ? null : NodeFactory.createURI(r.modality());
        LocalDate[] period = r.date() == null ? null : TimeValue.days(r.date());
        if (period != null && r.dateInferred()) {
            // the day the article reports on, not a day written for the event: as loose as an undated report
            period = new LocalDate[] {period[0].minusDays(TimeValue.NEWS_REACH_DAYS), period[0]};
        }
        if (period != null && r.dateExpression() != null && TimeValue.namesANight(r.dateExpression())) {
            period = new LocalDate[] {period[0].minusDays(1), period[1]};
        }
        boolean precise = period != null && period[0].equals(period[1]);
        if (period == null) {
            LocalDate[] pub = r.published() == null ? null : TimeValue.days(r.published());
            period = undated(modality, pub == null ? null : pub[0]);
        }
        Set<Node> sources = nodes(r.sources());
        Set<Node> targets = nodes(r.targets());
        // a state can be a visit's target while its leader is the attendee: both take part
        Set<Node> participants = nodes(r.attendees());
        participants.addAll(sources);
        participants.addAll(targets);
        return new Report(NodeFactory.createURI(r.graph()), NodeFactory.createURI(r.event()),
                NodeFactory.createURI(r.reportedAs()), r.family(), modality, participants, sources, targets,
                nodes(r.places()), period[0], period[1], precise);
    }

    private static Set<Node> nodes(Collection<String> iris) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        iris.forEach(i -> out.add(NodeFactory.createURI(i)));
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

    /** Pairs of reports of one family sharing a participant, strongest first, in an order fixed by their IRIs. */
    private static List<Pair> candidatePairs(java.util.Collection<Unit> units, Actors actors, Consumer<String> explain) {
        Map<String, List<Unit>> byActor = new TreeMap<>();
        for (Unit u : units) {
            for (String key : u.blockingKeys()) {
                byActor.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (List<Unit> sharing : byActor.values()) {
            // a sweep over start dates: reports far apart in time are never compared, so a busy actor (a state in
            // thousands of events) costs pairs only within each stretch of time, not all against all
            sharing.sort(Comparator.comparing((Unit u) -> u.from).thenComparing(u -> u.original.getURI()));
            for (int i = 0; i < sharing.size(); i++) {
                Unit a = sharing.get(i);
                LocalDate reach = new Block(List.of(), a.from, a.to).reach();
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

    /**
     * Who the actors are, from the facts of all articles ({@link ActorFacts}): the people, and the states they serve.
     * Built once and shared by every decision (a Spark job broadcasts it).
     */
    public static final class Actors implements Serializable {
        private static final long serialVersionUID = 1L;
        /** What travels; the indexes below are rebuilt from it where it arrives. */
        private final ActorFacts facts;
        private transient Map<Node, Set<Node>> statesOf;
        private transient Set<Node> people;
        /** The places a place lies in, as any article says: a capital's state, a city's region or state. */
        private transient Map<Node, Set<Node>> within;

        public Actors(ActorFacts facts) {
            this.facts = facts;
            index();
        }

        private void index() {
            statesOf = new HashMap<>();
            people = new java.util.HashSet<>();
            within = new HashMap<>();
            facts.statesOfPeople().forEach((person, states) -> statesOf.put(NodeFactory.createURI(person),
                    nodes(states)));
            facts.people().forEach(p -> people.add(NodeFactory.createURI(p)));
            facts.within().forEach((place, in) -> within.put(NodeFactory.createURI(place),
                    new java.util.HashSet<>(nodes(in))));
        }

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            in.defaultReadObject();
            index();
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
    private static void rename(DatasetGraph dsg, Rename r) {
        Node g = NodeFactory.createURI(r.graph());
        Node current = NodeFactory.createURI(r.from());
        List<Quad> moved = new ArrayList<>();
        dsg.find(g, current, Node.ANY, Node.ANY).forEachRemaining(moved::add);
        dsg.find(g, Node.ANY, Node.ANY, current).forEachRemaining(moved::add);
        for (Quad q : moved) {
            dsg.delete(q);
        }
        for (Quad q : moved) {
            Quad renamed = renamed(q, r);
            if (renamed != null) {
                dsg.add(renamed);
            }
        }
        Quad record = reportedAs(r);
        if (record != null) {
            dsg.add(record);
        }
    }

    /**
     * One quad as it reads after a rename: the report's node swapped for the one it takes, and its old
     * {@code dg:reportedAs} record dropped (null); quads of other graphs and nodes as they are. With
     * {@link #reportedAs}, what a Spark job applies to the article quads it wrote before linking.
     */
    public static Quad renamed(Quad q, Rename r) {
        Node from = NodeFactory.createURI(r.from());
        if (!q.getGraph().isURI() || !q.getGraph().getURI().equals(r.graph())
                || !(q.getSubject().equals(from) || q.getObject().equals(from))) {
            return q;
        }
        if (q.getPredicate().equals(DG.reportedAs.asNode())) {
            return null;
        }
        Node to = NodeFactory.createURI(r.to());
        return Quad.create(q.getGraph(), swap(q.getSubject(), from, to), q.getPredicate(), swap(q.getObject(), from, to));
    }

    /** The record of the IRI a renamed report was minted under, or null when it takes that IRI back. */
    public static Quad reportedAs(Rename r) {
        return r.to().equals(r.original()) ? null : Quad.create(NodeFactory.createURI(r.graph()),
                NodeFactory.createURI(r.to()), DG.reportedAs.asNode(), NodeFactory.createURI(r.original()));
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

        List<String> blockingKeys() {
            List<String> keys = new ArrayList<>();
            // an incident with no named actor ("a shooting in Oakland") can only meet its match by place
            for (Node p : participants.isEmpty() ? places : sides) {
                String bucket = (participants.isEmpty() ? "@" : "") + p;
                keys.add(family + "|" + modality + "|" + bucket);
            }
            return keys;
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
