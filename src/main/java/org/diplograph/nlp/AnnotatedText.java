package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.diplograph.text.CleanText;

/** A cleaned article split into sentences and POS-tagged tokens. */
public record AnnotatedText(CleanText clean, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** All tokens of the article in order; {@code tokens().get(t.index()) == t}. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return Collections.unmodifiableList(all);
    }

    public String text() {
        return clean.text();
    }
}
