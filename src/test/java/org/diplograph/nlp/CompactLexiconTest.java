package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompactLexiconTest {

    /** Words with Brown-cluster-like prefix sets: many words, few distinct sets. */
    private static Map<String, Set<String>> clusters(int words) {
        Map<String, Set<String>> m = new HashMap<>();
        for (int i = 0; i < words; i++) {
            String path = Integer.toBinaryString(16 + i % 40);
            Set<String> prefixes = new HashSet<>();
            for (int k = 1; k <= path.length(); k++) {
                prefixes.add(path.substring(0, k));
            }
            m.put("w" + Integer.toString(i, 36) + (i % 3 == 0 ? "é" : ""), prefixes);
        }
        return m;
    }

    @Test
    void answersWhatTheLibrarysMapAnswers() {
        Map<String, Set<String>> source = clusters(20_000);
        CompactLexicon<Set<String>> compact = CompactLexicon.of(source);
        assertEquals(source.size(), compact.size());
        assertEquals(40, compact.distinctValues());
        for (Map.Entry<String, Set<String>> e : source.entrySet()) {
            assertEquals(List.copyOf(e.getValue()), List.copyOf(compact.get(e.getKey())), e.getKey());
        }
        assertNull(compact.get("never seen"));
        assertNull(compact.get(""));
        assertNull(compact.get(null));
        assertFalse(compact.containsKey("w"));
        assertTrue(compact.containsKey("w0é"));
        assertEquals(source, compact);
    }

    @Test
    void sharesAValueOnlyWithWordsThatListItInTheSameOrder() {
        Map<String, List<String>> source = new HashMap<>();
        source.put("run", new ArrayList<>(List.of("VB", "NN")));
        source.put("walk", new ArrayList<>(List.of("VB", "NN")));
        source.put("talk", new ArrayList<>(List.of("NN", "VB")));
        Set<String> ordered = new LinkedHashSet<>(List.of("10", "1011"));
        Set<String> reversed = new LinkedHashSet<>(List.of("1011", "10"));
        CompactLexicon<List<String>> lists = CompactLexicon.of(source);
        assertSame(lists.get("run"), lists.get("walk"));
        assertEquals(List.of("NN", "VB"), lists.get("talk"));
        CompactLexicon<Set<String>> sets = CompactLexicon.of(Map.of("a", ordered, "b", reversed));
        assertEquals(List.of("10", "1011"), List.copyOf(sets.get("a")));
        assertEquals(List.of("1011", "10"), List.copyOf(sets.get("b")));
    }

    @Test
    void survivesSerialisation() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> source = clusters(1_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CompactLexicon.of(source));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(source, in.readObject());
        }
    }
}
