package org.diplograph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cities and provinces of {@code ontology/places.tsv} (compiled by {@link PlaceListCompiler}), each with the state
 * it lies in: name → state key. Read once from the jar.
 */
public final class BundledPlaces {

    private static final String RESOURCE = "ontology/places.tsv";
    private static volatile Map<String, String> byName;
    private static volatile Map<String, String> byKey;

    private BundledPlaces() {
    }

    /** Place name → key of its state ("Mosul" → "state/IRQ"), in file order. */
    public static Map<String, String> stateByName() {
        Map<String, String> m = byName;
        if (m == null) {
            synchronized (BundledPlaces.class) {
                if (byName == null) {
                    byName = load();
                }
                m = byName;
            }
        }
        return m;
    }

    /** Place key → key of its state, for the places of the list; built once. */
    public static Map<String, String> stateByKey() {
        Map<String, String> m = byKey;
        if (m == null) {
            synchronized (BundledPlaces.class) {
                if (byKey == null) {
                    Map<String, String> out = new LinkedHashMap<>();
                    stateByName().forEach((name, state) -> out.putIfAbsent(Keys.of(EntityKind.PLACE, name), state));
                    byKey = java.util.Collections.unmodifiableMap(out);
                }
                m = byKey;
            }
        }
        return m;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = BundledPlaces.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.strip().split("\t");
                if (cols.length == 2) {
                    out.put(cols[0], "state/" + cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
