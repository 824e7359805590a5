package org.diplograph.nlp;

import java.util.List;
import org.diplograph.text.CharSpan;

/** A sentence: its span in the original text and its tokens, in order. */
public record Sentence(int index, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /**
     * The words as the models read them: as written, or, in a sentence that shouts (a wire headline or dateline in
     * capitals), as news usually writes them ({@link Truecaser}).
     */
    public String[] modelWords() {
        return Truecaser.english().forms(words());
    }

    /** Whether the sentence is written in capitals, as a wire headline or dateline is. */
    public boolean shouts() {
        return Truecaser.shouting(words());
    }

    private String[] words() {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return words;
    }

    /** One string per distinct word sequence: what caches of sentences read by several components are keyed by. */
    public static String wordsKey(String... words) {
        return String.join("\u0001", words);
    }
}
