package org.diplograph.nlp;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.OnlineComponent;
import edu.emory.mathcs.nlp.component.template.feature.FeatureTemplate;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.learning.util.FeatureMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import java.lang.reflect.Field;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emory NLP4J's tagger and dependency parser over our tokens. It tags with its own model: fed OpenNLP's coarse tags
 * its parser loses about ten points of attachment accuracy. The models (about 1 GB of heap, some seconds to read) are
 * loaded once per process, in the background from the first {@link #shared()} call, and shared by all threads: the
 * decoder keeps no state between sentences.
 */
public final class Nlp4jParser implements DependencyParser {
    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jParser.class);
    private static final String CONFIG = "/nlp4j/decode-en.xml";
    /** Longer "sentences" are lists or unsplit furniture; their trees are poor and cost quadratic time. */
    static final int MAX_TOKENS = 120;

    private static final Object LOCK = new Object();
    private static CompletableFuture<NLPDecoder> loading;

    private final CompletableFuture<NLPDecoder> decoder;

    private Nlp4jParser(CompletableFuture<NLPDecoder> decoder) {
        this.decoder = decoder;
    }

    /** The process's parser; its models start loading now if they are not loaded yet. */
    public static Nlp4jParser shared() {
        synchronized (LOCK) {
            if (loading == null) {
                loading = CompletableFuture.supplyAsync(() -> load(true));
            }
            return new Nlp4jParser(loading);
        }
    }

    /** @param hashedFeatures whether the feature tables are swapped for {@link HashedFeatureIndex}es (the default) */
    static NLPDecoder load(boolean hashedFeatures) {
        long start = System.nanoTime();
        try (InputStream config = Nlp4jParser.class.getResourceAsStream(CONFIG)) {
            if (config == null) {
                throw new IllegalStateException("missing resource " + CONFIG);
            }
            NLPDecoder d = new NLPDecoder(config);
            if (hashedFeatures) {
                hashFeatureTables(d);
            }
            LOG.debug("NLP4J tagger and parser loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP4J models", e);
        }
    }

    /** A parser over a decoder of the caller's; for comparing decoders, not for the product. */
    static Nlp4jParser over(NLPDecoder decoder) {
        return new Nlp4jParser(CompletableFuture.completedFuture(decoder));
    }

    /**
     * Swaps every feature table of the tagger and parser for a {@link HashedFeatureIndex} with the same mapping. The
     * field holding the tables has no getter, hence reflection; the tables themselves are the library's live list.
     */
    private static void hashFeatureTables(NLPDecoder d) {
        int tables = 0;
        long keys = 0;
        for (NLPComponent<NLPNode> c : d.getComponents()) {
            if (!(c instanceof OnlineComponent<?, ?> online)) {
                continue;
            }
            FeatureMap features = featureMap(online.getFeatureTemplate());
            List<Object2IntMap<String>> maps = features.getIndexMaps();
            for (int i = 0; i < maps.size(); i++) {
                keys += maps.get(i).size();
                maps.set(i, HashedFeatureIndex.of(maps.get(i)));
                tables++;
            }
        }
        LOG.debug("NLP4J: {} feature tables ({} features) hashed", tables, keys);
    }

    private static FeatureMap featureMap(FeatureTemplate<?, ?> template) {
        try {
            Field f = FeatureTemplate.class.getDeclaredField("feature_map");
            f.setAccessible(true);
            return (FeatureMap) f.get(template);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this NLP4J version keeps its features elsewhere", e);
        }
    }

    @Override
    public Optional<Parse> parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        if (n == 0 || n > MAX_TOKENS) {
            return Optional.empty();
        }
        NLPNode[] nodes = new NLPNode[n + 1];
        nodes[0] = new NLPNode();
        nodes[0].toRoot();
        for (int i = 0; i < n; i++) {
            nodes[i + 1] = new NLPNode(i + 1, tokens.get(i).text().replaceAll("\\s", "_"));
        }
        decoder.join().decode(nodes);
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
