package org.diplograph.extract.facts;

import java.util.Objects;

/**
 * A kind of event: the project class (local name in the ontology), its CAMEO code and PLOVER category, whether it has
 * a direction (source acts on target) or only attendees, whether news reports it without naming anyone (an incident),
 * and its family. Kinds that CAMEO does not code (a death, a natural disaster, a dismissal: things that happen to
 * actors rather than between them) have neither code nor category. The kinds are data: {@link EventVocabulary}.
 *
 * @param incident violence, unrest, disasters and elections: news reports these without naming anyone ("a shooting in
 *                 Oakland"), so they are kept without named participants, identified by place and date
 * @param family   events of one family can be reports of the same real event (a meeting, talks and a visit)
 * @param militaryClass the class a report of this kind is when its words are military (aid of troops), or null
 * @param hasActors false when what the sentence names is where it happened, not who took part (an earthquake)
 * @param accidentClass the class a report of this kind is when it names an accident (killed in a crash), or null
 * @param hostileClass  the class a report of this kind is when what it commits to is violence (vowed to strike), or null
 * @param objectDeed    whose deed the event its object names is: others' (who calls for a truce or condemns a raid
 *                      takes no part in it), the subject's own to come (who pledges aid gives it, who threatens
 *                      sanctions would impose them), or nothing said
 * @param aimedClass    the class a report of this kind is when its verb aims it at an actor or a place (launched
 *                      missiles at X), or null
 */
public record EventKind(String ontologyClass, String cameo, String plover, boolean directed, boolean incident,
                        String family, String militaryClass, boolean hasActors, String accidentClass,
                        String hostileClass, ObjectDeed objectDeed, String aimedClass) {
    public EventKind {
        Objects.requireNonNull(ontologyClass, "ontologyClass");
        Objects.requireNonNull(family, "family");
        if ((cameo == null) != (plover == null)) {
            throw new IllegalArgumentException("a CAMEO code and a PLOVER category go together: " + ontologyClass);
        }
    }

    /** Whose deed is the event a kind's object names (event-classes.tsv, column "object"). */
    public enum ObjectDeed { NONE, OTHERS, OWN }

    /** Whether CAMEO (and so PLOVER) codes this kind. */
    public boolean coded() {
        return cameo != null;
    }
}
