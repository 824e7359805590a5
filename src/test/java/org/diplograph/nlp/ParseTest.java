package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

class ParseTest {

    /** "Ruritania, Freedonia and Norvale met": the parser chains each conjunct under the one before. */
    @Test
    void conjunctsAreGatheredAlongTheirChain() {
        String[] words = {"Ruritania", ",", "Freedonia", "and", "Norvale", "met"};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], at, at + words[i].length(), "NNP", i, "PROPN"));
            at += words[i].length() + 1;
        }
        Sentence s = new Sentence(0, new CharSpan(0, at - 1), tokens);
        int[] heads = {5, 0, 0, 2, 2, Parse.ROOT};
        String[] labels = {"nsubj", "punct", "conj", "cc", "conj", "root"};
        Parse p = new Parse(s, heads, labels, words, new String[] {"NNP", ",", "NNP", "CC", "NNP", "VBD"});
        assertEquals(List.of(0, 2, 4), p.withConjuncts(List.of(0)));
        assertEquals(List.of(2, 4), p.withConjuncts(List.of(2)));
        assertEquals(List.of(5), p.withConjuncts(List.of(5)));
    }
}
