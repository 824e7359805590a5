package org.diplograph.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of page furniture for one language, kept as data ({@code lang/<code>/furniture.tsv}) so that the
 * {@link Cleaner}'s code holds only shapes and positions, and another language needs a file, not a patch.
 */
public final class FurnitureLexicon {

    /** What a phrase does on a page; the file's first column. */
    public enum Kind {
        TEASER, CREDIT, AGENCY, BYLINE, CONNECTOR, NOTICE, BAR, CAPTION, POSITION, STAMP, DATEWORD, DATEJOIN
    }

    private static final FurnitureLexicon ENGLISH = load("lang/en/furniture.tsv");

    private final ImmutableMap<Kind, ImmutableSet<String>> phrases;

    FurnitureLexicon(Map<Kind, Set<String>> phrases) {
        Map<Kind, ImmutableSet<String>> copy = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            copy.put(k, ImmutableSet.copyOf(phrases.getOrDefault(k, Set.of())));
        }
        this.phrases = ImmutableMap.copyOf(copy);
    }

    public static FurnitureLexicon english() {
        return ENGLISH;
    }

    /** Reads {@code kind<TAB>phrase} lines; '#' starts a comment line. */
    static FurnitureLexicon parse(BufferedReader reader) throws IOException {
        Map<Kind, Set<String>> phrases = new EnumMap<>(Kind.class);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException("furniture lexicon line " + number + ": want kind<TAB>phrase");
            }
            Kind kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            phrases.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(cols[1].strip().toLowerCase(Locale.ROOT));
        }
        return new FurnitureLexicon(phrases);
    }

    private static FurnitureLexicon load(String resource) {
        try (InputStream in = FurnitureLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(Kind kind, String phrase) {
        return phrases.get(kind).contains(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * A regex alternation of the phrases of one kind, longest first so that "file photo" wins over "file";
     * inner spaces match any run of blanks.
     */
    public String alternation(Kind kind) {
        return phrases.get(kind).stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
