package org.diplograph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * The project's trained OpenNLP name finder (PER, ORG, LOC), shipped in the jar in two {@link Variant}s. The model is loaded once; each thread gets its own {@link NameFinderME}.
 * Trained by {@code ./diplograph train-ner}; see {@code src/main/resources/models/NOTICE.md}.
 */
public final class NameModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NameModel.class);

    /**
     * Which of the two shipped models: {@code ACCURATE} also reads each sentence through the context encoder
     * ({@link ContextEncoder}), which, with the label probe reading its vectors, adds about 4 times the cost of
     * the rest of a build (bench: 167 against 34 CPU-ms per article); {@code FAST} does not.
     */
    public enum Variant {
        ACCURATE("models/diplograph-ner-en.bin"),
        FAST("models/diplograph-ner-en-fast.bin");

        final String resource;

        Variant(String resource) {
            this.resource = resource;
        }
    }

    /** A name the model found: sentence-local token range [from, to) and its type (PER, ORG, LOC). */
    public record Found(int from, int to, String type, double probability) {
    }

    private final ThreadLocal<NameFinderME> finders;

    static {
        allowProjectFeatures();
    }

    /** Lets OpenNLP instantiate this package's feature generators named in a model's descriptor. */
    public static void allowProjectFeatures() {
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(NameModel.class.getPackageName());
    }

    public NameModel(TokenNameFinderModel model) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /**
     * The bundled model, or empty (with a warning) when the jar has none or its features cannot run here: the context
     * encoder's native runtime has no build for this platform.
     */
    public static Optional<NameModel> bundled(Variant variant) {
        try (InputStream in = NameModel.class.getClassLoader().getResourceAsStream(variant.resource)) {
            if (in == null) {
                return Optional.empty();
            }
            NameModel model = new NameModel(new TokenNameFinderModel(in));
            model.finders.get().find(new String[] {"Talks", "in", "Geneva", "."});
            model.startDocument();
            return Optional.of(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + variant.resource, e);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("name finder {} unavailable here: {}", variant, e.toString());
            return Optional.empty();
        }
    }

    public List<Found> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String[] words = sentence.modelWords();
        String[] universalTags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            universalTags[i] = tokens.get(i).upos();
        }
        NameFinderME finder = finders.get();
        Span[] spans = PosTags.supply(words, universalTags, () -> finder.find(words));
        double[] probs = finder.probs(spans);
        List<Found> found = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            found.add(new Found(spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probs[i]));
        }
        return found;
    }

    /** Articles are independent: forget the adaptive features learnt on the previous one. */
    public void startDocument() {
        finders.get().clearAdaptiveData();
    }
}
