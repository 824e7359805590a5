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
 * are computed once and reused for each of its tokens. At run time the annotator has already tagged the sentence, and
 * {@link NameModel} hands those tags over ({@link #supply}) so the sentence is not tagged twice; training, which sees
 * only words, tags them here with the same model.
 */
public final class PosTags implements AdaptiveFeatureGenerator {

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpAnnotator.posModel(), POSTagFormat.UD));

    /** Tags already known for the token array being decoded on this thread (OpenNLP passes features only words). */
    private static final ThreadLocal<Supplied> SUPPLIED = new ThreadLocal<>();

    private record Supplied(String[] tokens, String[] tags) {
    }

    private String[] taggedTokens;
    private String[] tags;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != taggedTokens) {
            Supplied known = SUPPLIED.get();
            tags = known != null && known.tokens() == tokens ? known.tags() : TAGGER.get().tag(tokens);
            taggedTokens = tokens;
        }
        features.add("pos=" + tags[index]);
        features.add("ppos=" + (index > 0 ? tags[index - 1] : "BOS"));
        features.add("npos=" + (index + 1 < tags.length ? tags[index + 1] : "EOS"));
        features.add("pos,w=" + tags[index] + "," + (index > 0 ? tags[index - 1] : "BOS"));
    }

    /**
     * Runs {@code decode} with the universal tags of {@code tokens} known, so the features use them instead of tagging
     * again. Only this very array counts: any other is tagged as usual.
     */
    static <T> T supply(String[] tokens, String[] universalTags, java.util.function.Supplier<T> decode) {
        SUPPLIED.set(new Supplied(tokens, universalTags));
        try {
            return decode.get();
        } finally {
            SUPPLIED.remove();
        }
    }

    /** Descriptor element: {@code <generator class="org.diplograph.extract.ner.PosTags$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new PosTags();
        }
    }
}
