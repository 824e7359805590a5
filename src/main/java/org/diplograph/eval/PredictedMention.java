package org.diplograph.eval;

import java.util.Objects;

/**
 * One mention as {@code diplograph mentions} writes it.
 *
 * @param text   the surface text the extractor saw, or null; used to catch predictions made on a different text
 * @param entity the entity (or event) IRI, or null; equal IRIs across documents form one predicted coreference
 *               cluster
 * @param kind   "entity" (a name; the default when a line gives no kind) or "event" (an event's trigger word)
 */
public record PredictedMention(String docId, Span span, String type, String text, String entity, String kind) {
    public static final String ENTITY = "entity";
    public static final String EVENT = "event";

    public PredictedMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        kind = kind == null || kind.isBlank() ? ENTITY : kind;
    }

    /** An entity mention. */
    public PredictedMention(String docId, Span span, String type, String text, String entity) {
        this(docId, span, type, text, entity, ENTITY);
    }

    public boolean isEntity() {
        return ENTITY.equals(kind);
    }

    public EntitySpan asEntitySpan() {
        return new EntitySpan(docId, span, type);
    }
}
