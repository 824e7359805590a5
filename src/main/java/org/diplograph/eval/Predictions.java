package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A predictions file: the JSON lines of {@code diplograph mentions},
 * {@code {"id", "mentions": [{"start", "end", "type", "text", "entity", "wikidata", "rule", "kind"}]}} ({@code kind}
 * "entity", the default, or "event" for an event's trigger), optionally with
 * {@code "relations": [{"type", "source": {"start", "end"}, "target": {"start", "end"}}]} (re3d's flat
 * {@code source_begin}/{@code source_end}/… are read too, so a gold file can be scored as a prediction).
 *
 * @param mentions  per document id, in file order
 * @param relations per document id
 */
public record Predictions(Map<String, List<PredictedMention>> mentions, Map<String, List<RelationTriple>> relations) {
    public Predictions {
        mentions = Map.copyOf(mentions);
        relations = Map.copyOf(relations);
    }

    public static Predictions read(Path file) throws IOException {
        Map<String, List<PredictedMention>> mentions = new LinkedHashMap<>();
        Map<String, List<RelationTriple>> relations = new LinkedHashMap<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "id", "doc_id");
            List<PredictedMention> ms = new ArrayList<>();
            for (JsonNode m : Jsonl.array(rec, "mentions", "entities")) {
                ms.add(new PredictedMention(id, new Span(Jsonl.integer(m, "start", "begin"), Jsonl.integer(m, "end")),
                        Jsonl.required(m, "type"), Jsonl.text(m, "text", "value"), Jsonl.text(m, "entity"),
                        Jsonl.text(m, "kind")));
            }
            List<RelationTriple> rs = new ArrayList<>();
            for (JsonNode r : Jsonl.array(rec, "relations")) {
                rs.add(relation(id, r));
            }
            // a document predicted twice would be scored twice; refuse rather than guess which line wins
            if (mentions.put(id, List.copyOf(ms)) != null) {
                throw new IllegalArgumentException("document " + id + " appears twice");
            }
            relations.put(id, List.copyOf(rs));
        });
        return new Predictions(mentions, relations);
    }

    public List<PredictedMention> mentionsOf(String docId) {
        return mentions.getOrDefault(docId, List.of());
    }

    public List<RelationTriple> relationsOf(String docId) {
        return relations.getOrDefault(docId, List.of());
    }

    public boolean has(String docId) {
        return mentions.containsKey(docId);
    }

    static RelationTriple relation(String docId, JsonNode r) {
        Objects.requireNonNull(r);
        Span source = r.path("source").isObject()
                ? new Span(Jsonl.integer(r.get("source"), "start", "begin"), Jsonl.integer(r.get("source"), "end"))
                : new Span(Jsonl.integer(r, "source_begin", "source_start"), Jsonl.integer(r, "source_end"));
        Span target = r.path("target").isObject()
                ? new Span(Jsonl.integer(r.get("target"), "start", "begin"), Jsonl.integer(r.get("target"), "end"))
                : new Span(Jsonl.integer(r, "target_begin", "target_start"), Jsonl.integer(r, "target_end"));
        return new RelationTriple(docId, source, Jsonl.required(r, "type"), target);
    }
}
