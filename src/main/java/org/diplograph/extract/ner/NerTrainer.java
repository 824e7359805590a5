package org.diplograph.extract.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the name finder on labelled texts. Texts are split and tokenised by the product's own
 * annotator, so training sees exactly the tokens the finder will see at run time; a name that does
 * not fall on token boundaries is dropped (and counted) rather than guessed.
 */
public final class NerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);
    static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    private final Annotator annotator;
    private final Cleaner cleaner = new Cleaner();
    private int dropped;
    private int kept;

    public NerTrainer(Annotator annotator) {
        this.annotator = annotator;
    }

    /** Sentences of one text as training samples; the first clears the finder's adaptive data. */
    public List<NameSample> samples(LabeledText labeled) {
        AnnotatedText at = annotator.annotate(cleaner.clean(
                new Article(labeled.id(), null, labeled.text(), null, null, null, labeled.id())));
        return samples(at, labeled.names(), s -> labeled.isAnnotated(s.span().start(), s.span().end()));
    }

    /** Samples from an already annotated text, keeping only the sentences {@code keep} accepts. */
    public List<NameSample> samples(AnnotatedText at, List<LabeledText.Name> names,
                                    java.util.function.Predicate<Sentence> keep) {
        List<NameSample> samples = new ArrayList<>();
        boolean first = true;
        for (Sentence s : at.sentences()) {
            if (!keep.test(s)) {
                continue;
            }
            List<Token> tokens = s.tokens();
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            List<Span> spans = new ArrayList<>();
            for (LabeledText.Name name : names) {
                if (!TYPES.contains(name.type()) || name.start() < s.span().start() || name.end() > s.span().end()) {
                    continue;
                }
                int from = -1;
                int to = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() == name.start()) {
                        from = i;
                    }
                    if (tokens.get(i).end() == name.end()) {
                        to = i + 1;
                    }
                }
                Span span = from >= 0 && to > from ? new Span(from, to, name.type()) : null;
                if (span != null && spans.stream().noneMatch(sp -> sp.intersects(span))) {
                    spans.add(span);
                    kept++;
                } else {
                    dropped++;
                }
            }
            spans.sort(null);
            samples.add(new NameSample(words, spans.toArray(new Span[0]), first));
            first = false;
        }
        return samples;
    }

    /**
     * @param featureDescriptor an OpenNLP feature-generator descriptor (XML), or null for OpenNLP's default features
     * @param resources         what the descriptor's {@code dict} attributes name (word clusters, dictionaries); they
     *                          are stored inside the model, which therefore needs nothing else at run time
     * @param algorithm         OpenNLP trainer type, "MAXENT" or "PERCEPTRON"
     * @param beam              how many label sequences the finder keeps while decoding a sentence (stored in the model)
     */
    public TokenNameFinderModel train(List<NameSample> samples, int iterations, int cutoff, byte[] featureDescriptor,
                                      java.util.Map<String, Object> resources, String algorithm, int beam)
            throws IOException {
        LOG.info("training on {} sentences ({} names kept, {} off token boundaries dropped)", samples.size(), kept, dropped);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 2);
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
        Iterator<NameSample> it = samples.iterator();
        ObjectStream<NameSample> stream = new ObjectStream<>() {
            private Iterator<NameSample> current = it;

            @Override
            public NameSample read() {
                return current.hasNext() ? current.next() : null;
            }

            @Override
            public void reset() {
                current = samples.iterator();
            }
        };
        NameModel.allowProjectFeatures();
        java.util.Map<String, Object> trained = new java.util.HashMap<>(resources);
        if (trained.containsValue(ContextProbe.UNTRAINED)) {
            ContextProbe probe = ContextProbe.train(samples);
            trained.replaceAll((name, resource) -> resource == ContextProbe.UNTRAINED ? probe : resource);
        }
        TokenNameFinderFactory factory = featureDescriptor == null ? new TokenNameFinderFactory()
                : TokenNameFinderFactory.create(null, featureDescriptor, trained,
                        new opennlp.tools.namefind.BioCodec());
        return NameFinderME.train("en", null, stream, params, factory);
    }

    public static void save(TokenNameFinderModel model, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
    }
}
