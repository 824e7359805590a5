package org.diplograph.extract.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.diplograph.nlp.Nlp4j;

/**
 * The name labels (BILOU over OntoNotes types) NLP4J's own English name tagger gives a sentence, as features of the
 * token and its neighbours: a second opinion from a model trained on other text than ours.
 */
public final class Nlp4jNameTags implements AdaptiveFeatureGenerator {

    /** Training reads each sentence in every fold; at run time sentences do not repeat. */
    private static final Map<String, String[]> TRAINING_CACHE = new ConcurrentHashMap<>();
    private static volatile boolean caching;

    private String[] taggedTokens;
    private String[] tags;

    public static void cacheWhileTraining() {
        caching = true;
    }

    /** The tags of one sentence, remembered while training. */
    static String[] tag(String[] tokens) {
        String key = caching ? ContextEncoder.sentenceKey(tokens) : null;
        String[] tags = key == null ? null : TRAINING_CACHE.get(key);
        if (tags == null) {
            tags = Nlp4j.shared().nameTags(tokens);
            if (key != null) {
                TRAINING_CACHE.put(key, tags);
            }
        }
        return tags;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != taggedTokens) {
            tags = tag(tokens);
            taggedTokens = tokens;
        }
        String here = tags[index];
        features.add("nx=" + here);
        features.add("nxt=" + type(here));
        features.add("nxp=" + (index > 0 ? tags[index - 1] : "BOS"));
        features.add("nxn=" + (index + 1 < tags.length ? tags[index + 1] : "EOS"));
        features.add("nxw=" + here + "," + tokens[index].toLowerCase(java.util.Locale.ROOT));
    }

    private static String type(String tag) {
        return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    }

    /** Descriptor element: {@code <generator class="org.diplograph.extract.ner.Nlp4jNameTags$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new Nlp4jNameTags();
        }
    }
}
