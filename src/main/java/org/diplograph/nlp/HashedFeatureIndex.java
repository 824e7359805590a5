package org.diplograph.nlp;

import it.unimi.dsi.fastutil.objects.AbstractObject2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;

/**
 * A read-only replacement for one of NLP4J's feature-string to feature-index tables, for decoding only.
 *
 * <p>Why: NLP4J looks every feature string of every parser and tagger step up in a fastutil
 * {@code Object2IntOpenHashMap<String>} through the boxed {@code getOrDefault}, which probes the table twice, and each
 * probe compares the string with every key it passes, one pointer chase (a cache miss in a table of millions of
 * strings) per key. Most features of a sentence are not in the table, so the misses dominate the parse (about two
 * thirds of its samples in a profile). Here a key is a 64-bit hash, stored with its value in one {@code long[]} slot
 * pair: a lookup reads one cache line and no string.
 *
 * <p>The stored hashes are checked to be distinct when the table is built. A feature string the model never saw
 * matches a stored one only if their 64-bit hashes collide, about once in 10^12 lookups for a table of ten million
 * keys; such a feature adds one wrong weight to one score, which the parse almost never notices.
 */
final class HashedFeatureIndex extends AbstractObject2IntMap<String> {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = 0L;

    /** key hash at 2i, value at 2i + 1 */
    private final long[] slots;
    private final int mask;
    private final int size;

    private HashedFeatureIndex(long[] slots, int size) {
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.size = size;
    }

    /** The same mapping as {@code source}; fails if two of its keys share a 64-bit hash. */
    static HashedFeatureIndex of(Object2IntMap<String> source) {
        int capacity = Integer.highestOneBit(Math.max(4, source.size() * 2 - 1)) << 1; // load factor at most 0.5
        long[] slots = new long[capacity * 2];
        int mask = capacity - 1;
        for (Object2IntMap.Entry<String> e : source.object2IntEntrySet()) {
            long h = hash(e.getKey());
            int i = (int) h & mask;
            while (slots[2 * i] != EMPTY) {
                if (slots[2 * i] == h) {
                    throw new IllegalStateException("two features share a 64-bit hash: " + e.getKey());
                }
                i = (i + 1) & mask;
            }
            slots[2 * i] = h;
            slots[2 * i + 1] = e.getIntValue();
        }
        return new HashedFeatureIndex(slots, source.size());
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser; never 0, the empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    private int find(Object key, int absent) {
        if (!(key instanceof String s)) {
            return absent;
        }
        long h = hash(s);
        int i = (int) h & mask;
        long k;
        while ((k = slots[2 * i]) != EMPTY) {
            if (k == h) {
                return (int) slots[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        return absent;
    }

    /** The call NLP4J's {@code FeatureMap.index} makes: one probe instead of two. */
    @Override
    public Integer getOrDefault(Object key, Integer defaultValue) {
        int absent = Integer.MIN_VALUE;
        int v = find(key, absent);
        return v == absent ? defaultValue : Integer.valueOf(v);
    }

    @Override
    public int getInt(Object key) {
        return find(key, defRetValue);
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key, Integer.MIN_VALUE) != Integer.MIN_VALUE;
    }

    @Override
    public int size() {
        return size;
    }

    /** The strings are not kept: decoding never lists the table. */
    @Override
    public ObjectSet<Object2IntMap.Entry<String>> object2IntEntrySet() {
        throw new UnsupportedOperationException("a hashed feature index keeps no keys");
    }
}
