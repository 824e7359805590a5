package org.diplograph.nlp;

import com.google.common.hash.Hashing;
import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.dep.DEPParser;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.ner.NERTagger;
import edu.emory.mathcs.nlp.component.pos.POSTagger;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.template.util.NLPFlag;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import edu.emory.mathcs.nlp.learning.util.WeightVector;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emory NLP4J's tagger, name tagger and dependency parser over our tokens. It tags with its own model: fed OpenNLP's
 * coarse tags its parser loses about ten points of attachment accuracy. The name tagger (OntoNotes types, without
 * the 185 MB of word embeddings its full configuration reads) is a second opinion the project's name finder weighs
 * as features. The models are loaded once per process, in the background from the first {@link #shared()} call, and
 * shared by all threads: the decoder keeps no state between sentences.
 */
public final class Nlp4j implements DependencyParser {
    private static final Logger LOG = LoggerFactory.getLogger(Nlp4j.class);
    private static final String CONFIG = "/nlp4j/decode-en.xml";
    /** Longer "sentences" are lists or unsplit furniture; their trees are poor and cost quadratic time. */
    static final int MAX_TOKENS = 120;

    private static final Object LOCK = new Object();
    private static CompletableFuture<NLPDecoder> loading;

    private final CompletableFuture<NLPDecoder> decoder;

    private Nlp4j(CompletableFuture<NLPDecoder> decoder) {
        this.decoder = decoder;
    }

    /** The process's NLP4J models; they start loading now if they are not loaded yet. */
    public static Nlp4j shared() {
        synchronized (LOCK) {
            if (loading == null) {
                loading = CompletableFuture.supplyAsync(() -> load(true));
            }
            return new Nlp4j(loading);
        }
    }

    /**
     * @param forDecoding whether the feature tables are swapped for {@link HashedFeatureIndex}es, and the models so
     *                    prepared read from (or written to) the user's {@link ModelCache}: the default; the library's
     *                    own loading for comparison
     */
    static NLPDecoder load(boolean forDecoding) {
        long start = System.nanoTime();
        try (InputStream in = Nlp4j.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONFIG);
            }
            byte[] configBytes = in.readAllBytes();
            DecodeConfig config = new DecodeConfig(new ByteArrayInputStream(configBytes));
            NLPDecoder d;
            if (!forDecoding) {
                d = new NLPDecoder(config);
            } else {
                String key = cacheKey(configBytes);
                Optional<ModelCache> cache = ModelCache.user();
                Optional<NLPDecoder> cached = cache.flatMap(c -> c.read(key, ArrayList.class))
                        .flatMap(models -> fromPreparedModels(config, models));
                if (cached.isPresent()) {
                    d = cached.get();
                } else {
                    d = new NLPDecoder(config);
                    ArrayList<NLPComponent<NLPNode>> prepared = prepareForDecoding(d);
                    cache.ifPresent(c -> c.write(key, preparedModels(d, prepared)));
                }
                LOG.debug("NLP4J models {}", cached.isPresent() ? "read from the model cache" : "decompressed");
            }
            LOG.debug("NLP4J models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP4J models", e);
        }
    }

    /** Everything the prepared models depend on: the configuration, the library's jar, this class's preparation. */
    private static String cacheKey(byte[] config) {
        var source = NLPDecoder.class.getProtectionDomain().getCodeSource();
        String jar = source == null ? "?" : Path.of(source.getLocation().getPath()).getFileName().toString();
        return "nlp4j-" + Hashing.sha256().newHasher().putBytes(config).putString(jar, StandardCharsets.UTF_8)
                .putString(HashedFeatureIndex.class.getName() + PREPARATION_VERSION, StandardCharsets.UTF_8)
                .hash().toString().substring(0, 16);
    }

    /** Raise when the prepared models change shape, so caches of the old shape are not read. */
    private static final int PREPARATION_VERSION = 6;

    /** What {@link #preparedModels} keeps before the models: two lexica, three entries each (table, field, name). */
    private static final int LEXICA_ENTRIES = 6;

    /**
     * The decoder the library's own initialisation would build from this configuration (lexica, tagger, morphology,
     * name tagger, parser, in that order) from what {@link #preparedModels} saved: the lexica's tables and the
     * prepared models. Empty when the configuration asks for other models than those.
     */
    private static Optional<NLPDecoder> fromPreparedModels(DecodeConfig config, List<?> saved) {
        if (config.getPartOfSpeechTagging() == null || config.getDependencyParsing() == null
                || config.getNamedEntityRecognition() == null || config.getSemanticRoleLabeling() != null
                || saved.size() != LEXICA_ENTRIES + 3 || !saved.subList(LEXICA_ENTRIES, LEXICA_ENTRIES + 3).stream()
                .allMatch(m -> m instanceof OnlineComponent<?, ?>)) {
            return Optional.empty();
        }
        // the lexica's tables are set, not read: an element naming no lexicon file makes an empty one
        GlobalLexica<NLPNode> lexica = new GlobalLexica<>(config.getDocumentElement().getOwnerDocument()
                .createElement("configuration"));
        lexica.setAmbiguityClasses(lexicon(saved, 0));
        lexica.setWordClusters(lexicon(saved, 3));
        @SuppressWarnings("unchecked")
        List<NLPComponent<NLPNode>> prepared =
                (List<NLPComponent<NLPNode>>) saved.subList(LEXICA_ENTRIES, LEXICA_ENTRIES + 3);
        for (NLPComponent<NLPNode> model : prepared) {
            ((OnlineComponent<?, ?>) model).setFlag(NLPFlag.DECODE); // transient: the library sets it after reading too
        }
        Language language = config.getLanguage();
        NLPDecoder d = new NLPDecoder();
        d.setTokenizer(NLPUtils.createTokenizer(language));
        d.setComponents(new ArrayList<>(List.of(lexica, prepared.get(0), new MorphologicalAnalyzer<>(language),
                prepared.get(1), prepared.get(2))));
        return Optional.of(d);
    }

    @SuppressWarnings("unchecked")
    private static <T> GlobalLexicon<T> lexicon(List<?> saved, int at) {
        return saved.get(at) == null ? null
                : new GlobalLexicon<>((T) saved.get(at), (Field) saved.get(at + 1), (String) saved.get(at + 2));
    }

    /**
     * What the cache keeps of a prepared decoder: the lexica's ambiguity classes and word clusters (table, field, name
     * each: the lexicon holder itself is not serialisable), then the tagger, the name tagger and the parser.
     */
    private static ArrayList<Object> preparedModels(NLPDecoder d, List<NLPComponent<NLPNode>> prepared) {
        ArrayList<Object> saved = new ArrayList<>();
        GlobalLexica<?> lexica = (GlobalLexica<?>) d.getComponents().get(0);
        for (GlobalLexicon<?> l : List.of(lexica.getAmbiguityClasses(), lexica.getWordClusters())) {
            saved.add(l.getLexicon());
            saved.add(l.getField());
            saved.add(l.getName());
        }
        saved.addAll(prepared);
        return saved;
    }

    /** A parser over a decoder of the caller's; for comparing decoders, not for the product. */
    static Nlp4j over(NLPDecoder decoder) {
        return new Nlp4j(CompletableFuture.completedFuture(decoder));
    }

    /**
     * Swaps the lexica's tables for {@link CompactLexicon}s, every feature table of the models for a
     * {@link HashedFeatureIndex} with the same mapping and every weight table for a {@link SparseColumnWeights} with
     * the same weights, and returns the models so prepared (the tagger, the name tagger, the parser). The field holding the
     * feature tables has no getter, hence reflection; the tables themselves are the library's live list.
     */
    private static ArrayList<NLPComponent<NLPNode>> prepareForDecoding(NLPDecoder d) {
        ArrayList<NLPComponent<NLPNode>> prepared = new ArrayList<>();
        int tables = 0;
        long keys = 0;
        long weights = 0;
        long kept = 0;
        GlobalLexica<?> lexica = (GlobalLexica<?>) d.getComponents().get(0);
        compact("ambiguity classes", lexica.getAmbiguityClasses());
        compact("word clusters", lexica.getWordClusters());
        for (NLPComponent<NLPNode> c : d.getComponents()) {
            if (!(c instanceof OnlineComponent<?, ?> online)) {
                continue;
            }
            prepared.add(c);
            FeatureMap features = featureMap(online.getFeatureTemplate());
            List<Object2IntMap<String>> maps = features.getIndexMaps();
            for (int i = 0; i < maps.size(); i++) {
                keys += maps.get(i).size();
                maps.set(i, HashedFeatureIndex.of(maps.get(i)));
                tables++;
            }
            WeightVector w = online.getOptimizer().getWeightVector();
            SparseColumnWeights sparse = SparseColumnWeights.of(w.getSparseWeightVector());
            weights += (long) sparse.getFeatureSize() * sparse.getLabelSize();
            kept += sparse.kept();
            w.setSparseWeightVector(sparse);
        }
        LOG.debug("NLP4J: {} feature tables ({} features) hashed; {} of {} weights non-zero", tables, keys, kept,
                weights);
        return prepared;
    }

    private static <V extends Collection<String>> void compact(String name, GlobalLexicon<Map<String, V>> lexicon) {
        if (lexicon != null && lexicon.getLexicon() != null) {
            CompactLexicon<V> compact = CompactLexicon.of(lexicon.getLexicon());
            LOG.debug("NLP4J {}: {} words share {} values", name, compact.size(),
                    compact.distinctValues());
            lexicon.setLexicon(compact);
        }
    }

    private static FeatureMap featureMap(FeatureTemplate<?, ?> template) {
        try {
            java.lang.reflect.Field f = FeatureTemplate.class.getDeclaredField("feature_map");
            f.setAccessible(true);
            return (FeatureMap) f.get(template);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this NLP4J version keeps its features elsewhere", e);
        }
    }

    /**
     * What NLP4J's name tagger reads of a sentence: its label of each token, BILOU over OntoNotes types ("B-ORG",
     * "U-GPE", "L-PERSON", "O"), and each token's Brown-cluster path prefixes from NLP4J's large news corpus
     * (empty for a word it has not clustered).
     */
    public record NameReading(String[] tags, String[][] clusters) {
    }

    /** {@link NameReading} of a sentence; all "O" and no clusters for one longer than {@link #MAX_TOKENS}. */
    public NameReading names(String[] words) {
        String[] tags = new String[words.length];
        String[][] clusters = new String[words.length][];
        Arrays.fill(tags, "O");
        Arrays.fill(clusters, new String[0]);
        if (words.length == 0 || words.length > MAX_TOKENS) {
            return new NameReading(tags, clusters);
        }
        NLPNode[] nodes = nodes(words);
        NAME_TAGGER.measure(() -> {
            run(nodes, true, NERTagger.class);
            return nodes;
        });
        tagged.get().put(Sentence.wordsKey(words), new Tagged(decoder.join(), nodes));
        for (int i = 0; i < words.length; i++) {
            NLPNode node = nodes[i + 1];
            if (node.getNamedEntityTag() != null) {
                tags[i] = node.getNamedEntityTag();
            }
            if (node.getWordClusters() != null) {
                clusters[i] = node.getWordClusters().stream().sorted().toArray(String[]::new);
            }
        }
        return new NameReading(tags, clusters);
    }

    /** Sentences a thread can keep tagged between its name finding and its parse: more than an article holds. */
    private static final int TAGGED_KEPT = 256;

    /**
     * The sentences this thread's name tagger read lately, tagged, by their words: a parse of the same words takes
     * them as they are and runs the parser alone (the parser reads no name labels), so a sentence is tagged once.
     */
    private static final ThreadLocal<Map<String, Tagged>> tagged = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(TAGGED_KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
                    return size() > TAGGED_KEPT;
                }
            });

    /** Nodes tagged by one decoder's models: only a parse with the same decoder may take them. */
    private record Tagged(NLPDecoder by, NLPNode[] nodes) {
    }

    private static final CpuMeter NAME_TAGGER = new CpuMeter();

    /**
     * CPU nanoseconds the calling thread has spent tagging names so far: the name finder's callers take the
     * difference to tell the tagger's cost from the rest of finding names.
     */
    public static long nameTaggerCpuNanos() {
        return NAME_TAGGER.spent();
    }

    private static NLPNode[] nodes(String[] words) {
        NLPNode[] nodes = new NLPNode[words.length + 1];
        nodes[0] = new NLPNode();
        nodes[0].toRoot();
        for (int i = 0; i < words.length; i++) {
            nodes[i + 1] = new NLPNode(i + 1, words[i].replaceAll("\\s", "_"));
        }
        return nodes;
    }

    /**
     * The lexica, the tagger and morphology when {@code tag} (nodes not tagged yet), then the one model asked for:
     * each use skips the other's model.
     */
    private void run(NLPNode[] nodes, boolean tag, Class<?> model) {
        for (NLPComponent<NLPNode> c : decoder.join().getComponents()) {
            boolean tagging = !(c instanceof OnlineComponent<?, ?>) || c instanceof POSTagger;
            if (tag && tagging || model.isInstance(c)) {
                c.process(nodes);
            }
        }
    }

    @Override
    public Optional<Parse> parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        if (n == 0 || n > MAX_TOKENS) {
            return Optional.empty();
        }
        String[] words = sentence.modelWords();
        Tagged known = tagged.get().remove(Sentence.wordsKey(words));
        boolean alreadyTagged = known != null && known.by() == decoder.join();
        NLPNode[] nodes = alreadyTagged ? known.nodes() : nodes(words);
        run(nodes, !alreadyTagged, DEPParser.class);
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] lemmas = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            NLPNode node = nodes[i + 1];
            NLPNode head = node.getDependencyHead();
            heads[i] = head == null || head.getID() == 0 ? Parse.ROOT : head.getID() - 1;
            labels[i] = node.getDependencyLabel() == null ? "dep" : node.getDependencyLabel();
            lemmas[i] = lemma(node);
            tags[i] = node.getPartOfSpeechTag();
        }
        return Optional.of(new Parse(sentence, heads, labels, lemmas, tags));
    }

    /** NLP4J writes numbers' lemmas as "#crd#" / "#ord#"; the word itself serves better. */
    private static String lemma(NLPNode node) {
        String lemma = node.getLemma();
        return lemma == null || lemma.startsWith("#") ? node.getWordFormLowercase() : lemma;
    }
}
