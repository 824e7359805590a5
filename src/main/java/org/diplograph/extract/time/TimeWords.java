package org.diplograph.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists of {@code lang/en/time.properties}: tense cues, number words, parts of the day, seasons, nights. */
record TimeWords(List<List<String>> future, Set<String> past, Set<String> notPast, Set<String> presentAuxiliaries,
                 Set<String> determiners,
                 Set<String> reporting, int reportingReach, int followingReach, Map<String, Integer> numbers, Set<String> dayParts,
                 Set<String> seasons, Set<String> yearQuantityBefore, Set<String> yearQuantityAfter,
                 Set<String> ambiguousMonths, Set<String> nights) {

    static final String RESOURCE = "/lang/en/time.properties";
    static final TimeWords EN = load(RESOURCE);

    TimeWords {
        future = List.copyOf(future);
        past = Set.copyOf(past);
        notPast = Set.copyOf(notPast);
        presentAuxiliaries = Set.copyOf(presentAuxiliaries);
        determiners = Set.copyOf(determiners);
        reporting = Set.copyOf(reporting);
        numbers = Map.copyOf(numbers);
        dayParts = Set.copyOf(dayParts);
        seasons = Set.copyOf(seasons);
        yearQuantityBefore = Set.copyOf(yearQuantityBefore);
        yearQuantityAfter = Set.copyOf(yearQuantityAfter);
        ambiguousMonths = Set.copyOf(ambiguousMonths);
        nights = Set.copyOf(nights);
    }

    static TimeWords load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TimeWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (String pair : list(p, "numbers")) {
            String[] kv = pair.split(":");
            numbers.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        return new TimeWords(
                list(p, "tense.future").stream().map(s -> List.of(s.split("\\s+"))).toList(),
                Set.copyOf(list(p, "tense.past")), Set.copyOf(list(p, "tense.not-past")),
                Set.copyOf(list(p, "tense.present-auxiliaries")), Set.copyOf(list(p, "tense.determiners")),
                Set.copyOf(list(p, "tense.reporting")),
                integer(p, "tense.reporting-reach"), integer(p, "tense.following-reach"), numbers,
                Set.copyOf(list(p, "day-parts")), Set.copyOf(list(p, "seasons")),
                Set.copyOf(list(p, "year.quantity-before")), Set.copyOf(list(p, "year.quantity-after")),
                Set.copyOf(list(p, "month.ambiguous")), Set.copyOf(list(p, "nights")));
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(list(p, key).get(0));
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Arrays.stream(v.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .distinct().collect(Collectors.toList());
    }

    /** An alternation of the words, longest first, for a regular expression. */
    static String alternation(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
