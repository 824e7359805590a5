package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.RowMajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseColumnWeightsTest {
    private static final int LABELS = 131;
    private static final int FEATURES = 2_000;

    /** A table like the parser's: most weights zero, the rest of both signs and many magnitudes. */
    private static ColumnMajorVector dense(Random random) {
        ColumnMajorVector dense = new ColumnMajorVector();
        dense.expand(LABELS, FEATURES);
        for (int i = 0; i < LABELS * FEATURES; i++) {
            if (random.nextInt(16) == 0) {
                dense.set(i, (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3)));
            }
        }
        return dense;
    }

    private static SparseVector features(Random random) {
        SparseVector x = new SparseVector();
        for (int k = 0; k < 40; k++) {
            // now and then one the model never weighed, which the library skips
            x.add(random.nextInt(FEATURES + 50), random.nextInt(4) == 0 ? 0.5f + random.nextInt(3) : 1f);
        }
        return x;
    }

    @Test
    void scoresAreTheLibrarysToTheBit() {
        Random random = new Random(7);
        ColumnMajorVector dense = dense(random);
        assertEquals(FEATURES, dense.getFeatureSize());
        SparseColumnWeights sparse = SparseColumnWeights.of(dense);
        assertEquals(FEATURES, sparse.getFeatureSize());
        assertEquals(LABELS, sparse.getLabelSize());
        for (int n = 0; n < 500; n++) {
            SparseVector x = features(random);
            float[] expected = new float[LABELS];
            float[] actual = new float[LABELS];
            dense.addScores(x, expected);
            sparse.addScores(x, actual);
            assertArrayEquals(expected, actual);
        }
    }

    @Test
    void keepsOnlyTheNonZeroWeightsAndSurvivesSerialisation() throws IOException, ClassNotFoundException {
        Random random = new Random(11);
        ColumnMajorVector dense = dense(random);
        SparseColumnWeights sparse = SparseColumnWeights.of(dense);
        assertEquals(dense.countNonZeroWeights(), sparse.kept());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sparse);
        }
        SparseColumnWeights read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (SparseColumnWeights) in.readObject();
        }
        SparseVector x = features(random);
        float[] expected = new float[LABELS];
        float[] actual = new float[LABELS];
        dense.addScores(x, expected);
        read.addScores(x, actual);
        assertArrayEquals(expected, actual);
    }

    @Test
    void refusesARowMajorTable() {
        assertThrows(IllegalArgumentException.class, () -> SparseColumnWeights.of(new RowMajorVector()));
    }
}
