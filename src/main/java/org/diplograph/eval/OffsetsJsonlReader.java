package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any JSONL gold with character offsets: {@code {"id", "text", "mentions": [{"start", "end", "type"}]}} (the shape
 * {@code mentions} writes, so one prediction file can be scored against another), also accepting {@code doc_id},
 * {@code entities} and {@code begin}. Types are taken as they are.
 */
public final class OffsetsJsonlReader implements GoldReader {

    private final String corpus;

    public OffsetsJsonlReader(String corpus) {
        this.corpus = corpus;
    }

    @Override
    public Gold read(Path file) throws IOException {
        List<EvalDoc> docs = new ArrayList<>();
        List<EntitySpan> names = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "id", "doc_id");
            docs.add(new EvalDoc(id, rec.path("text").asText(""), Jsonl.text(rec, "date", "dct")));
            for (JsonNode m : Jsonl.array(rec, "mentions", "entities")) {
                String type = Jsonl.required(m, "type");
                labels.add(type);
                names.add(new EntitySpan(id, new Span(Jsonl.integer(m, "start", "begin"), Jsonl.integer(m, "end")),
                        type));
            }
        });
        return new Gold(corpus, docs, labels, Map.of(), names, List.of(), List.of());
    }
}
