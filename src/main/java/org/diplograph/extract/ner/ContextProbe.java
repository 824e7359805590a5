package org.diplograph.extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A linear classifier that reads a token's name label (O, B-PER, I-ORG, ...) straight off the contextual vectors of
 * the token and its two neighbours ({@link ContextEncoder}), and the name-finder feature naming its guess. The finder
 * cannot weigh real-valued inputs; cluster ids ({@link ContextClusters}) keep only a coarse part of what the vectors
 * know, while this probe keeps the part that matters for names, learnt from the same labelled sentences as the finder.
 *
 * <p>It has few weights (3 × 384 inputs × 7 labels), so its guesses on its own training sentences are about as good
 * as on new text, and the finder learns how far to trust them without the probe having memorised the answers. It is
 * trained inside {@link NerTrainer#train}, on each training set anew (each cross-validation fold too), and stored in
 * the model.
 */
public final class ContextProbe implements SerializableArtifact {

    private static final Logger LOG = LoggerFactory.getLogger(ContextProbe.class);

    /** Stands in the descriptor's resources for a probe still to be trained on the finder's own samples. */
    public static final Object UNTRAINED = new Object() {
        @Override
        public String toString() {
            return "untrained context probe";
        }
    };

    private static final int WINDOW = 1;
    private static final int EPOCHS = 6;
    private static final long SEED = 11;

    private final String[] labels;
    private final float[][] weights;
    private final float[] bias;

    ContextProbe(String[] labels, float[][] weights, float[] bias) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
    }

    private static int inputSize() {
        return (2 * WINDOW + 1) * ContextEncoder.DIMENSIONS;
    }

    String label(int c) {
        return labels[c];
    }

    static int best(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Label probabilities of token {@code index} given its sentence's vectors. */
    double[] probabilities(float[][] vectors, int index) {
        double[] scores = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            scores[c] = bias[c] + dot(weights[c], vectors, index);
        }
        softmax(scores);
        return scores;
    }

    private static double dot(float[] w, float[][] vectors, int index) {
        float sum = 0;
        int base = 0;
        for (int offset = -WINDOW; offset <= WINDOW; offset++, base += ContextEncoder.DIMENSIONS) {
            int i = index + offset;
            if (i < 0 || i >= vectors.length) {
                continue;
            }
            float[] v = vectors[i];
            for (int d = 0; d < v.length; d++) {
                sum += w[base + d] * v[d];
            }
        }
        return sum;
    }

    private static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            total += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= total;
        }
    }

    /** The label of each token of a name sample, in BIO form: "O", "B-PER", "I-PER", ... */
    static String[] bio(NameSample sample) {
        String[] out = new String[sample.getSentence().length];
        java.util.Arrays.fill(out, "O");
        for (Span s : sample.getNames()) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                out[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return out;
    }

    /**
     * Softmax regression by stochastic gradient descent over the samples' tokens, in a seeded order. Each distinct
     * sentence is encoded once (samples repeat when gold is weighted).
     */
    public static ContextProbe train(List<NameSample> samples) {
        List<String> labelList = new ArrayList<>(List.of("O"));
        for (String type : new java.util.TreeSet<>(NerTrainer.TYPES)) {
            labelList.add("B-" + type);
            labelList.add("I-" + type);
        }
        String[] labels = labelList.toArray(new String[0]);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int c = 0; c < labels.length; c++) {
            index.put(labels[c], c);
        }
        record Sentence(float[][] vectors, int[] gold) {
        }
        List<Sentence> data = new ArrayList<>(samples.parallelStream().map(sample -> {
            String[] bio = bio(sample);
            int[] gold = new int[bio.length];
            for (int i = 0; i < bio.length; i++) {
                gold[i] = index.getOrDefault(bio[i], 0);
            }
            return new Sentence(ContextEncoder.get().encode(sample.getSentence()), gold);
        }).toList());
        long tokens = data.stream().mapToLong(s -> s.gold().length).sum();
        int n = inputSize();
        float[][] weights = new float[labels.length][n];
        float[] bias = new float[labels.length];
        Random random = new Random(SEED);
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(data, random);
            double loss = 0;
            for (Sentence s : data) {
                for (int t = 0; t < s.gold().length; t++) {
                    double rate = 0.2 / (1 + step++ / (double) tokens);
                    double[] p = new ContextProbe(labels, weights, bias).probabilities(s.vectors(), t);
                    loss -= Math.log(Math.max(p[s.gold()[t]], 1e-12));
                    for (int c = 0; c < labels.length; c++) {
                        float g = (float) (rate * ((c == s.gold()[t] ? 1 : 0) - p[c]));
                        if (g == 0) {
                            continue;
                        }
                        bias[c] += g;
                        addScaled(weights[c], s.vectors(), t, g);
                    }
                }
            }
            LOG.info("context probe epoch {}: mean loss {} over {} tokens", epoch + 1,
                    String.format(java.util.Locale.ROOT, "%.4f", loss / tokens), tokens);
        }
        return new ContextProbe(labels, weights, bias);
    }

    private static void addScaled(float[] w, float[][] vectors, int index, float g) {
        int base = 0;
        for (int offset = -WINDOW; offset <= WINDOW; offset++, base += ContextEncoder.DIMENSIONS) {
            int i = index + offset;
            if (i < 0 || i >= vectors.length) {
                continue;
            }
            float[] v = vectors[i];
            for (int d = 0; d < v.length; d++) {
                w[base + d] += g * v[d];
            }
        }
    }

    public static ContextProbe read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int classes = data.readInt();
        int n = data.readInt();
        if (n != inputSize()) {
            throw new InvalidFormatException("context probe for " + n + " inputs, expected " + inputSize());
        }
        String[] labels = new String[classes];
        float[][] weights = new float[classes][n];
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            labels[c] = data.readUTF();
            bias[c] = data.readFloat();
            for (int d = 0; d < n; d++) {
                weights[c][d] = data.readFloat();
            }
        }
        return new ContextProbe(labels, weights, bias);
    }

    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(buf);
        data.writeInt(labels.length);
        data.writeInt(inputSize());
        for (int c = 0; c < labels.length; c++) {
            data.writeUTF(labels[c]);
            data.writeFloat(bias[c]);
            for (float w : weights[c]) {
                data.writeFloat(w);
            }
        }
        data.flush();
        buf.writeTo(out);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads the probe without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<ContextProbe> {
        @Override
        public ContextProbe create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(ContextProbe artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }

    /**
     * The features "probe=LABEL" and "probe=LABEL/CONFIDENCE" (high, mid, low) of the token, and the neighbours'
     * labels "probe-1=LABEL", "probe+1=LABEL".
     */
    public static final class Feature implements AdaptiveFeatureGenerator {
        private final ContextProbe probe;
        private String[] sentence;
        private String[] guesses;
        private String[] confidences;

        Feature(ContextProbe probe) {
            this.probe = probe;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                guess(tokens);
                sentence = tokens;
            }
            features.add("probe=" + guesses[index]);
            features.add("probe=" + guesses[index] + "/" + confidences[index]);
            features.add("probe-1=" + (index > 0 ? guesses[index - 1] : "BOS"));
            features.add("probe+1=" + (index + 1 < tokens.length ? guesses[index + 1] : "EOS"));
        }

        private void guess(String[] tokens) {
            float[][] vectors = ContextEncoder.get().encode(tokens);
            guesses = new String[tokens.length];
            confidences = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                double[] p = probe.probabilities(vectors, i);
                int best = best(p);
                guesses[i] = probe.labels[best];
                confidences[i] = p[best] >= 0.9 ? "high" : p[best] >= 0.6 ? "mid" : "low";
            }
        }
    }

    /** Descriptor element: {@code <generator class="org.diplograph.extract.ner.ContextProbe$Factory"><str
     * name="dict">context.probe</str></generator>}; the resource is trained, not read from a file. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String name = getStr("dict");
            Object resource = resourceManager == null ? null : resourceManager.getResource(name);
            if (!(resource instanceof ContextProbe probe)) {
                throw new InvalidFormatException("no context-probe resource " + name);
            }
            return new Feature(probe);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new Serializer());
        }
    }
}
