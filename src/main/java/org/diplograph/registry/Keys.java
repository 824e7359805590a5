package org.diplograph.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Deterministic keys for entities: the same name always gives the same key, hence the same IRI. */
public final class Keys {

    /** "Choe Son-hui" → "choe-son-hui"; accents dropped, anything else non-alphanumeric becomes one dash. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }

    public static String of(EntityKind kind, String name) {
        return kind.keyPrefix() + "/" + slug(name);
    }

    private Keys() {
    }
}
