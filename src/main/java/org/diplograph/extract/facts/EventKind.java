package org.diplograph.extract.facts;

import java.util.Objects;

/**
 * A kind of event: the project class (local name in the ontology), its CAMEO code and PLOVER category,
 * and whether it has a direction (source acts on target) or only attendees. Kinds that CAMEO does not code
 * (a death, a natural disaster, a dismissal: things that happen to actors rather than between them) have
 * neither code nor category.
 */
public record EventKind(String ontologyClass, String cameo, String plover, boolean directed) {
    public EventKind {
        Objects.requireNonNull(ontologyClass, "ontologyClass");
        if ((cameo == null) != (plover == null)) {
            throw new IllegalArgumentException("a CAMEO code and a PLOVER category go together: " + ontologyClass);
        }
    }

    /** Whether CAMEO (and so PLOVER) codes this kind. */
    public boolean coded() {
        return cameo != null;
    }

    /**
     * Violence, coercion and unrest: news reports these without naming anyone ("a shooting in Oakland",
     * "protests in Cairo"), so they are kept without named participants, identified by place and date.
     */
    public boolean incident() {
        return switch (family()) {
            case "assault", "attack", "arrest", "abduction", "deportation", "riot", "protest", "death", "disaster",
                 "election", "propertydestruction" -> true;
            default -> false;
        };
    }

    /** Events of one family can be reports of the same real event (a meeting, talks and a visit). */
    public String family() {
        return switch (ontologyClass) {
            case "Meeting", "Visit", "Summit" -> "meeting";
            // a shooting, a killing and an assassination can be reports of one violent incident
            case "Assault", "Killing", "Assassination" -> "assault";
            default -> ontologyClass.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
