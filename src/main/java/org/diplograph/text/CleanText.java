package org.diplograph.text;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with page furniture blanked out.
 *
 * <p>{@code text} has exactly the length of {@code article.text()}: removed characters become spaces
 * (newlines are kept), so every offset computed on the clean text is also an offset into the original,
 * which is what evidence must point at.
 */
public record CleanText(Article article, String text, List<CharSpan> removed, Dateline dateline) {
    public CleanText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        if (text.length() != article.text().length()) {
            throw new IllegalArgumentException("clean text must keep the original length");
        }
    }

    public boolean isRemoved(CharSpan span) {
        for (CharSpan r : removed) {
            if (r.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
