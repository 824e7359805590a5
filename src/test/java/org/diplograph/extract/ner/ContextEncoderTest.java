package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEncoderTest {

    private final ContextEncoder encoder = ContextEncoder.get();

    @Test
    void piecesAreLowerCasedWithoutAccentsAndPunctuationSplitOff() {
        assertEquals(List.of("cafe"), encoder.pieceTexts("Café"));
        assertEquals(List.of("kim", "'", "s"), encoder.pieceTexts("Kim's"));
        assertEquals(List.of("u", ".", "s", "."), encoder.pieceTexts("U.S."));
    }

    @Test
    void unknownWordsAreCutIntoContinuationPieces() {
        List<String> pieces = encoder.pieceTexts("Pyongyang");
        assertTrue(pieces.size() > 1, pieces.toString());
        assertEquals("pyongyang", String.join("", pieces).replace("##", ""));
        assertTrue(pieces.subList(1, pieces.size()).stream().allMatch(p -> p.startsWith("##")), pieces.toString());
    }

    @Test
    void everyTokenGetsOneUnitVector() {
        String[] tokens = {"Wang", "Yi", "met", "Choe", "Son", "Hui", "in", "Beijing", "."};
        float[][] vectors = encoder.encode(tokens);
        assertEquals(tokens.length, vectors.length);
        for (float[] v : vectors) {
            assertEquals(ContextEncoder.DIMENSIONS, v.length);
            assertEquals(1.0, dot(v, v), 1e-4);
        }
    }

    @Test
    void theSameWordDiffersWithItsSentence() {
        float[] state = encoder.encode(new String[] {"King", "Abdullah", "of", "Jordan", "met", "the", "envoy"})[3];
        float[] player = encoder.encode(new String[] {"Michael", "Jordan", "scored", "forty", "points"})[1];
        float[] country = encoder.encode(new String[] {"The", "president", "of", "Syria", "met", "the", "envoy"})[3];
        assertTrue(dot(state, country) > dot(player, country),
                "Jordan the state should sit nearer Syria than Jordan the player does");
    }

    @Test
    void longSentencesAreEncodedInWindows() {
        String[] tokens = new String[700];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 2 == 0 ? "talks" : "Beijing";
        }
        float[][] vectors = encoder.encode(tokens);
        assertEquals(1.0, dot(vectors[699], vectors[699]), 1e-4);
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
