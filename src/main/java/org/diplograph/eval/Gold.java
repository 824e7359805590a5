package org.diplograph.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything one corpus says: its documents and whatever gold it has (names, relations, coreference chains).
 *
 * @param corpus          the split key ({@link Splits}); the corpus name, or the detected shape for a user's file
 * @param labels          the NER labels this corpus annotates, after mapping; predictions of other labels cannot be
 *                        judged against it
 * @param predictionTypes how our labels are read against this corpus's conventions (MEANTIME types "German" as LOC,
 *                        CoNLL as MISC, so NORP maps there); labels not in the map are taken as they are
 */
public record Gold(String corpus, List<EvalDoc> docs, Set<String> labels, Map<String, String> predictionTypes,
                   List<EntitySpan> entities, List<RelationTriple> relations, List<CorefMention> coref) {
    public Gold {
        Objects.requireNonNull(corpus, "corpus");
        docs = List.copyOf(docs);
        labels = Set.copyOf(labels);
        predictionTypes = Map.copyOf(predictionTypes);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        coref = List.copyOf(coref);
        Set<String> ids = new LinkedHashSet<>();
        for (EvalDoc d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate document id " + d.id() + " in " + corpus);
            }
        }
    }

    /** The documents of one split, with their gold; the split is decided per document, before any scoring. */
    public Gold restrict(Split split) {
        return restrict(id -> split.includes(corpus, id));
    }

    /** The documents whose ids {@code keep} accepts, with their gold. */
    public Gold restrict(Predicate<String> keep) {
        return new Gold(corpus, docs.stream().filter(d -> keep.test(d.id())).toList(), labels, predictionTypes,
                entities.stream().filter(e -> keep.test(e.docId())).toList(),
                relations.stream().filter(r -> keep.test(r.docId())).toList(),
                coref.stream().filter(c -> keep.test(c.docId())).toList());
    }

    /** A predicted label read with this corpus's conventions. */
    public String asCorpusLabel(String predictedType) {
        return predictionTypes.getOrDefault(predictedType, predictedType);
    }
}
