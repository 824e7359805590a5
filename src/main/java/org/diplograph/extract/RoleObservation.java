package org.diplograph.extract;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * A person's role as the article states it: "Chilean Foreign Minister Ana Ruiz" (title with a state),
 * "Dr. Tomas Berg, a trade expert at Eastport University" (appositive with an organisation).
 *
 * @param title  the role words as written, lower-cased ("foreign minister", "trade expert")
 * @param ofKey  the state or organisation the role belongs to, or null when the text names none
 * @param span   the text stating the role, for evidence
 */
public record RoleObservation(String personKey, String title, String ofKey, int sentence, CharSpan span) {
    public RoleObservation {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
    }
}
