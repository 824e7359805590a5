package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores entity links against MEANTIME's DBpedia links. Each gold item is one linked entity instance of a document
 * (PER, ORG or LOC) with the spans of its mentions; the system's answer for it is the entity its mentions resolved to
 * and the link that entity carries. An answer is judged by a {@link Judge}: MEANTIME names DBpedia pages, and no
 * table of DBpedia pages and Wikidata items was at hand offline, so the judge compares the page title with what the
 * linked item is called (see {@code cli.EvalLinkCommand}).
 *
 * <p>Counts per type: gold items, items with a node (some mention of theirs found as an entity), items linked, links
 * judged right; recall = right / gold, precision = right / linked.
 */
public final class LinkScorer {

    /** The instance types scored. */
    public static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    /** One linked instance of one document. */
    public record GoldLink(String docId, String topic, String type, String title, List<Span> spans) {
        public GoldLink {
            spans = List.copyOf(spans);
        }

        /** "Millbrook_(state)" → "Millbrook (state)"; percent escapes decoded. */
        public String readableTitle() {
            return readable(title);
        }
    }

    /** A MEANTIME document: what the pipeline reads. */
    public record Doc(String id, String topic, String text, String dct) {
    }

    /** What the system gave for one gold item. */
    public enum Outcome { NO_NODE, UNLINKED, WRONG, RIGHT }

    /**
     * The system's answer for a gold item: the entity found (or null), its link as text for the error list, and
     * what made the link ("registry", "knowledge base"; null when unlinked).
     */
    public record Answer(Outcome outcome, String entityLabel, String link, String source) {
    }

    /** Decides whether an entity's link is the page the gold names. */
    public interface Judge {
        Answer answer(GoldLink gold);
    }

    public record Data(List<Doc> docs, List<GoldLink> links) {
    }

    public static Data readMeantime(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<GoldLink> links = new ArrayList<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id");
            String topic = Jsonl.text(rec, "corpus");
            docs.add(new Doc(id, topic, Jsonl.required(rec, "text"), Jsonl.text(rec, "dct")));
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            for (JsonNode m : Jsonl.array(rec, "mentions")) {
                if ("entity".equals(m.path("kind").asText())) {
                    spans.computeIfAbsent(m.path("instance").asText(), k -> new ArrayList<>())
                            .add(new Span(m.path("start").asInt(), m.path("end").asInt()));
                }
            }
            for (JsonNode i : Jsonl.array(rec, "instances")) {
                String ref = i.path("external_ref").asText("");
                String type = i.path("type").asText("");
                if (!"entity".equals(i.path("kind").asText()) || ref.isEmpty() || !TYPES.contains(type)
                        || !spans.containsKey(i.path("m_id").asText())) {
                    continue;
                }
                links.add(new GoldLink(id, topic, type, ref.substring(ref.lastIndexOf('/') + 1),
                        spans.get(i.path("m_id").asText())));
            }
        });
        return new Data(docs, links);
    }

    static String readable(String title) {
        return URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ');
    }

    /**
     * Per type and overall: gold, with a node, linked, right; links made by the registry and by the knowledge base
     * (each: linked, right); and every item that was not right.
     */
    public record Report(Map<String, int[]> counts, Map<String, int[]> bySource, List<String> errors) {

        public String table(String heading) {
            StringBuilder sb = new StringBuilder(heading).append('\n');
            sb.append(String.format("%-6s %5s %6s %6s %6s %9s %9s %9s %9s%n", "type", "gold", "node", "linked",
                    "right", "coverage", "linked/g", "recall", "precision"));
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                sb.append(String.format("%-6s %5d %6d %6d %6d %9.2f %9.2f %9.2f %9.2f%n", e.getKey(), c[0], c[1], c[2],
                        c[3], ratio(c[1], c[0]), ratio(c[2], c[0]), ratio(c[3], c[0]), ratio(c[3], c[2])));
            }
            bySource.forEach((source, c) -> sb.append(String.format("links from the %s: %d, right %d (%.2f)%n",
                    source, c[0], c[1], ratio(c[1], c[0]))));
            return sb.toString();
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public static Report score(List<GoldLink> gold, Judge judge) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, int[]> bySource = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (GoldLink g : gold) {
            Answer a = judge.answer(g);
            if (a.source() != null) {
                int[] c = bySource.computeIfAbsent(a.source(), k -> new int[2]);
                c[0]++;
                c[1] += a.outcome() == Outcome.RIGHT ? 1 : 0;
            }
            for (String key : List.of(g.type(), "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                c[0]++;
                if (a.outcome() != Outcome.NO_NODE) {
                    c[1]++;
                }
                if (a.outcome() == Outcome.WRONG || a.outcome() == Outcome.RIGHT) {
                    c[2]++;
                }
                if (a.outcome() == Outcome.RIGHT) {
                    c[3]++;
                }
            }
            if (a.outcome() != Outcome.RIGHT) {
                errors.add(String.join("\t", a.outcome().name(), g.topic(), g.docId(), g.type(), g.readableTitle(),
                        a.entityLabel() == null ? "" : a.entityLabel(), a.link() == null ? "" : a.link()));
            }
        }
        return new Report(counts, bySource, errors);
    }

    private LinkScorer() {
    }
}
