package org.diplograph.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a news corpus writes each candidate: its commonest capitalised spelling, and how often it is lower case. */
final class NewsCasing {
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    private final Map<String, int[]> counts = new HashMap<>();

    /** @param acronyms whether a short single word written in capitals ("FARC") is a spelling to keep */
    static NewsCasing read(Path corpus, Set<String> candidates, boolean acronyms) throws IOException {
        NewsCasing c = new NewsCasing();
        Map<String, String> byLower = new HashMap<>();
        int longest = 1;
        for (String u : candidates) {
            byLower.put(folded(u), u);
            longest = Math.max(longest, u.split("[ -]").length);
        }
        ObjectMapper json = new ObjectMapper();
        Pattern word = Pattern.compile("\\p{L}+(?:['.]\\p{L}+)*");
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode rec = json.readTree(line);
                String text = rec.path("text").asText("");
                List<int[]> spans = new ArrayList<>();
                Matcher m = word.matcher(text);
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                for (int i = 0; i < spans.size(); i++) {
                    for (int len = 1; len <= longest && i + len <= spans.size(); len++) {
                        String surface = text.substring(spans.get(i)[0], spans.get(i + len - 1)[1]);
                        String upper = byLower.get(folded(surface));
                        if (upper == null) {
                            continue;
                        }
                        boolean capitalised = Character.isUpperCase(surface.charAt(0));
                        c.counts.computeIfAbsent(upper, k -> new int[2])[capitalised ? 0 : 1]++;
                        // all capitals count only for a short single word (an acronym: "FARC"), not for headlines
                        boolean acronym = acronyms && len == 1 && surface.length() <= 6;
                        if (capitalised && (acronym || !surface.equals(surface.toUpperCase(Locale.ROOT)))
                                && !surface.contains("\n")) {
                            c.spellings.computeIfAbsent(upper, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return c;
    }

    /** Case, hyphens and dots aside: "Mazar-i-Sharif" is "MAZAR-I-SHARIF", "St Louis" is "ST. LOUIS". */
    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace(".", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether the corpus has the candidate at all, in any case. */
    boolean seen(String upper) {
        return counts.containsKey(upper);
    }

    boolean mostlyLowercase(String upper) {
        int[] n = counts.get(upper);
        return n != null && n[1] * 10 > n[0] + n[1];
    }

    java.util.Optional<String> preferred(String upper) {
        Map<String, Integer> s = spellings.get(upper);
        if (s == null) {
            return java.util.Optional.empty();
        }
        return s.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey);
    }
}
