package org.diplograph.nlp;

import org.diplograph.text.CharSpan;

/**
 * One token with a coarse Penn Treebank part-of-speech tag: the UD model's universal tags renamed
 * (NN, NNP, VB, JJ, IN, DT, PRP, CC, MD, POS, "." ...), so plural and tense are not marked.
 *
 * @param index position of the token in its article (0-based, across sentences)
 * @param upos  the universal tag the model gave (PROPN, NOUN, ...), which the name finder's features use
 */
public record Token(String text, int start, int end, String pos, int index, String upos) {

    public CharSpan span() {
        return new CharSpan(start, end);
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
