package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitsTest {

    /** Pinned so the split cannot change silently: sha256("x:a")[0] = 224, "x:d" → 11, "meantime:100911" → 213. */
    @Test
    void pinnedValues() {
        assertFalse(Splits.heldOut("x", "a")); // 224 mod 3 = 2
        assertFalse(Splits.heldOut("x", "d")); // 11 mod 3 = 2
        assertTrue(Splits.heldOut("meantime", "100911")); // 213 mod 3 = 0
    }

    @Test
    void deterministicAndAboutAThird() {
        int held = 0;
        int n = 3000;
        for (int i = 0; i < n; i++) {
            boolean h = Splits.heldOut("test", "doc-" + i);
            assertEquals(h, Splits.heldOut("test", "doc-" + i));
            if (h) {
                held++;
            }
        }
        // expected 86/256 = 0.336; ±3 points is over 3 standard deviations at n = 3000
        double share = held / (double) n;
        assertTrue(share > 0.306 && share < 0.366, "held-out share " + share);
    }

    @Test
    void theCorpusNameIsPartOfTheKey() {
        int differ = 0;
        for (int i = 0; i < 300; i++) {
            if (Splits.heldOut("meantime", "d" + i) != Splits.heldOut("re3d", "d" + i)) {
                differ++;
            }
        }
        assertTrue(differ > 50, "the same id should fall differently in different corpora: " + differ);
    }

    @Test
    void ecbplusIsSplitByTopic() {
        assertTrue(Splits.heldOut("ecbplus", "3_1ecb"));
        assertTrue(Splits.heldOut("ecbplus", "3_9ecbplus"));
        assertTrue(Splits.heldOut("ecbplus", "33_2ecb"));
        assertFalse(Splits.heldOut("ecbplus", "1_10ecb"));
        assertFalse(Splits.heldOut("ecbplus", "35_1ecbplus"));
        assertEquals(12, Splits.ecbTopic("12_3ecbplus"));
        assertThrows(IllegalArgumentException.class, () -> Splits.heldOut("ecbplus", "nope"));
    }

    @Test
    void splitsPartitionTheDocuments() {
        for (int i = 0; i < 100; i++) {
            String id = "doc-" + i;
            assertTrue(Split.ALL.includes("c", id));
            assertTrue(Split.HELDOUT.includes("c", id) ^ Split.DEV.includes("c", id));
        }
        assertEquals(Split.HELDOUT, Split.parse("HeldOut"));
        assertThrows(IllegalArgumentException.class, () -> Split.parse("test"));
    }
}
