package org.diplograph.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maintainers: the cities and provinces PETRARCH's country dictionary lists under each state (MIT; "+KANDAHAR_" under
 * AFGHANISTAN), as {@code ontology/places.tsv}: name, then the state's ISO3 code. Those blocks also hold the country's
 * misspellings, foreign and official names and nicknames; a name is kept as a place only when it is
 * <ul>
 *   <li>listed under one state only, and not a name the registry already knows (state, capital, organisation,
 *       person) or a given name;</li>
 *   <li>not a spelling of the state's own name or demonym (edit distance), and free of state words ("Republic");</li>
 *   <li>not a common word: in the news corpus, when it occurs, it is written capitalised.</li>
 * </ul>
 * Each name is written as the news corpus most often capitalises it ("Mazar-i-Sharif"), else in title case.
 */
public final class PlaceListCompiler {

    private static final Set<String> STATE_WORDS = Set.of("REPUBLIC", "KINGDOM", "EMIRATE", "EMIRATES",
            "FEDERATION", "UNION", "GOVERNMENT", "PEOPLE", "PEOPLES", "STATE", "STATES", "DEMOCRATIC", "ISLAMIC",
            "COUNTRY", "NATION", "REGIME", "OCCUPIED", "COLONY", "PROTECTORATE", "SULTANATE", "PRINCIPALITY",
            "COMMONWEALTH", "DOMINION", "CONFEDERATION", "CAPITAL", "LAND");

    /** Names the country blocks list that are no places (checked by hand on the compiled list): a party. */
    private static final Set<String> NOT_PLACES = Set.of("FATAH");

    private PlaceListCompiler() {
    }

    /**
     * @param known  every name the registry already has (any entity), given names included; compared case-blind
     * @param corpus news JSONL (field {@code text}) for casing and the common-word test, or null to skip both
     */
    public static int compile(Path petrarchCountries, List<Map<String, String>> states, Set<String> known,
                              Path corpus, Path out) throws IOException {
        Map<String, Set<String>> byName = new TreeMap<>();
        Map<String, List<String>> stateNames = stateNames(states);
        for (PetrarchDictionary.Entry e : PetrarchDictionary.read(petrarchCountries)) {
            // "[IRQ]", or dated "[IRQ >20060520]"
            String state = e.codes().stream().map(PetrarchDictionary.Code::code)
                    .filter(c -> c.length() == 3 && stateNames.containsKey(c)).findFirst().orElse(null);
            collect(PetrarchDictionary.clean(e.primary()), state,
                    e.synonyms().stream().map(PetrarchDictionary::clean).toList(),
                    stateNames, byName);
        }

        Set<String> knownLower = new HashSet<>();
        known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
        NewsCasing casing = corpus == null ? null : NewsCasing.read(corpus, byName.keySet(), false);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : byName.entrySet()) {
            String upper = e.getKey();
            if (e.getValue().size() != 1) {
                continue; // under two states: ambiguous
            }
            String iso3 = e.getValue().iterator().next();
            String title = titleCase(upper);
            if (knownLower.contains(title.toLowerCase(Locale.ROOT)) || NOT_PLACES.contains(upper)
                    || !plausible(upper, stateNames.get(iso3))) {
                continue;
            }
            String name = title;
            if (casing != null) {
                if (casing.mostlyLowercase(upper)) {
                    continue;
                }
                name = casing.preferred(upper).orElse(title);
            }
            lines.add(name + "\t" + iso3);
        }
        lines.sort(String::compareTo);
        Files.write(out, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return lines.size();
    }

    private static void collect(String block, String blockState, List<String> synonyms,
                                Map<String, List<String>> stateNames, Map<String, Set<String>> byName) {
        if (block == null || blockState == null) {
            return;
        }
        // only the state's own block: "IRAQ_ [IRQ]", not "IRAQI_KURDISTAN" or a person coded IRQ
        boolean ownBlock = stateNames.get(blockState).stream().anyMatch(n -> n.equals(block));
        if (!ownBlock) {
            return;
        }
        for (String s : synonyms) {
            if (!s.isEmpty()) {
                byName.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(blockState);
            }
        }
    }

    /** A state's names, demonyms and official name, in PETRARCH's spelling (upper case, words joined by spaces). */
    private static Map<String, List<String>> stateNames(List<Map<String, String>> states) {
        Map<String, List<String>> out = new HashMap<>();
        for (Map<String, String> row : states) {
            List<String> names = new ArrayList<>();
            for (String col : List.of("common_name", "official_name", "alt_names", "demonyms_adjectives")) {
                for (String n : row.getOrDefault(col, "").split("\\|")) {
                    if (!n.isBlank()) {
                        names.add(PetrarchDictionary.clean(n.toUpperCase(Locale.ROOT).replace(' ', '_')));
                    }
                }
            }
            out.put(row.get("iso3"), names);
        }
        return out;
    }

    static boolean plausible(String upper, List<String> stateNames) {
        if (upper.length() < 4 || upper.startsWith("THE ") || upper.contains("(") || upper.contains(",")
                || upper.split(" ").length > 3 || !upper.matches("[A-Z][A-Z .'-]*[A-Z.]")) {
            return false;
        }
        for (String w : upper.split("[ -]")) {
            if (STATE_WORDS.contains(w)) {
                return false;
            }
        }
        for (String n : stateNames) {
            if (upper.contains(n) || n.contains(upper) || similar(upper, n)) {
                return false;
            }
        }
        return true;
    }

    /** Within a third of the longer name's length in edits: "AFGANISTAN" is Afghanistan misspelt. */
    private static boolean similar(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return levenshtein(a, b) * 3 <= max;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Small words inside a name stay lower case: "Mazar-i-Sharif", "Acapulco de Juarez", "Stratford-upon-Avon". */
    private static final Set<String> PARTICLES = Set.of("i", "e", "y", "de", "del", "da", "do", "dos", "du", "la",
            "le", "les", "of", "on", "upon", "am", "an", "im", "sur", "en");

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        Matcher part = Pattern.compile("[^ -]+|[ -]").matcher(upper.toLowerCase(Locale.ROOT));
        boolean first = true;
        while (part.find()) {
            String p = part.group();
            if (p.equals(" ") || p.equals("-")) {
                sb.append(p);
                continue;
            }
            boolean small = !first && PARTICLES.contains(p);
            sb.append(small ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1));
            first = false;
        }
        return sb.toString();
    }
}
