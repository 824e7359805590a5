package org.diplograph.extract;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * A stretch of an article's text that refers to an entity.
 *
 * @param span      character offsets into the article's original text
 * @param text      the surface text as written
 * @param entityKey the referent's key (registry key, or one minted from its full name)
 * @param label     the referent's full name
 * @param sentence  index of the sentence holding the mention
 * @param rule      which rule found it (registry, title, context, coref ...), for explanations and tests
 * @param stateKey  the state the rule tied the referent to (a capital's or a demonym's state, the state written
 *                  after a place, the state a place of rule {@link #REGION} or {@link #TOWN_IN_REGION} lies in), or null
 */
public record Mention(CharSpan span, String text, MentionType type, String entityKey, String label,
                      int sentence, String rule, String stateKey) implements Comparable<Mention> {

    /** The rule of a place that the text shows to be a region of {@code stateKey}, whatever else bears its name. */
    public static final String REGION = "region";
    /** The rule of a town named with the region of {@code stateKey} it lies in, whatever else bears its name. */
    public static final String TOWN_IN_REGION = "town-in-region";

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public int compareTo(Mention o) {
        return span.compareTo(o.span);
    }
}
