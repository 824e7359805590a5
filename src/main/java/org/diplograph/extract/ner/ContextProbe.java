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
 * A small network that reads a token's name label (O, B-PER, I-ORG, ...) off the contextual vectors ({@link
 * ContextEncoder}) and word shapes of the token and its two neighbours, and the name-finder feature naming its guess.
 * The finder cannot weigh real-valued inputs; cluster ids ({@link ContextClusters}) keep only a coarse part of what the
 * vectors know, while this probe keeps the part that matters for names, learnt from the finder's own labelled
 * sentences. One hidden layer of 64 units lets it combine a token's context with its neighbours' and with
 * capitalisation, which the finder, adding features up, cannot. A linear probe on the vectors alone did less
 * (5-fold CV wikigold 0.745 against 0.761, MEANTIME 0.782 against 0.790).
 *
 * <p>A network fits its training sentences better than new ones, and a finder trained on those guesses would trust
 * the probe too much. So the finder trains on guesses each half of the sentences got from a probe trained on the
 * other half (cross-fitting), and the probe it ships with is trained on all of them. All of this happens inside
 * {@link NerTrainer#train}, on each training set anew (each cross-validation fold too); the probe is stored in the
 * model.
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
    /** Word-shape inputs per window token: capitalised, all capitals, has a digit, first in the sentence. */
    private static final int SHAPES = 4;
    private static final int PER_TOKEN = ContextEncoder.DIMENSIONS + SHAPES;
    private static final int HIDDEN = 64;
    private static final int EPOCHS = 5;
    private static final long SEED = 11;

    private final String[] labels;
    /** Hidden layer: HIDDEN rows of inputSize() weights, then a bias each. */
    private final float[][] hidden;
    private final float[] hiddenBias;
    /** Output layer: one row of HIDDEN weights per label, then a bias each. */
    private final float[][] output;
    private final float[] outputBias;
    /**
     * The hidden layer by input: row {@code d} holds every unit's weight on input {@code d}. Reading a sentence then
     * adds rows scaled by an input, a loop HotSpot vectorises, where a dot product per unit is a chain of additions
     * it does not (bench: the probe was a quarter of the name finder's Java time). Taken when the weights are final,
     * so {@link #fit} builds the probe it returns anew.
     */
    private final float[][] hiddenByInput;

    ContextProbe(String[] labels, float[][] hidden, float[] hiddenBias, float[][] output, float[] outputBias) {
        this.labels = labels;
        this.hidden = hidden;
        this.hiddenBias = hiddenBias;
        this.output = output;
        this.outputBias = outputBias;
        this.hiddenByInput = new float[inputSize()][HIDDEN];
        for (int j = 0; j < HIDDEN; j++) {
            for (int d = 0; d < inputSize(); d++) {
                hiddenByInput[d][j] = hidden[j][d];
            }
        }
    }

    private static int inputSize() {
        return (2 * WINDOW + 1) * PER_TOKEN;
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

    /** The input of token {@code index}: vector and shape of it and of its neighbours, zeros beyond the sentence. */
    static float[] input(String[] tokens, float[][] vectors, int index) {
        float[] x = new float[inputSize()];
        int base = 0;
        for (int offset = -WINDOW; offset <= WINDOW; offset++, base += PER_TOKEN) {
            int i = index + offset;
            if (i >= 0 && i < vectors.length) {
                System.arraycopy(ownInput(tokens, vectors, i), 0, x, base, PER_TOKEN);
            }
        }
        return x;
    }

    /** What token {@code i} brings to any window it is in: its vector, then its shape. */
    private static float[] ownInput(String[] tokens, float[][] vectors, int i) {
        float[] x = java.util.Arrays.copyOf(vectors[i], PER_TOKEN);
        String t = tokens[i];
        int shape = ContextEncoder.DIMENSIONS;
        x[shape] = !t.isEmpty() && Character.isUpperCase(t.charAt(0)) ? 1 : 0;
        x[shape + 1] = t.length() > 1 && t.chars().noneMatch(Character::isLowerCase)
                && t.chars().anyMatch(Character::isLetter) ? 1 : 0;
        x[shape + 2] = t.chars().anyMatch(Character::isDigit) ? 1 : 0;
        x[shape + 3] = i == 0 ? 1 : 0;
        return x;
    }

    /** Label probabilities of an input, filling {@code activations} (the hidden layer) on the way. */
    private double[] forward(float[] x, float[] activations) {
        for (int j = 0; j < HIDDEN; j++) {
            activations[j] = Math.max(0, hiddenBias[j] + dot(hidden[j], x));
        }
        return output(activations);
    }

    /** Label probabilities given the hidden layer's activations. */
    private double[] output(float[] activations) {
        double[] scores = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            float[] w = output[c];
            double sum = outputBias[c];
            for (int j = 0; j < HIDDEN; j++) {
                sum += w[j] * activations[j];
            }
            scores[c] = sum;
        }
        softmax(scores);
        return scores;
    }

    /**
     * Four running sums instead of one: a single float sum is a chain of dependent additions the JIT may not reorder,
     * and this product is most of the probe's time in training and at run time.
     */
    private static float dot(float[] w, float[] x) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (; d + 3 < x.length; d += 4) {
            s0 += w[d] * x[d];
            s1 += w[d + 1] * x[d + 1];
            s2 += w[d + 2] * x[d + 2];
            s3 += w[d + 3] * x[d + 3];
        }
        for (; d < x.length; d++) {
            s0 += w[d] * x[d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Label probabilities of token {@code index} of a sentence given its vectors. */
    double[] probabilities(String[] tokens, float[][] vectors, int index) {
        return forward(input(tokens, vectors, index), new float[HIDDEN]);
    }

    /** The hidden layer of token {@code index}, token by token as in training. */
    float[] hiddenActivations(String[] tokens, float[][] vectors, int index) {
        float[] activations = new float[HIDDEN];
        forward(input(tokens, vectors, index), activations);
        return activations;
    }

    /**
     * The hidden layer of every token of a sentence at once: each token's own input is read once, into each window
     * position it fills (as the token itself and as its neighbours' neighbour), instead of once per window.
     */
    float[][] hiddenLayer(String[] tokens, float[][] vectors) {
        int n = tokens.length;
        float[][] sums = new float[n][];
        for (int i = 0; i < n; i++) {
            sums[i] = hiddenBias.clone();
        }
        for (int t = 0; t < n; t++) {
            float[] x = ownInput(tokens, vectors, t);
            for (int offset = -WINDOW; offset <= WINDOW; offset++) {
                int i = t - offset; // token t sits at this offset in token i's window
                if (i < 0 || i >= n) {
                    continue;
                }
                float[] sum = sums[i];
                int base = (offset + WINDOW) * PER_TOKEN;
                for (int d = 0; d < PER_TOKEN; d++) {
                    float v = x[d];
                    if (v == 0) {
                        continue;
                    }
                    float[] row = hiddenByInput[base + d];
                    for (int j = 0; j < HIDDEN; j++) {
                        sum[j] += row[j] * v;
                    }
                }
            }
        }
        for (float[] sum : sums) {
            for (int j = 0; j < HIDDEN; j++) {
                sum[j] = Math.max(0, sum[j]);
            }
        }
        return sums;
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

    private record Labelled(String[] tokens, float[][] vectors, int[] gold) {
    }

    /** What the finder reads for each token of a sentence: the probe's label and how sure it was. */
    record Guesses(String[] labels, String[] confidences) {
    }

    /**
     * Guesses for the training sentences from probes that did not learn them, so that the finder learns to trust
     * the probe as far as it deserves on new text and no further. Filled by {@link #train}, read by {@link Feature};
     * empty outside training.
     */
    private static volatile Map<String, Guesses> outOfFold = Map.of();

    /** The cross-fitted guesses the finder trains on for this sentence, or null if it was not trained on. */
    static Guesses trainingGuesses(String[] tokens) {
        return outOfFold.get(org.diplograph.nlp.Sentence.wordsKey(tokens));
    }

    /**
     * A two-layer network trained by stochastic gradient descent over the samples' tokens in a seeded order (each
     * distinct sentence once), plus, for the finder's training, guesses on each half of the sentences from a probe
     * trained on the other half.
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
        Map<String, NameSample> distinct = new java.util.LinkedHashMap<>();
        samples.forEach(s -> distinct.putIfAbsent(org.diplograph.nlp.Sentence.wordsKey(s.getSentence()), s));
        List<Labelled> data = new ArrayList<>(distinct.values().parallelStream().map(sample -> {
            String[] bio = bio(sample);
            int[] gold = new int[bio.length];
            for (int i = 0; i < bio.length; i++) {
                gold[i] = index.getOrDefault(bio[i], 0);
            }
            return new Labelled(sample.getSentence(), ContextEncoder.get().encode(sample.getSentence()), gold);
        }).toList());
        Collections.shuffle(data, new Random(SEED));
        List<Labelled> first = data.subList(0, data.size() / 2);
        List<Labelled> second = data.subList(data.size() / 2, data.size());
        Map<String, Guesses> guesses = new java.util.concurrent.ConcurrentHashMap<>();
        ContextProbe onFirst = fit(labels, first);
        ContextProbe onSecond = fit(labels, second);
        second.parallelStream().forEach(s ->
                guesses.put(org.diplograph.nlp.Sentence.wordsKey(s.tokens()), onFirst.guess(s.tokens(), s.vectors())));
        first.parallelStream().forEach(s ->
                guesses.put(org.diplograph.nlp.Sentence.wordsKey(s.tokens()), onSecond.guess(s.tokens(), s.vectors())));
        outOfFold = guesses;
        return fit(labels, data);
    }

    private static ContextProbe fit(String[] labels, List<Labelled> sentences) {
        List<Labelled> data = new ArrayList<>(sentences);
        long tokens = data.stream().mapToLong(s -> s.gold().length).sum();
        Random random = new Random(SEED);
        int n = inputSize();
        float[][] hidden = new float[HIDDEN][n];
        float scale = (float) Math.sqrt(2.0 / n);
        for (float[] row : hidden) {
            for (int d = 0; d < n; d++) {
                row[d] = (float) random.nextGaussian() * scale;
            }
        }
        float[][] output = new float[labels.length][HIDDEN];
        float outScale = (float) Math.sqrt(1.0 / HIDDEN);
        for (float[] row : output) {
            for (int j = 0; j < HIDDEN; j++) {
                row[j] = (float) random.nextGaussian() * outScale;
            }
        }
        float[] hiddenBias = new float[HIDDEN];
        float[] outputBias = new float[labels.length];
        ContextProbe probe = new ContextProbe(labels, hidden, hiddenBias, output, outputBias);
        float[] activations = new float[HIDDEN];
        float[] hiddenGradient = new float[HIDDEN];
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(data, random);
            double loss = 0;
            for (Labelled s : data) {
                for (int t = 0; t < s.gold().length; t++) {
                    float rate = (float) (0.05 / (1 + step++ / (double) tokens));
                    float[] x = input(s.tokens(), s.vectors(), t);
                    double[] p = probe.forward(x, activations);
                    int gold = s.gold()[t];
                    loss -= Math.log(Math.max(p[gold], 1e-12));
                    java.util.Arrays.fill(hiddenGradient, 0);
                    for (int c = 0; c < labels.length; c++) {
                        float g = (float) ((c == gold ? 1 : 0) - p[c]);
                        float[] w = output[c];
                        for (int j = 0; j < HIDDEN; j++) {
                            hiddenGradient[j] += g * w[j];
                            w[j] += rate * g * activations[j];
                        }
                        probe.outputBias[c] += rate * g;
                    }
                    for (int j = 0; j < HIDDEN; j++) {
                        if (activations[j] <= 0) {
                            continue;
                        }
                        float g = rate * hiddenGradient[j];
                        float[] w = hidden[j];
                        for (int d = 0; d < n; d++) {
                            w[d] += g * x[d];
                        }
                        probe.hiddenBias[j] += g;
                    }
                }
            }
            LOG.info("context probe epoch {}: mean loss {} over {} tokens", epoch + 1,
                    String.format(java.util.Locale.ROOT, "%.4f", loss / tokens), tokens);
        }
        return new ContextProbe(labels, hidden, hiddenBias, output, outputBias);
    }

    Guesses guess(String[] tokens, float[][] vectors) {
        float[][] activations = hiddenLayer(tokens, vectors);
        String[] guessed = new String[tokens.length];
        String[] confidences = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] p = output(activations[i]);
            int best = best(p);
            guessed[i] = labels[best];
            confidences[i] = p[best] >= 0.9 ? "high" : p[best] >= 0.6 ? "mid" : "low";
        }
        return new Guesses(guessed, confidences);
    }

    public static ContextProbe read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int classes = data.readInt();
        int n = data.readInt();
        int h = data.readInt();
        if (n != inputSize() || h != HIDDEN) {
            throw new InvalidFormatException("context probe for " + n + " inputs and " + h + " hidden units, expected "
                    + inputSize() + " and " + HIDDEN);
        }
        float[][] hidden = new float[h][n];
        float[] hiddenBias = new float[h];
        for (int j = 0; j < h; j++) {
            hiddenBias[j] = data.readFloat();
            for (int d = 0; d < n; d++) {
                hidden[j][d] = data.readFloat();
            }
        }
        String[] labels = new String[classes];
        float[][] output = new float[classes][h];
        float[] outputBias = new float[classes];
        for (int c = 0; c < classes; c++) {
            labels[c] = data.readUTF();
            outputBias[c] = data.readFloat();
            for (int j = 0; j < h; j++) {
                output[c][j] = data.readFloat();
            }
        }
        return new ContextProbe(labels, hidden, hiddenBias, output, outputBias);
    }

    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(buf);
        data.writeInt(labels.length);
        data.writeInt(inputSize());
        data.writeInt(HIDDEN);
        for (int j = 0; j < HIDDEN; j++) {
            data.writeFloat(hiddenBias[j]);
            for (float w : hidden[j]) {
                data.writeFloat(w);
            }
        }
        for (int c = 0; c < labels.length; c++) {
            data.writeUTF(labels[c]);
            data.writeFloat(outputBias[c]);
            for (float w : output[c]) {
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
        private Guesses guesses;

        Feature(ContextProbe probe) {
            this.probe = probe;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                Guesses trained = trainingGuesses(tokens);
                guesses = trained != null ? trained : probe.guess(tokens, ContextEncoder.get().encode(tokens));
                sentence = tokens;
            }
            String label = guesses.labels()[index];
            features.add("probe=" + label);
            features.add("probe=" + label + "/" + guesses.confidences()[index]);
            features.add("probe-1=" + (index > 0 ? guesses.labels()[index - 1] : "BOS"));
            features.add("probe+1=" + (index + 1 < tokens.length ? guesses.labels()[index + 1] : "EOS"));
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
