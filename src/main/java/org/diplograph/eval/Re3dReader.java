package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * re3d (Dstl) JSONL. Names: Person→PER, Organisation→ORG, Location→LOC, Nationality→NORP; the other types (Temporal,
 * Quantity, Money, Weapon, Vehicle, DocumentReference, …) are not names of actors and are dropped. re3d nests spans
 * ("Foreign Minister Ana Ruiz" and "Ana Ruiz"); all are kept. Relations and stances (Likes, Dislikes,
 * CommWith, FightingAgainst, AlliesOf, InChargeOf, …) are kept with their source and target spans, types as given.
 */
public final class Re3dReader implements GoldReader {

    public static final Map<String, String> TYPES = Map.of("Person", "PER", "Organisation", "ORG",
            "Location", "LOC", "Nationality", "NORP");

    @Override
    public Gold read(Path file) throws IOException {
        List<EvalDoc> docs = new ArrayList<>();
        List<EntitySpan> names = new ArrayList<>();
        List<RelationTriple> relations = new ArrayList<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id", "id");
            docs.add(new EvalDoc(id, Jsonl.required(rec, "text"), Jsonl.text(rec, "date")));
            for (JsonNode e : Jsonl.array(rec, "entities")) {
                String type = TYPES.get(e.path("type").asText());
                if (type != null) {
                    names.add(new EntitySpan(id, new Span(Jsonl.integer(e, "begin", "start"),
                            Jsonl.integer(e, "end")), type));
                }
            }
            for (JsonNode r : Jsonl.array(rec, "relations")) {
                relations.add(Predictions.relation(id, r));
            }
        });
        return new Gold(Corpus.RE3D.key(), docs, Set.copyOf(TYPES.values()), Map.of(), names, relations, List.of());
    }
}
