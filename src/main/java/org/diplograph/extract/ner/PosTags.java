package org.diplograph.extract.ner;

import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.diplograph.nlp.OpenNlpAnnotator;

/**
 * Universal part-of-speech tags of the token and its neighbours as name-finder features. The tagger is the
 * annotator's own model from its Maven Central jar, so nothing is stored in the name model; the tags of a sentence
 * are computed once and reused for each of its tokens.
 */
public final class PosTags implements AdaptiveFeatureGenerator {

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpAnnotator.posModel(), POSTagFormat.UD));

    private String[] taggedTokens;
    private String[] tags;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != taggedTokens) {
            tags = TAGGER.get().tag(tokens);
            taggedTokens = tokens;
        }
        features.add("pos=" + tags[index]);
        features.add("ppos=" + (index > 0 ? tags[index - 1] : "BOS"));
        features.add("npos=" + (index + 1 < tags.length ? tags[index + 1] : "EOS"));
        features.add("pos,w=" + tags[index] + "," + (index > 0 ? tags[index - 1] : "BOS"));
    }

    /** Descriptor element: {@code <generator class="org.diplograph.extract.ner.PosTags$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new PosTags();
        }
    }
}
