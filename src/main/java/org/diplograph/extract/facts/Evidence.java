package org.diplograph.extract.facts;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * Where a fact comes from: the sentence (offsets into the article's original text), the rule that
 * read it, and how much that rule is trusted.
 */
public record Evidence(int sentence, CharSpan span, String extractor, double confidence) {
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(extractor, "extractor");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
