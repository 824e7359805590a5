package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The topic or source each gold document belongs to, so names can be measured on text whose topic was never trained
 * or tuned on: a split by document leaves the same companies and people on both sides of it, a split by topic does not.
 *
 * <p>Groups: MEANTIME by its {@code corpus} field (the Wikinews topic: airbus, apple), re3d by its {@code source}
 * field (the publisher), every other corpus (wikigold, the hand-annotated news) as one group of its own, so wikigold's
 * encyclopaedia text is held out against news as a whole.
 *
 * @param groupOf document id to "corpus:group"
 */
public record Topics(Map<String, String> groupOf) {

    public Topics {
        groupOf = Map.copyOf(groupOf);
    }

    /** The groups of a corpus's documents, read from its file (MEANTIME and re3d) or the corpus as one group. */
    public static Topics of(Corpus corpus, Path dataDir, Gold gold) throws IOException {
        String field = switch (corpus) {
            case MEANTIME -> "corpus";
            case RE3D -> "source";
            default -> null;
        };
        Map<String, String> groups = new HashMap<>();
        if (field != null) {
            Jsonl.read(corpus.file(dataDir), rec -> groups.put(rec.path("doc_id").asText(),
                    corpus.key() + ":" + rec.path(field).asText("unknown")));
        }
        return whole(gold, groups);
    }

    /** Every document of {@code gold} in one group named after the corpus, unless {@code known} names its group. */
    public static Topics whole(Gold gold, Map<String, String> known) {
        Map<String, String> groups = new HashMap<>();
        for (EvalDoc d : gold.docs()) {
            groups.put(d.id(), known.getOrDefault(d.id(), gold.corpus()));
        }
        return new Topics(groups);
    }

    public String group(String docId) {
        return groupOf.getOrDefault(docId, "unknown");
    }

    /** The group names in name order. */
    public List<String> groups() {
        return new ArrayList<>(new TreeSet<>(groupOf.values()));
    }

    /** The documents of one group, with their gold. */
    public Gold restrict(Gold gold, String group) {
        return gold.restrict(id -> group.equals(group(id)));
    }
}
