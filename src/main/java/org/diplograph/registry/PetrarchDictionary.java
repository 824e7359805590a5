package org.diplograph.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH's TABARI-style actor dictionaries (MIT) into their entries. An entry starts with its primary name at
 * the start of a line ("IRAQ_", "KOFI_ANNAN_ [IGOUNO 970101-061231]"); lines starting with "+" are other names for it,
 * indented or bracketed lines carry its codes ("[IRQ >20060520]"), "#" starts a comment.
 */
final class PetrarchDictionary {

    private static final Pattern PRIMARY = Pattern.compile("^([A-Z0-9][^\\s#\\[]*)");
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3,})(\\s[^]]*)?]");

    /** A code and what qualifies it (a date range: "970101-061231", "&lt;20030320"), or null. */
    record Code(String code, String qualifier) {
        boolean dated() {
            return qualifier != null && !qualifier.isBlank();
        }
    }

    /**
     * @param primary     the primary name as written ("NUR_MOHAMMAD_TARAKI_")
     * @param lines       the entry's own lines (its first line and its code lines), comments included
     * @param synonyms    the other names, as written after "+" and before any comment
     * @param codes       codes on the entry's own lines
     * @param synonymCodes codes written on the lines of other names
     */
    record Entry(String primary, List<String> lines, List<String> synonyms, List<Code> codes,
                 List<Code> synonymCodes) {
    }

    private PetrarchDictionary() {
    }

    static List<Entry> read(Path dictionary) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Builder current = null;
        for (String line : Files.readAllLines(dictionary, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher primary = PRIMARY.matcher(line);
            if (primary.find()) {
                if (current != null) {
                    entries.add(current.build());
                }
                current = new Builder(primary.group(1));
            }
            if (current == null) {
                continue;
            }
            if (line.startsWith("+")) {
                String name = line.substring(1).split("#")[0].strip();
                current.synonyms.add(name);
                codes(line, current.synonymCodes);
            } else {
                current.lines.add(line);
                codes(line, current.codes);
            }
        }
        if (current != null) {
            entries.add(current.build());
        }
        return entries;
    }

    /** "NEW_YORK_" → "NEW YORK": PETRARCH joins words with underscores and ends entries with one. */
    static String clean(String entry) {
        return entry.replaceAll("_+$", "").replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void codes(String line, List<Code> out) {
        Matcher code = CODE.matcher(line.split("#")[0]);
        while (code.find()) {
            out.add(new Code(code.group(1), code.group(2)));
        }
    }

    private static final class Builder {
        final String primary;
        final List<String> lines = new ArrayList<>();
        final List<String> synonyms = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        final List<Code> synonymCodes = new ArrayList<>();

        Builder(String primary) {
            this.primary = primary;
        }

        Entry build() {
            return new Entry(primary, List.copyOf(lines), List.copyOf(synonyms), List.copyOf(codes),
                    List.copyOf(synonymCodes));
        }
    }
}
