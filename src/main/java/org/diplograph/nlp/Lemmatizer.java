package org.diplograph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas on demand, from OpenNLP's statistical lemmatizer (the Maven Central UD model).
 *
 * <p>Running the model on every token costs about seven times sentence splitting, tokenising and
 * tagging together, so rules ask only for the words they need, and answers are cached by
 * (word, tag): news vocabulary repeats, so the model runs once per distinct pair.
 */
public final class Lemmatizer {

    private static final String MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final int MAX_CACHE = 200_000;

    private final ThreadLocal<LemmatizerME> tools;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    public Lemmatizer() {
        LemmatizerModel model;
        try (InputStream in = Lemmatizer.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath");
            }
            model = new LemmatizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP lemmatizer model", e);
        }
        tools = ThreadLocal.withInitial(() -> new LemmatizerME(model));
    }

    /** The lemma of a token, lower-cased ("met"/VB → "meet"); the word itself when the model has none. */
    public String lemma(Token token) {
        String key = token.text() + '\u0000' + token.pos();
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String[] lemmas = tools.get().lemmatize(new String[] {token.text()}, new String[] {udTag(token.pos())});
        String lemma = lemmas.length == 0 || lemmas[0] == null || lemmas[0].equals("O")
                ? token.text().toLowerCase(Locale.ROOT) : lemmas[0].toLowerCase(Locale.ROOT);
        if (cache.size() < MAX_CACHE) {
            cache.put(key, lemma);
        }
        return lemma;
    }

    /** The lemmatizer model was trained on universal tags; ours are their coarse Penn renaming. */
    static String udTag(String penn) {
        if (penn.startsWith("NNP")) {
            return "PROPN";
        }
        if (penn.startsWith("NN")) {
            return "NOUN";
        }
        if (penn.startsWith("VB")) {
            return "VERB";
        }
        if (penn.equals("MD")) {
            return "AUX";
        }
        if (penn.startsWith("JJ")) {
            return "ADJ";
        }
        if (penn.startsWith("RB")) {
            return "ADV";
        }
        if (penn.startsWith("PRP")) {
            return "PRON";
        }
        return switch (penn) {
            case "DT" -> "DET";
            case "IN" -> "ADP";
            case "CC" -> "CCONJ";
            case "CD" -> "NUM";
            default -> "X";
        };
    }
}
