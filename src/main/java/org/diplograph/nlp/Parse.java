package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence's dependency tree: for each token (sentence-relative index) its head, relation, lemma and the parser's
 * own Penn tag. Relations are the parser's (CLEAR style: nsubj, nsubjpass, dobj, pobj, prep, agent, poss, compound,
 * conj, ccomp, xcomp, advcl, relcl, neg, aux ...). Immutable.
 */
public final class Parse {
    public static final int ROOT = -1;

    private final Sentence sentence;
    private final int[] heads;
    private final String[] labels;
    private final String[] lemmas;
    private final String[] tags;

    public Parse(Sentence sentence, int[] heads, String[] labels, String[] lemmas, String[] tags) {
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        int n = sentence.tokens().size();
        if (heads.length != n || labels.length != n || lemmas.length != n || tags.length != n) {
            throw new IllegalArgumentException("a parse needs one head, label, lemma and tag per token (" + n + ")");
        }
        for (int h : heads) {
            if (h != ROOT && (h < 0 || h >= n)) {
                throw new IllegalArgumentException("head out of the sentence: " + h);
            }
        }
        this.heads = heads.clone();
        this.labels = labels.clone();
        this.lemmas = lemmas.clone();
        this.tags = tags.clone();
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return heads.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The head of token i, or {@link #ROOT}. */
    public int head(int i) {
        return heads[i];
    }

    public String label(int i) {
        return labels[i];
    }

    public String lemma(int i) {
        return lemmas[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    public boolean isVerb(int i) {
        return tags[i].startsWith("VB") || tags[i].equals("MD");
    }

    public boolean isNoun(int i) {
        return tags[i].startsWith("NN");
    }

    /** Token i's dependents, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** Token i's dependents with one of these relations, in sentence order. */
    public List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == i && Arrays.asList(relations).contains(labels[k])) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether a is b or lies below it. */
    public boolean dominates(int b, int a) {
        for (int k = a, steps = 0; k != ROOT && steps <= heads.length; k = heads[k], steps++) {
            if (k == b) {
                return true;
            }
        }
        return false;
    }

    /** The tokens with their conjuncts, however the parser chains them ("X, Y and Z": Y under X, Z under Y). */
    public List<Integer> withConjuncts(List<Integer> tokens) {
        List<Integer> out = new ArrayList<>(tokens);
        for (int n = 0; n < out.size(); n++) {
            for (int c : children(out.get(n), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The tokens of i's subtree, in sentence order. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < heads.length; k++) {
            if (dominates(i, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The CoNLL-like rendering, one token a line: index, word, lemma, tag, head, relation (for logs and tests). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            sb.append(i).append('\t').append(token(i).text()).append('\t').append(lemmas[i]).append('\t')
                    .append(tags[i]).append('\t').append(heads[i]).append('\t').append(labels[i]).append('\n');
        }
        return sb.toString();
    }
}
