package org.diplograph.eval;

import java.util.Objects;

/** A typed name mention, gold or predicted: the unit of NER scoring. */
public record EntitySpan(String docId, Span span, String type) {
    public EntitySpan {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("blank type at " + docId + ":" + span);
        }
    }

    public EntitySpan withType(String newType) {
        return new EntitySpan(docId, span, newType);
    }
}
