package org.diplograph.eval;

import java.util.Objects;

/**
 * One mention as {@code diplograph mentions} writes it.
 *
 * @param text   the surface text the extractor saw, or null; used to catch predictions made on a different text
 * @param entity the entity IRI, or null; equal IRIs across documents form one predicted coreference cluster
 */
public record PredictedMention(String docId, Span span, String type, String text, String entity) {
    public PredictedMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }

    public EntitySpan asEntitySpan() {
        return new EntitySpan(docId, span, type);
    }
}
