package org.diplograph.extract.facts;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * Who supports or opposes what.
 *
 * @param holderKey       the actor whose position it is (a state, organisation or person)
 * @param speakerKey      the person voicing it, when that is someone else than the holder; else null
 * @param targetKey       an entity key (state/…, org/…, person/…) or a concept key (concept/…)
 * @param holderSpan      where the sentence names the holder (or speaker), by name or by the pronoun standing for
 *                        it; null when only inferred
 * @param targetSpan      where the sentence names the target (an object pronoun's own span), null when only inferred
 * @param onBehalfOfKeys  the states whose position a person holder voices (the states they serve), else empty
 * @param cue             the lemma of the word that states the stance ("condemn", "support"), or null
 */
public record StanceFact(String holderKey, String speakerKey, Polarity polarity, String targetKey,
                         String targetLabel, CharSpan holderSpan, CharSpan targetSpan, Evidence evidence,
                         java.util.List<String> onBehalfOfKeys, String cue) {

    public enum Polarity { SUPPORTS, OPPOSES }

    /**
     * The holder of a stance the text names only as "I" or "we" outside any quotation (a statement's own voice): where
     * it is written is known, whose position it is is not, so the graph leaves such stances out and only the span
     * relations `mentions` writes keep them.
     */
    public static final String FIRST_PERSON = "unnamed/first-person";

    /** Whether the holder is an actor the graph has, not the unnamed voice of a statement. */
    public boolean hasNamedHolder() {
        return !holderKey.equals(FIRST_PERSON);
    }

    public StanceFact {
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(evidence, "evidence");
        onBehalfOfKeys = onBehalfOfKeys == null ? java.util.List.of() : java.util.List.copyOf(onBehalfOfKeys);
    }
}
