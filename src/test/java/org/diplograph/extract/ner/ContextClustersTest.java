package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextClustersTest {

    private static float[] unit(float... v) {
        ContextEncoder.normalise(v);
        return v;
    }

    @Test
    void kMeansSeparatesTwoDirections() {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            vectors.add(unit(1, 0.01f * i, 0));
            vectors.add(unit(0, 0.01f * i, 1));
        }
        ContextClusters clusters = ContextClusters.learn(vectors, 2, 10, 1);
        int x = clusters.nearest(unit(1, 0, 0));
        int z = clusters.nearest(unit(0, 0, 1));
        assertNotEquals(x, z);
        for (int i = 0; i < vectors.size(); i++) {
            assertEquals(i % 2 == 0 ? x : z, clusters.nearest(vectors.get(i)));
        }
    }

    /** A sentence scored a block of tokens at a time picks, token for token, what scoring each alone picks. */
    @Test
    void aSentenceAtOnceEqualsTokenByToken() {
        java.util.Random random = new java.util.Random(3);
        float[][] centroids = new float[40][ContextEncoder.DIMENSIONS];
        float[][] tokens = new float[19][ContextEncoder.DIMENSIONS];
        for (float[][] set : new float[][][] {centroids, tokens}) {
            for (float[] v : set) {
                for (int d = 0; d < v.length; d++) {
                    v[d] = (float) random.nextGaussian();
                }
                ContextEncoder.normalise(v);
            }
        }
        ContextClusters clusters = new ContextClusters(centroids);
        int[] together = clusters.nearest(tokens);
        for (int t = 0; t < tokens.length; t++) {
            assertEquals(clusters.nearest(tokens[t]), together[t], "token " + t);
        }
    }

    @Test
    void centroidsSurviveWritingAndReading() throws Exception {
        ContextClusters clusters = new ContextClusters(new float[][] {unit(1, 2, 3), unit(-1, 0, 2)});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clusters.write(out);
        ContextClusters read = ContextClusters.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(2, read.size());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        assertArrayEquals(out.toByteArray(), again.toByteArray());
    }

    @Test
    void featuresNameTheClustersOfTheTokenAndItsNeighbours() {
        float[][] centroids = new float[4][ContextEncoder.DIMENSIONS];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c][c] = 1;
        }
        ContextClusters.Feature feature = new ContextClusters.Feature("cx", new ContextClusters(centroids), 1);
        List<String> features = new ArrayList<>();
        feature.createFeatures(features, new String[] {"Talks", "in", "Beijing"}, 0, new String[0]);
        assertEquals(3, features.size());
        assertEquals("cx-1=BOS", features.get(0));
        assertEquals(true, features.get(1).matches("cx0=[0-3]"), features.toString());
        assertEquals(true, features.get(2).matches("cx1=[0-3]"), features.toString());
    }
}
