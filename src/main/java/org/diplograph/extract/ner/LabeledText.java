package org.diplograph.extract.ner;

import java.util.List;
import java.util.Objects;

/**
 * A text with typed names marked by character offsets: gold annotation or silver labels.
 *
 * @param names spans with types PER, ORG or LOC; other types are ignored by training
 */
public record LabeledText(String id, String text, List<Name> names) {
    public LabeledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        names = List.copyOf(names);
    }

    /** A typed name at [start, end) of the text. */
    public record Name(int start, int end, String type) {
        public Name {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad name span [" + start + ", " + end + ")");
            }
        }
    }
}
