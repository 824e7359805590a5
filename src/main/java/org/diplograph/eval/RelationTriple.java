package org.diplograph.eval;

import java.util.Objects;

/** A relation or stance between two spans of one document, e.g. (Security Council, Likes, President Masum). */
public record RelationTriple(String docId, Span source, String type, Span target) {
    public RelationTriple {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("blank relation type in " + docId);
        }
    }
}
