package org.diplograph.nlp;

import edu.emory.mathcs.nlp.learning.util.ColumnMajorVector;
import edu.emory.mathcs.nlp.learning.util.MajorVector;
import edu.emory.mathcs.nlp.learning.util.SparseItem;
import edu.emory.mathcs.nlp.learning.util.SparseVector;
import java.util.Arrays;

/**
 * A read-only replacement for one of NLP4J's feature-by-label weight tables that keeps the non-zero weights only, for
 * decoding only.
 *
 * <p>Why: the library keeps every weight of every feature as one dense {@code float} table; in the English models 94%
 * of the parser's weights and 86% of the tagger's are zero, 490 MB of heap held for nothing in every process that
 * parses. Here each feature's row keeps the labels with a non-zero weight and those weights: about 60 MB.
 *
 * <p>A score is summed as the library sums it, feature by feature in the vector's order, each adding its weight times
 * its value; the terms left out are zero weights times a feature value, and {@code s + 0 * v} is {@code s} for every
 * finite {@code v}, so every score is the same float. Only {@link #addScores(SparseVector, float[])}, the call decoding
 * makes, is served: the inherited table is empty, so anything that reads or trains it fails.
 */
final class SparseColumnWeights extends ColumnMajorVector {
    private static final long serialVersionUID = 1L;

    /** feature f's weights are at rowStart[f] until rowStart[f + 1] */
    private final int[] rowStart;
    /** the label of each kept weight, read as unsigned */
    private final short[] labels;
    private final float[] weights;

    private SparseColumnWeights(int featureSize, int labelSize, int[] rowStart, short[] labels, float[] weights) {
        setSizes(labelSize, featureSize); // the library's order: labels, then features
        this.rowStart = rowStart;
        this.labels = labels;
        this.weights = weights;
    }

    /** The same weights as {@code dense}, a column-major table: feature f's weight for label l at f * labels + l. */
    static SparseColumnWeights of(MajorVector dense) {
        if (!(dense instanceof ColumnMajorVector)) {
            throw new IllegalArgumentException("not a column-major weight table: " + dense.getClass().getName());
        }
        int features = dense.getFeatureSize();
        int labelSize = dense.getLabelSize();
        if (labelSize > 1 << 16) {
            throw new IllegalArgumentException(labelSize + " labels do not fit a short");
        }
        int[] rowStart = new int[features + 1];
        short[] labels = new short[1024];
        float[] weights = new float[1024];
        int kept = 0;
        for (int f = 0; f < features; f++) {
            rowStart[f] = kept;
            for (int l = 0; l < labelSize; l++) {
                float w = dense.get(f * labelSize + l); // where the library's addScores reads it
                if (w != 0f) {
                    if (kept == weights.length) {
                        labels = Arrays.copyOf(labels, kept * 2);
                        weights = Arrays.copyOf(weights, kept * 2);
                    }
                    labels[kept] = (short) l;
                    weights[kept++] = w;
                }
            }
        }
        rowStart[features] = kept;
        return new SparseColumnWeights(features, labelSize, rowStart, Arrays.copyOf(labels, kept),
                Arrays.copyOf(weights, kept));
    }

    @Override
    public void addScores(SparseVector x, float[] scores) {
        int features = getFeatureSize();
        for (SparseItem item : x.getVector()) {
            int f = item.getIndex();
            if (f >= features) {
                continue; // a feature the model never weighed, as the library skips it
            }
            float value = item.getValue();
            for (int k = rowStart[f], end = rowStart[f + 1]; k < end; k++) {
                int label = Short.toUnsignedInt(labels[k]);
                if (label < scores.length) {
                    scores[label] += weights[k] * value;
                }
            }
        }
    }

    /** Weights kept: the non-zero ones. */
    int kept() {
        return weights.length;
    }
}
