package org.diplograph.nlp;

import java.util.List;
import org.diplograph.text.CharSpan;

/** A sentence: its span in the original text and its tokens, in order. */
public record Sentence(int index, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** One string per distinct word sequence: what caches of sentences read by several components are keyed by. */
    public static String wordsKey(String... words) {
        return String.join("\u0001", words);
    }
}
