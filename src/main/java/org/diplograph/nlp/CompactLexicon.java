package org.diplograph.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only replacement for one of NLP4J's word lexica (a word's ambiguity classes, its Brown cluster prefixes), for
 * decoding only.
 *
 * <p>Why: the library reads each lexicon into a {@code HashMap} from a million words to a list or set of their own,
 * five million objects (about 430 MB of heap) which Java serialization reads back one by one, most of the parser's
 * load from the model cache. Yet the words share about 1,500 distinct values. Here the words are one {@code char[]}
 * with an open-addressing index, and each word points to one shared value, the library's own instance of it: a value
 * is shared only with words whose value lists the same strings in the same order, so whatever reads it (the features,
 * in iteration order) reads what the library would have read.
 */
final class CompactLexicon<V extends Collection<String>> extends AbstractMap<String, V> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** the words, one after another; word i ends at ends[i] */
    private final char[] chars;
    private final int[] ends;
    /** word index + 1 at a slot found from the word's hash, 0 for an empty slot */
    private final int[] slots;
    /** word i's value is values[valueOf[i]] */
    private final int[] valueOf;
    private final Object[] values;

    private CompactLexicon(char[] chars, int[] ends, int[] slots, int[] valueOf, Object[] values) {
        this.chars = chars;
        this.ends = ends;
        this.slots = slots;
        this.valueOf = valueOf;
        this.values = values;
    }

    /** The same mapping as {@code source}, which must have no null key or value. */
    static <V extends Collection<String>> CompactLexicon<V> of(Map<String, V> source) {
        int n = source.size();
        int length = 0;
        for (String word : source.keySet()) {
            length += word.length();
        }
        char[] chars = new char[length];
        int[] ends = new int[n];
        int[] slots = new int[Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1]; // load factor at most 0.5
        int[] valueOf = new int[n];
        Map<List<String>, Integer> shared = new HashMap<>();
        List<Object> values = new ArrayList<>();
        int i = 0;
        int end = 0;
        for (Map.Entry<String, V> e : source.entrySet()) {
            String word = e.getKey();
            word.getChars(0, word.length(), chars, end);
            end += word.length();
            ends[i] = end;
            int slot = slot(word.hashCode(), slots.length);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
            V value = e.getValue();
            valueOf[i] = shared.computeIfAbsent(new ArrayList<>(value), v -> {
                values.add(value);
                return values.size() - 1;
            });
            i++;
        }
        return new CompactLexicon<>(chars, ends, slots, valueOf, values.toArray());
    }

    private static int slot(int hash, int capacity) {
        return (hash ^ (hash >>> 16)) & (capacity - 1);
    }

    private int start(int word) {
        return word == 0 ? 0 : ends[word - 1];
    }

    private boolean is(int word, String s) {
        int from = start(word);
        if (ends[word] - from != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (chars[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int find(String s) {
        int mask = slots.length - 1;
        for (int slot = slot(s.hashCode(), slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
            if (is(slots[slot] - 1, s)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    @Override
    public V get(Object key) {
        int word = key instanceof String s ? find(s) : -1;
        return word < 0 ? null : (V) values[valueOf[word]];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && find(s) >= 0;
    }

    @Override
    public int size() {
        return ends.length;
    }

    /** Distinct values the words share. */
    int distinctValues() {
        return values.length;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ends.length;
                    }

                    @SuppressWarnings("unchecked")
                    @Override
                    public Map.Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int word = next++;
                        return Map.entry(new String(chars, start(word), ends[word] - start(word)),
                                (V) values[valueOf[word]]);
                    }
                };
            }

            @Override
            public int size() {
                return ends.length;
            }
        };
    }
}
