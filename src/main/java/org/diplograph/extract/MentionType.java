package org.diplograph.extract;

import org.diplograph.registry.EntityKind;

/** What a stretch of text names. NORP ("Chinese") refers to a state but is not an entity of its own. */
public enum MentionType {
    PERSON("PER", EntityKind.PERSON),
    STATE("LOC", EntityKind.STATE),
    ORGANIZATION("ORG", EntityKind.ORGANIZATION),
    PLACE("LOC", EntityKind.PLACE),
    NORP("NORP", EntityKind.STATE);

    private final String nerLabel;
    private final EntityKind refersTo;

    MentionType(String nerLabel, EntityKind refersTo) {
        this.nerLabel = nerLabel;
        this.refersTo = refersTo;
    }

    /** The CoNLL/OntoNotes-style label used by the mentions output and the evaluation. */
    public String nerLabel() {
        return nerLabel;
    }

    /** The kind of entity the mention's referent is. */
    public EntityKind refersTo() {
        return refersTo;
    }
}
