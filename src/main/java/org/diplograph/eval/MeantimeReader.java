package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MEANTIME (NewsReader) JSONL. Gold names are the entity mentions whose syntactic type is NAM or PRE.NAM (a name used
 * as a premodifier, "US" in "US airtanker"): nominals and pronouns are not names. A mention's type is that of the
 * instance it refers to: PER, ORG, LOC as they are; PRO (products, "A380") and FIN (financial) as MISC. Names that
 * refer to no instance have no type and are left out. Nested names stay (MEANTIME marks both "Airbus" and "Airbus
 * parent EADS"), so a flat tagger cannot reach recall 1; {@link NerScorer} reports that ceiling.
 *
 * <p>MEANTIME's annotators covered every mention only in the title and the first sentences of each article; further
 * down they marked mentions of the few entities chained across documents and nothing else ("Boeing" is marked in
 * sentence 20, the analyst quoted beside it is not). A document's annotated region therefore ends with the last
 * sentence that carries a syntactic type (which only the full annotation sets), and never before sentence
 * {@value #FULLY_ANNOTATED_SENTENCES}; names found past it cannot be judged.
 */
public final class MeantimeReader implements GoldReader {

    private static final Logger LOG = LoggerFactory.getLogger(MeantimeReader.class);

    public static final Map<String, String> TYPES = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC",
            "PRO", "MISC", "FIN", "MISC");
    /** MEANTIME types nationality adjectives ("German", "European") as LOC. */
    public static final Map<String, String> PREDICTED = Map.of("NORP", "LOC");
    private static final Set<String> NAMES = Set.of("NAM", "PRE.NAM");
    /** Title, date line and the first four body sentences: the extent the MEANTIME guidelines annotate in full. */
    static final int FULLY_ANNOTATED_SENTENCES = 6;

    @Override
    public Gold read(Path file) throws IOException {
        List<EvalDoc> docs = new ArrayList<>();
        List<EntitySpan> names = new ArrayList<>();
        int[] untyped = new int[1];
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id");
            String text = Jsonl.required(rec, "text");
            docs.add(new EvalDoc(id, text, Jsonl.text(rec, "dct"), List.of(new Span(0, annotatedEnd(rec, text)))));
            Map<String, String> instanceType = new HashMap<>();
            for (JsonNode i : Jsonl.array(rec, "instances")) {
                instanceType.put(i.path("m_id").asText(), i.path("type").asText(null));
            }
            for (JsonNode m : Jsonl.array(rec, "mentions")) {
                if (!"entity".equals(m.path("kind").asText())
                        || !NAMES.contains(m.path("attrs").path("syntactic_type").asText())) {
                    continue;
                }
                String instance = instanceType.get(m.path("instance").asText());
                String type = instance == null ? null : TYPES.get(instance);
                if (type == null) {
                    untyped[0]++;
                    continue;
                }
                names.add(new EntitySpan(id, new Span(m.path("start").asInt(), m.path("end").asInt()), type));
            }
        });
        LOG.debug("meantime: {} names, {} names without a typed instance left out", names.size(), untyped[0]);
        return new Gold(Corpus.MEANTIME.key(), docs, Set.copyOf(TYPES.values()), PREDICTED, names, List.of(), List.of());
    }

    /** The end of the last fully annotated sentence, or the end of the text when the tokens do not say. */
    private static int annotatedEnd(JsonNode rec, String text) {
        int lastSentence = FULLY_ANNOTATED_SENTENCES - 1;
        for (JsonNode m : Jsonl.array(rec, "mentions")) {
            if (m.path("attrs").has("syntactic_type")) {
                lastSentence = Math.max(lastSentence, m.path("sid").asInt());
            }
        }
        int end = -1;
        for (JsonNode t : Jsonl.array(rec, "tokens")) {
            if (t.path("sid").asInt() <= lastSentence) {
                end = Math.max(end, t.path("end").asInt());
            }
        }
        return end < 0 ? Math.max(1, text.length()) : end;
    }
}
