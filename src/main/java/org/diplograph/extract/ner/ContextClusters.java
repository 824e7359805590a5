package org.diplograph.extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Centroids of contextual token vectors ({@link ContextEncoder}), learnt by spherical k-means on unannotated news and
 * stored inside the name-finder model, and the feature naming the centroid nearest to each token in its sentence.
 */
public final class ContextClusters implements SerializableArtifact {

    private final float[][] centroids;
    /** The centroids by dimension: scoring all of them against a token is then a loop HotSpot vectorises. */
    private final float[][] byDimension;

    public ContextClusters(float[][] centroids) {
        this.centroids = centroids;
        this.byDimension = new float[centroids[0].length][centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            for (int d = 0; d < centroids[c].length; d++) {
                byDimension[d][c] = centroids[c][d];
            }
        }
    }

    public int size() {
        return centroids.length;
    }

    /** The centroid with the largest dot product (for unit vectors, the nearest). */
    public int nearest(float[] v) {
        float[] dots = new float[centroids.length];
        for (int d = 0; d < v.length; d++) {
            float x = v[d];
            float[] row = byDimension[d];
            for (int c = 0; c < row.length; c++) {
                dots[c] += row[c] * x;
            }
        }
        return largest(dots);
    }

    /** Tokens scored together: their sums stay in the first-level cache while each centroid row is read once. */
    private static final int BLOCK = 8;

    /** {@link #nearest} of each vector, scoring a few vectors per pass over the centroids. */
    public int[] nearest(float[][] vectors) {
        int[] out = new int[vectors.length];
        float[][] dots = new float[BLOCK][centroids.length];
        for (int from = 0; from < vectors.length; from += BLOCK) {
            int to = Math.min(from + BLOCK, vectors.length);
            for (int t = from; t < to; t++) {
                java.util.Arrays.fill(dots[t - from], 0);
            }
            for (int d = 0; d < byDimension.length; d++) {
                float[] row = byDimension[d];
                for (int t = from; t < to; t++) {
                    float x = vectors[t][d];
                    float[] sum = dots[t - from];
                    for (int c = 0; c < row.length; c++) {
                        sum[c] += row[c] * x;
                    }
                }
            }
            for (int t = from; t < to; t++) {
                out[t] = largest(dots[t - from]);
            }
        }
        return out;
    }

    private static int largest(float[] dots) {
        int best = 0;
        for (int c = 1; c < dots.length; c++) {
            if (dots[c] > dots[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Spherical k-means: unit vectors in, {@code k} unit centroids out; seeded, so a rerun gives the same file. */
    public static ContextClusters learn(List<float[]> vectors, int k, int iterations, long seed) {
        Random random = new Random(seed);
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = vectors.get(random.nextInt(vectors.size())).clone();
        }
        int dim = centroids[0].length;
        for (int it = 0; it < iterations; it++) {
            ContextClusters current = new ContextClusters(centroids);
            int[] assignment = IntStream.range(0, vectors.size()).parallel()
                    .map(i -> current.nearest(vectors.get(i))).toArray();
            float[][] sums = new float[k][dim];
            int[] counts = new int[k];
            for (int i = 0; i < assignment.length; i++) {
                float[] v = vectors.get(i);
                float[] s = sums[assignment[i]];
                counts[assignment[i]]++;
                for (int d = 0; d < dim; d++) {
                    s[d] += v[d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    centroids[c] = vectors.get(random.nextInt(vectors.size())).clone();
                } else {
                    ContextEncoder.normalise(sums[c]);
                    centroids[c] = sums[c];
                }
            }
        }
        return new ContextClusters(centroids);
    }

    public static ContextClusters read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int k = data.readInt();
        int dim = data.readInt();
        float[][] centroids = new float[k][dim];
        for (float[] c : centroids) {
            for (int d = 0; d < dim; d++) {
                c[d] = data.readFloat();
            }
        }
        return new ContextClusters(centroids);
    }

    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(buf);
        data.writeInt(centroids.length);
        data.writeInt(centroids[0].length);
        for (float[] c : centroids) {
            for (float x : c) {
                data.writeFloat(x);
            }
        }
        data.flush();
        buf.writeTo(out);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads the centroids without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<ContextClusters> {
        @Override
        public ContextClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(ContextClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }

    /** The features "prefix=cluster" of the token and of its neighbours within {@code window}. */
    public static final class Feature implements AdaptiveFeatureGenerator {
        private final String prefix;
        private final ContextClusters clusters;
        private final int window;
        private String[] sentence;
        private int[] ids;

        Feature(String prefix, ContextClusters clusters, int window) {
            this.prefix = prefix;
            this.clusters = clusters;
            this.window = window;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                ids = assign(tokens);
                sentence = tokens;
            }
            for (int offset = -window; offset <= window; offset++) {
                int i = index + offset;
                String id = i < 0 ? "BOS" : i >= ids.length ? "EOS" : Integer.toString(ids[i]);
                features.add(prefix + offset + "=" + id);
            }
        }

        private int[] assign(String[] tokens) {
            return clusters.nearest(ContextEncoder.get().encode(tokens));
        }
    }

    /**
     * Descriptor element: {@code <generator class="org.diplograph.extract.ner.ContextClusters$Factory">
     * <str name="dict">context-256.centroids</str><int name="window">1</int></generator>}.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String name = getStr("dict");
            Object resource = resourceManager == null ? null : resourceManager.getResource(name);
            if (!(resource instanceof ContextClusters cc)) {
                throw new InvalidFormatException("no context-cluster resource " + name);
            }
            return new Feature(name, cc, getInt("window", 0));
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new Serializer());
        }
    }
}
