package org.diplograph.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a score rests on, printed with it so a surprising figure can be traced: how many gold documents had no
 * prediction line (scored as predicting nothing), how many predicted mentions do not match the gold text at their
 * offsets (the predictions were made on a different text), which predicted types the corpus cannot judge, and how
 * many predictions lay outside the parts of the text the annotators covered.
 */
public record Coverage(int documents, int documentsWithoutPrediction, int textMismatches,
                       Map<String, Integer> ignoredTypes, int outsideAnnotation) {
    public Coverage {
        ignoredTypes = Map.copyOf(new TreeMap<>(ignoredTypes));
    }

    public Coverage(int documents, int documentsWithoutPrediction, int textMismatches,
                    Map<String, Integer> ignoredTypes) {
        this(documents, documentsWithoutPrediction, textMismatches, ignoredTypes, 0);
    }
}
