package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code diplograph mentions} groups event triggers across the documents of one run.
 *
 * <ul>
 * <li>{@code key} (default): the event node IRIs exactly as the graph mints them ({@link org.diplograph.rdf.EventKeys}:
 * family, the exact set of participants, month, modality).</li>
 * <li>{@code linked}: a proposed cross-article consolidation that the graph does not (yet) apply: event nodes of one
 * family and modality whose months agree (or one is unknown) are one event when they share a participant, or, for
 * incidents with no named participant, their place. Connected components, so links chain.</li>
 * <li>{@code surface}: an evaluation BASELINE, not a product rule: every trigger with the same word (lower case) in
 * the run is one event, whatever it is about.</li>
 * </ul>
 */
enum EventClusters {
    KEY, LINKED, SURFACE;

    static EventClusters parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--event-clusters " + s + ": key, linked or surface");
        }
    }

    /** Rewrites the "entity" of every event mention of {@code lines} (the mentions output) as this mode says. */
    void apply(List<ObjectNode> lines) {
        List<ObjectNode> events = new ArrayList<>();
        for (ObjectNode line : lines) {
            for (JsonNode m : line.path("mentions")) {
                if ("event".equals(m.path("kind").asText())) {
                    events.add((ObjectNode) m);
                }
            }
        }
        switch (this) {
            case KEY -> {
            }
            case SURFACE -> events.forEach(m -> m.put("entity",
                    "baseline:surface/" + m.path("text").asText().toLowerCase(Locale.ROOT)));
            case LINKED -> link(events);
        }
    }

    private static void link(List<ObjectNode> events) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> month = new HashMap<>();
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        for (ObjectNode m : events) {
            String node = m.path("entity").asText();
            parent.putIfAbsent(node, node);
            String date = m.path("date").asText("");
            month.merge(node, date.length() >= 7 ? date.substring(0, 7) : "", (a, b) -> a.isEmpty() ? b : a);
            String prefix = m.path("family").asText() + "|" + m.path("modality").asText() + "|";
            List<String> anchors = new ArrayList<>();
            m.path("participants").forEach(p -> anchors.add(prefix + p.asText()));
            if (anchors.isEmpty() && m.hasNonNull("place")) {
                anchors.add(prefix + "@" + m.get("place").asText());
            }
            for (String a : anchors) {
                List<String> b = buckets.computeIfAbsent(a, k -> new ArrayList<>());
                if (!b.contains(node)) {
                    b.add(node);
                }
            }
        }
        for (List<String> bucket : buckets.values()) {
            for (int i = 1; i < bucket.size(); i++) {
                for (int j = 0; j < i; j++) {
                    String mi = month.get(bucket.get(i));
                    String mj = month.get(bucket.get(j));
                    if (mi.isEmpty() || mj.isEmpty() || mi.equals(mj)) {
                        union(parent, bucket.get(i), bucket.get(j));
                        break;
                    }
                }
            }
        }
        events.forEach(m -> m.put("entity", find(parent, m.path("entity").asText())));
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller IRI names the cluster
            parent.put(rb.compareTo(ra) < 0 ? ra : rb, rb.compareTo(ra) < 0 ? rb : ra);
        }
    }
}
