package org.diplograph.extract.ner;

import java.util.List;
import java.util.Objects;

/**
 * A text with typed names marked by character offsets: gold annotation or silver labels.
 *
 * @param names     spans with types PER, ORG or LOC; other types are ignored by training
 * @param annotated the parts of the text whose every name is marked (MEANTIME annotates only its opening
 *                  sentences); training keeps only the sentences inside them, since an unmarked name elsewhere
 *                  would teach the finder that it is not one. Empty means the whole text.
 */
public record LabeledText(String id, String text, List<Name> names, List<Name> annotated) {
    public LabeledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        names = List.copyOf(names);
        annotated = annotated == null ? List.of() : List.copyOf(annotated);
    }

    public LabeledText(String id, String text, List<Name> names) {
        this(id, text, names, List.of());
    }

    /** Whether [start, end) lies inside an annotated part. */
    public boolean isAnnotated(int start, int end) {
        if (annotated.isEmpty()) {
            return true;
        }
        for (Name a : annotated) {
            if (a.start() <= start && end <= a.end()) {
                return true;
            }
        }
        return false;
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
