package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ECB+ documents JSONL. Each mention's {@code chain} is its cross-document cluster (singletons have a chain of their
 * own). Following the ECB+ authors' recommendation, only the sentences marked {@code selected} (the validated ones)
 * are scored: they become the document's annotated regions, and mentions elsewhere are dropped from the gold.
 */
public final class EcbPlusReader implements GoldReader {

    @Override
    public Gold read(Path file) throws IOException {
        List<EvalDoc> docs = new ArrayList<>();
        List<CorefMention> mentions = new ArrayList<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id");
            List<Span> selected = new ArrayList<>();
            for (JsonNode s : Jsonl.array(rec, "sentences")) {
                if (s.path("selected").asBoolean(false) && s.path("end").asInt() > s.path("start").asInt()) {
                    selected.add(new Span(s.path("start").asInt(), s.path("end").asInt()));
                }
            }
            EvalDoc doc = new EvalDoc(id, Jsonl.required(rec, "text"), null, selected);
            docs.add(doc);
            for (JsonNode m : Jsonl.array(rec, "mentions")) {
                Span span = new Span(m.path("start").asInt(), m.path("end").asInt());
                if (doc.isAnnotated(span)) {
                    mentions.add(new CorefMention(id, span, Jsonl.required(m, "kind"),
                            Jsonl.required(m, "chain", "instance_id")));
                }
            }
        });
        return new Gold(Corpus.ECBPLUS.key(), docs, Set.of(), Map.of(), List.of(), List.of(), mentions);
    }
}
