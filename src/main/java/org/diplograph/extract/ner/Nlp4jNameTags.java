package org.diplograph.extract.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.nlp.Sentence;

/**
 * The name labels (BILOU over OntoNotes types) NLP4J's own English name tagger gives a sentence, as features of the
 * token and its neighbours: a second opinion from a model trained on other text than ours. With {@code clusters}, also
 * the Brown-cluster path prefixes NLP4J's lexicon gives the token and its neighbours (clustered on a far larger news
 * corpus than our Wikinews clusters: two car makers share a path though our clusters have never seen them).
 */
public final class Nlp4jNameTags implements AdaptiveFeatureGenerator {

    /** Training reads each sentence in every fold; at run time sentences do not repeat. */
    private static final Map<String, Nlp4j.NameReading> TRAINING_CACHE = new ConcurrentHashMap<>();
    private static volatile boolean caching;

    private final boolean clusters;
    private String[] taggedTokens;
    private Nlp4j.NameReading reading;

    Nlp4jNameTags(boolean clusters) {
        this.clusters = clusters;
    }

    public static void cacheWhileTraining() {
        caching = true;
    }

    /** What NLP4J reads of one sentence, remembered while training. */
    static Nlp4j.NameReading read(String[] tokens) {
        String key = caching ? Sentence.wordsKey(tokens) : null;
        Nlp4j.NameReading reading = key == null ? null : TRAINING_CACHE.get(key);
        if (reading == null) {
            reading = Nlp4j.shared().names(tokens);
            if (key != null) {
                TRAINING_CACHE.put(key, reading);
            }
        }
        return reading;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != taggedTokens) {
            reading = read(tokens);
            taggedTokens = tokens;
        }
        String[] tags = reading.tags();
        String here = tags[index];
        features.add("nx=" + here);
        features.add("nxt=" + type(here));
        features.add("nxp=" + (index > 0 ? tags[index - 1] : "BOS"));
        features.add("nxn=" + (index + 1 < tags.length ? tags[index + 1] : "EOS"));
        features.add("nxw=" + here + "," + tokens[index].toLowerCase(java.util.Locale.ROOT));
        if (clusters) {
            for (int offset = -1; offset <= 1; offset++) {
                int i = index + offset;
                if (i >= 0 && i < tokens.length) {
                    for (String path : reading.clusters()[i]) {
                        features.add("bc" + offset + "=" + path);
                    }
                }
            }
        }
    }

    private static String type(String tag) {
        return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    }

    /**
     * Descriptor element: {@code <generator class="org.diplograph.extract.ner.Nlp4jNameTags$Factory"/>}, with
     * {@code <bool name="clusters">true</bool>} for the Brown clusters too.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new Nlp4jNameTags(getBool("clusters", false));
        }
    }
}
