package org.diplograph.eval;

import java.util.Objects;

/**
 * A mention with the cluster it belongs to: a gold chain id, or for predictions the entity IRI (one IRI across
 * documents is one predicted cross-document cluster).
 *
 * @param kind "entity" or "event" (predictions are all "entity" for now)
 */
public record CorefMention(String docId, Span span, String kind, String cluster) {
    public CorefMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (cluster == null || cluster.isBlank()) {
            throw new IllegalArgumentException("blank cluster at " + docId + ":" + span);
        }
    }

    /** Identity of the mention for the coreference metrics: its document and span. */
    public String key() {
        return docId + "@" + span;
    }
}
