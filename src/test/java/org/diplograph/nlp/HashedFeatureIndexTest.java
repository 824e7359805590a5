package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.junit.jupiter.api.Test;

class HashedFeatureIndexTest {

    private static Object2IntOpenHashMap<String> features(int n) {
        Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("f" + (i % 7) + "_" + Integer.toString(i, 36), i + 1);
        }
        return m;
    }

    @Test
    void answersWhatTheLibrarysTableAnswers() {
        Object2IntOpenHashMap<String> source = features(50_000);
        HashedFeatureIndex hashed = HashedFeatureIndex.of(source);
        assertEquals(source.size(), hashed.size());
        Integer absent = -1;
        for (int i = 0; i < 60_000; i++) {
            String key = "f" + (i % 7) + "_" + Integer.toString(i, 36);
            assertEquals(source.getOrDefault(key, absent), hashed.getOrDefault(key, absent), key);
            assertEquals(source.containsKey(key), hashed.containsKey(key), key);
        }
        assertEquals(absent, hashed.getOrDefault("never seen", absent));
        assertFalse(hashed.containsKey(42));
    }

    @Test
    void anEmptyTableAnswersTheDefault() {
        HashedFeatureIndex hashed = HashedFeatureIndex.of(new Object2IntOpenHashMap<>());
        assertEquals(0, hashed.size());
        assertEquals(Integer.valueOf(-1), hashed.getOrDefault("x", -1));
    }

    @Test
    void hashesTellNearStringsApartAndAreNeverTheEmptySlot() {
        assertNotEquals(HashedFeatureIndex.hash("ab"), HashedFeatureIndex.hash("ba"));
        assertNotEquals(HashedFeatureIndex.hash(""), 0L);
        assertTrue(HashedFeatureIndex.hash("p2:l=nsubj") != HashedFeatureIndex.hash("p2:l=nsubj "));
    }

    @Test
    void keepsNoKeysToList() {
        HashedFeatureIndex hashed = HashedFeatureIndex.of(features(10));
        assertThrows(UnsupportedOperationException.class, hashed::object2IntEntrySet);
    }
}
