package org.diplograph.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold document as it is given to the extractor: the text is exactly the gold text, so predicted offsets and gold
 * offsets point into the same string.
 *
 * @param date      publication date (ISO) or null
 * @param annotated the parts of the text the annotators covered (ECB+ annotates selected sentences only); predictions
 *                  outside them cannot be judged and are left out of coreference scoring
 */
public record EvalDoc(String id, String text, String date, List<Span> annotated) {
    public EvalDoc {
        Objects.requireNonNull(text, "text");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("blank document id");
        }
        annotated = annotated == null ? List.of(new Span(0, Math.max(1, text.length()))) : List.copyOf(annotated);
    }

    public EvalDoc(String id, String text, String date) {
        this(id, text, date, null);
    }

    public boolean isAnnotated(Span span) {
        for (Span a : annotated) {
            if (a.start() <= span.start() && span.end() <= a.end()) {
                return true;
            }
        }
        return false;
    }
}
