package org.diplograph.nlp;

import java.util.List;
import org.diplograph.text.CharSpan;

/** A sentence: its span in the original text and its tokens, in order. */
public record Sentence(int index, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
