package org.diplograph.eval;

import com.google.common.hash.Hashing;
import org.diplograph.vocab.DataFiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.diplograph.vocab.Wikidata;

/**
 * Scores entity links on realnews-dev: each person, state and organisation its {@code gold.jsonl} lists for an
 * article, with the Wikidata item the project linked it to by hand ({@code eval/realnews-links.tsv}). The node of a
 * gold entity is found as the set's {@code score.py} finds it: a node of the same type in the article's graph whose
 * label matches one of the gold name's variants, by the same lenient rules (ported in {@link Namer}); the page's
 * publisher, when the text does not mention it, is not a candidate, and organisations exclude nodes labelled as a
 * state.
 *
 * <p>Per kind: items, items with a node, linked (a matching node has owl:sameAs to a Wikidata item), right (one of
 * them is the gold item). Recall is right over items whose gold has a QID; precision is right over linked items whose
 * gold is known (a QID or NIL, the latter meaning no item fits, so any link is wrong). Items marked NIL-UNVERIFIED
 * count in the first columns only.
 */
public final class RealnewsLinkScorer {

    /** The annotation bundled with the jar. */
    public static final String RESOURCE = "eval/realnews-links.tsv";
    public static final String NIL = "NIL";
    public static final String UNVERIFIED = "NIL-UNVERIFIED";
    /** Kinds as the annotation names them, keyed by gold.jsonl's field. */
    static final Map<String, String> LAYERS = Map.of("people", "person", "states", "state",
            "organisations", "organisation");
    static final List<String> KINDS = List.of("person", "organisation", "state");

    /** One annotated gold entity: its kind, a short label, and a QID, NIL or NIL-UNVERIFIED. */
    public record Annotation(String kind, String label, String qid) {
        boolean known() {
            return !qid.equals(UNVERIFIED);
        }

        boolean hasItem() {
            return qid.startsWith("Q");
        }
    }

    /** A gold entity of one article. */
    public record Item(String article, String kind, String name) {
    }

    /** An entity node of an article's graph, with the Wikidata items it is linked to. */
    public record GraphNode(String kind, String label, Set<String> qids) {
    }

    /** What the graph gave for a gold item. */
    public enum Outcome { NO_NODE, UNLINKED, WRONG, RIGHT }

    /**
     * The annotation file ({@link DataFiles} layout): kind, name key, a short label for people reading it, qid,
     * evidence. The key is {@link #nameKey} of the name as gold.jsonl writes it: the file carries no article's words.
     */
    public static Map<String, Annotation> readAnnotations(InputStream in) throws IOException {
        Map<String, Annotation> out = new LinkedHashMap<>();
        for (String[] c : DataFiles.rows(in, RESOURCE, 4)) {
            if (!(c[3].matches("Q[1-9][0-9]*") || c[3].equals(NIL) || c[3].equals(UNVERIFIED))) {
                throw new IOException("bad annotation line: " + String.join("\t", c));
            }
            out.put(key(c[0], c[1]), new Annotation(c[0], c[2], c[3]));
        }
        return out;
    }

    /** What the annotation file knows a gold name by: the first 12 hex digits of its UTF-8 SHA-256. */
    public static String nameKey(String name) {
        return Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 12);
    }

    public static Map<String, Annotation> bundledAnnotations() {
        try (InputStream in = RealnewsLinkScorer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the jar");
            }
            return readAnnotations(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String kind, String name) {
        return kind + "\t" + name;
    }

    /** gold.jsonl's entities, each once per article, and each article's gold people (the namer needs them). */
    public record GoldSet(List<Item> items, Map<String, List<String>> people) {
    }

    public static GoldSet readGold(Path goldJsonl) throws IOException {
        List<Item> items = new ArrayList<>();
        Map<String, List<String>> people = new LinkedHashMap<>();
        Jsonl.read(goldJsonl, rec -> {
            String id = Jsonl.required(rec, "id");
            Set<String> seen = new HashSet<>();
            List<String> names = new ArrayList<>();
            for (String layer : List.of("people", "states", "organisations")) {
                for (JsonNode g : Jsonl.array(rec, layer)) {
                    String name = g.isObject() ? g.path("name").asText() : g.asText();
                    if (layer.equals("people")) {
                        names.add(name);
                    }
                    if (seen.add(key(LAYERS.get(layer), name))) {
                        items.add(new Item(id, LAYERS.get(layer), name));
                    }
                }
            }
            people.put(id, names);
        });
        return new GoldSet(items, people);
    }

    private static final Pattern LEADING_ID = Pattern.compile("^(\\d{2})(?:[-_.]|$)");

    /**
     * The entity nodes of each article's graph, keyed by the two leading digits of the article id (as score.py ties
     * articles to gold), with the Wikidata items each node is linked to in any graph.
     */
    public static Map<String, List<GraphNode>> nodes(Dataset ds) {
        return Txn.calculateRead(ds, () -> collect(ds));
    }

    private static Map<String, List<GraphNode>> collect(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<Node, Set<String>> links = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(Wikidata.ENTITY)) {
                links.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>())
                        .add(q.getObject().getURI().substring(Wikidata.ENTITY.length()));
            }
        });
        Map<String, List<GraphNode>> out = new TreeMap<>();
        for (Iterator<String> it = ds.listNames(); it.hasNext(); ) {
            String g = it.next();
            int at = g.indexOf("/article/");
            if (at < 0) {
                continue;
            }
            Model m = ds.getNamedModel(g);
            Resource art = m.getResource(g);
            String aid = art.hasProperty(DG.articleId) ? art.getProperty(DG.articleId).getString()
                    : g.substring(at + "/article/".length());
            Matcher id = LEADING_ID.matcher(aid.substring(aid.lastIndexOf('/') + 1));
            if (!id.find()) {
                continue;
            }
            Set<RDFNode> onlyPublisher = new HashSet<>(m.listObjectsOfProperty(art, Schema.publisher).toList());
            onlyPublisher.removeAll(m.listObjectsOfProperty(art, Schema.mentions).toList());
            Map<String, Set<Resource>> typed = new LinkedHashMap<>();
            typed.put("person", typed(m, Schema.Person, onlyPublisher));
            typed.put("state", typed(m, Schema.Country, onlyPublisher));
            typed.put("organisation", typed(m, Schema.Organization, onlyPublisher));
            Set<String> stateLabels = new HashSet<>();
            typed.get("state").forEach(s -> stateLabels.add(label(m, s)));
            List<GraphNode> nodes = new ArrayList<>();
            typed.forEach((kind, set) -> {
                for (Resource r : set) {
                    String label = label(m, r);
                    if (kind.equals("organisation") && stateLabels.contains(label)) {
                        continue;
                    }
                    nodes.add(new GraphNode(kind, label, links.getOrDefault(r.asNode(), Set.of())));
                }
            });
            out.computeIfAbsent(id.group(1), k -> new ArrayList<>()).addAll(nodes);
        }
        return out;
    }

    private static Set<Resource> typed(Model m, Resource cls, Set<RDFNode> excluded) {
        Set<Resource> out = new LinkedHashSet<>(m.listSubjectsWithProperty(RDF.type, cls).toList());
        out.removeIf(excluded::contains);
        return out;
    }

    /** score.py's label: rdfs:label or schema:name, else the IRI's last segment. */
    private static String label(Model m, Resource r) {
        for (Statement st : m.listStatements(r, null, (RDFNode) null).toList()) {
            if ((st.getPredicate().equals(RDFS.label) || st.getPredicate().equals(Schema.name))
                    && st.getObject().isLiteral()) {
                return st.getString();
            }
        }
        String iri = r.getURI() == null ? "" : r.getURI().replaceAll("/+$", "");
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1).replace('-', ' ');
    }

    /** One scored gold item: the annotation, the outcome, and the matching nodes' labels and links. */
    public record Result(Item item, Annotation gold, Outcome outcome, List<String> labels, Set<String> linkedTo) {
    }

    /** Counts per kind: items, with a QID, NIL, unverified, node, linked, right, known-and-linked. */
    public record Report(Map<String, int[]> counts, List<Result> results) {
        static final int ITEMS = 0;
        static final int QID = 1;
        static final int NILS = 2;
        static final int UNKNOWN = 3;
        static final int NODE = 4;
        static final int LINKED = 5;
        static final int RIGHT = 6;
        static final int LINKED_KNOWN = 7;

        public int[] of(String kind) {
            return counts.getOrDefault(kind, new int[8]);
        }

        public double recall(String kind) {
            int[] c = of(kind);
            return c[QID] == 0 ? 0 : (double) c[RIGHT] / c[QID];
        }

        public double precision(String kind) {
            int[] c = of(kind);
            return c[LINKED_KNOWN] == 0 ? 0 : (double) c[RIGHT] / c[LINKED_KNOWN];
        }

        public String table(String heading) {
            StringBuilder sb = new StringBuilder(heading).append('\n');
            sb.append(String.format("%-16s %5s %5s %4s %6s %5s %6s %5s %7s %9s%n", "kind", "items", "qid", "nil",
                    "unver", "node", "linked", "right", "recall", "precision"));
            for (String kind : counts.keySet()) {
                int[] c = of(kind);
                sb.append(String.format("%-16s %5d %5d %4d %6d %5d %6d %5d %7.2f %9.2f%n", kind, c[ITEMS], c[QID],
                        c[NILS], c[UNKNOWN], c[NODE], c[LINKED], c[RIGHT], recall(kind), precision(kind)));
            }
            return sb.toString();
        }

        /**
         * Every item not linked right except a NIL left unlinked: outcome (LINKED_UNVERIFIED for a link whose gold
         * is unknown), article, kind, name, gold, labels of the matching nodes, their items.
         */
        public List<String> errors() {
            List<String> out = new ArrayList<>();
            for (Result r : results) {
                if (r.outcome() == Outcome.RIGHT || (r.gold().qid().equals(NIL) && r.outcome() != Outcome.WRONG)) {
                    continue;
                }
                boolean linked = r.outcome() == Outcome.WRONG || r.outcome() == Outcome.RIGHT;
                String outcome = linked && !r.gold().known() ? "LINKED_UNVERIFIED" : r.outcome().name();
                out.add(String.join("\t", outcome, r.item().article(), r.item().kind(), r.item().name(),
                        r.gold().qid(), String.join("|", r.labels()), String.join("|", r.linkedTo())));
            }
            return out;
        }
    }

    /**
     * Scores every gold item against the nodes of its article. An item whose name the annotation lacks is an error
     * of the annotation, not of the graph: it fails loudly.
     */
    public static Report score(GoldSet gold, Map<String, Annotation> annotations, Map<String, List<GraphNode>> graph) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : List.of("person", "organisation", "people+orgs", "state")) {
            counts.put(kind, new int[8]);
        }
        List<Result> results = new ArrayList<>();
        for (Item item : gold.items()) {
            Annotation a = annotations.get(key(item.kind(), nameKey(item.name())));
            if (a == null) {
                throw new IllegalArgumentException("no annotation for " + item.kind() + " '" + item.name()
                        + "' (article " + item.article() + ")");
            }
            Namer namer = new Namer(gold.people().getOrDefault(item.article(), List.of()));
            List<String> labels = new ArrayList<>();
            Set<String> linkedTo = new LinkedHashSet<>();
            for (GraphNode n : graph.getOrDefault(item.article(), List.of())) {
                if (n.kind().equals(item.kind()) && namer.match(item.name(), n.label(), item.kind().equals("person"))) {
                    labels.add(n.label());
                    linkedTo.addAll(n.qids());
                }
            }
            Outcome o = labels.isEmpty() ? Outcome.NO_NODE : linkedTo.isEmpty() ? Outcome.UNLINKED
                    : linkedTo.contains(a.qid()) ? Outcome.RIGHT : Outcome.WRONG;
            results.add(new Result(item, a, o, labels, linkedTo));
            List<String> kinds = item.kind().equals("state") ? List.of("state") : List.of(item.kind(), "people+orgs");
            for (String kind : kinds) {
                int[] c = counts.get(kind);
                c[Report.ITEMS]++;
                c[a.hasItem() ? Report.QID : a.known() ? Report.NILS : Report.UNKNOWN]++;
                c[Report.NODE] += o == Outcome.NO_NODE ? 0 : 1;
                boolean linked = o == Outcome.WRONG || o == Outcome.RIGHT;
                c[Report.LINKED] += linked ? 1 : 0;
                c[Report.LINKED_KNOWN] += linked && a.known() ? 1 : 0;
                c[Report.RIGHT] += o == Outcome.RIGHT ? 1 : 0;
            }
        }
        return new Report(counts, results);
    }

    /** score.py's name matching, in the context of one article's gold people (for one-word names and surnames). */
    static final class Namer {
        private static final Set<String> STOP = Set.of("the", "a", "an");
        private static final Set<String> ACRO_SKIP = Set.of("of", "and", "for", "on", "in", "to");
        private static final Pattern POSSESSIVE = Pattern.compile("[’'`´]s\\b");
        private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
        private final Map<String, Integer> counts = new HashMap<>();

        Namer(List<String> goldPeople) {
            for (String p : goldPeople) {
                Set<String> seen = new HashSet<>();
                for (String a : alternatives(p)) {
                    List<String> t = toks(a);
                    if (!t.isEmpty()) {
                        seen.add(t.get(0));
                        seen.add(t.get(t.size() - 1));
                    }
                }
                seen.forEach(w -> counts.merge(w, 1, Integer::sum));
            }
        }

        static List<String> alternatives(String name) {
            List<String> out = new ArrayList<>();
            for (String a : name.split("\\|")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
            return out;
        }

        static List<String> toks(String name) {
            String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            s = POSSESSIVE.matcher(s).replaceAll("").replace("isation", "ization");
            List<String> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (String w : NON_WORD.split(s)) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.length() == 1) { // "u s a" -> "usa"
                    run.append(w);
                    continue;
                }
                if (run.length() > 0) {
                    out.add(run.toString());
                    run.setLength(0);
                }
                out.add(w);
            }
            if (run.length() > 0) {
                out.add(run.toString());
            }
            while (!out.isEmpty() && STOP.contains(out.get(0))) {
                out.remove(0);
            }
            return out;
        }

        private static boolean acronym(List<String> shortName, List<String> longName) {
            if (shortName.size() != 1 || longName.size() < 2 || shortName.get(0).length() < 2) {
                return false;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : longName) {
                if (!ACRO_SKIP.contains(w)) {
                    initials.append(w.charAt(0));
                }
            }
            return shortName.get(0).contentEquals(initials);
        }

        private boolean unique(String word) {
            return counts.getOrDefault(word, 0) <= 1;
        }

        boolean match(String gold, String label, boolean person) {
            List<String> l = toks(label);
            if (l.isEmpty()) {
                return false;
            }
            for (String a : alternatives(gold)) {
                List<String> g = toks(a);
                if (g.isEmpty()) {
                    continue;
                }
                if (g.equals(l)) {
                    return true;
                }
                List<String> shortName = g.size() <= l.size() ? g : l;
                List<String> longName = g.size() <= l.size() ? l : g;
                if (acronym(shortName, longName)) {
                    return true;
                }
                String first = shortName.get(0);
                if (person && shortName.size() == 1 && first.equals(longName.get(0)) && unique(first)) {
                    return true;
                }
                if (longName.subList(longName.size() - shortName.size(), longName.size()).equals(shortName)) {
                    if (shortName.size() == 1 && person) {
                        if ((first.equals(longName.get(0)) || first.equals(longName.get(longName.size() - 1)))
                                && unique(first)) {
                            return true;
                        }
                        continue;
                    }
                    if (shortName.size() == 1 && first.length() < 3) {
                        continue;
                    }
                    return true;
                }
                String gl = g.get(g.size() - 1);
                if (person && g.size() > 1 && l.size() > 1 && gl.equals(l.get(l.size() - 1)) && gl.length() > 2
                        && unique(gl)) {
                    return true;
                }
            }
            return false;
        }
    }

    private RealnewsLinkScorer() {
    }
}
