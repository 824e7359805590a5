package org.diplograph.extract.facts;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * Two parties that communicated ("X met Y", "X spoke to Y", "X urged Y to ..."), each as the words naming it: a name,
 * a pronoun or a description ("senior officials"), since who spoke with whom is told of people the article does not
 * name as often as of those it does.
 *
 * @param first   the party that acts (the verb's subject)
 * @param second  the party addressed, met or hosted
 * @param cue     the lemma of the word that says they communicated ("meet", "talks")
 * @param trigger where that word is
 * @param mutual  whether both spoke with each other ("met", "talked"), not the first addressing the second ("urged")
 */
public record ContactFact(CharSpan first, CharSpan second, String cue, CharSpan trigger, boolean mutual,
                          Evidence evidence) {
    public ContactFact {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(evidence, "evidence");
    }
}
