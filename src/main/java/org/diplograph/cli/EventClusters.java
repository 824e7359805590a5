package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code diplograph mentions} groups event triggers across the documents of one run.
 *
 * <ul>
 * <li>{@code graph} (default): as the store does: each document mints its own event nodes
 * ({@link org.diplograph.rdf.EventKeys}) and {@link org.diplograph.store.EventLinker} links reports of one event
 * across documents, so a mention carries the node the merged graph has.</li>
 * <li>{@code article}: each document's own event nodes, never linked across documents.</li>
 * <li>{@code surface}: an evaluation BASELINE, not a product rule: every trigger with the same word (lower case) in
 * the run is one event, whatever it is about.</li>
 * </ul>
 */
enum EventClusters {
    GRAPH, ARTICLE, SURFACE;

    static EventClusters parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--event-clusters " + s + ": graph, article or surface");
        }
    }

    /**
     * Rewrites the "entity" of every event mention of {@code lines} (the mentions output) as this mode says.
     *
     * @param linked each document's event IRI that the store linked to another node, with that node
     */
    void apply(List<ObjectNode> lines, Map<String, String> linked) {
        for (ObjectNode line : lines) {
            for (JsonNode m : line.path("mentions")) {
                if (!"event".equals(m.path("kind").asText())) {
                    continue;
                }
                ObjectNode event = (ObjectNode) m;
                switch (this) {
                    case ARTICLE -> {
                    }
                    case GRAPH -> event.put("entity", linked.getOrDefault(event.path("entity").asText(),
                            event.path("entity").asText()));
                    case SURFACE -> event.put("entity",
                            "baseline:surface/" + event.path("text").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
    }
}
