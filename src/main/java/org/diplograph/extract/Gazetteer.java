package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/**
 * Alias index over the registry: candidate generation for linking. Matching is case-sensitive on
 * normalised surface strings (collapsed spaces, straight apostrophes), so "US" and "us" differ.
 *
 * <p>A surface claimed by several entries is resolved once, at build time: a UN member state beats a
 * territory ("American" is the United States, not American Samoa); any other tie is dropped, because
 * a wrong link is worse than none.
 */
public final class Gazetteer {

    /** One way the text can name a registry entry. */
    public record Entry(String key, MentionType type, String label, String stateKey) {
    }

    private static final java.util.regex.Pattern SPOKEN_ACRONYM = java.util.regex.Pattern.compile("[A-Z]{4,}");

    private final Map<String, Entry> bySurface;
    private final int maxTokens;
    private final Set<String> openings;

    public Gazetteer(Registry registry) {
        Map<String, List<Entry>> candidates = new LinkedHashMap<>();
        Map<String, RegistryEntry> entries = new HashMap<>();
        for (RegistryEntry e : registry.entries()) {
            entries.put(e.key(), e);
            MentionType type = switch (e.kind()) {
                case PERSON -> MentionType.PERSON;
                case STATE -> MentionType.STATE;
                case ORGANIZATION -> MentionType.ORGANIZATION;
                case PLACE -> MentionType.PLACE;
            };
            for (String name : e.names()) {
                // Only a capital carries a state (for metonymy); a state's own stateKey is its capital.
                Entry entry = new Entry(e.key(), type, e.label(), type == MentionType.PLACE ? e.stateKey() : null);
                add(candidates, name, entry);
                if (type == MentionType.ORGANIZATION && SPOKEN_ACRONYM.matcher(name).matches()) {
                    // British style writes an acronym said as a word with one capital: "Nato", "Unesco"
                    add(candidates, name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT), entry);
                }
            }
            for (String demonym : e.demonyms()) {
                Entry norp = new Entry(e.key(), MentionType.NORP, e.label(), e.key());
                add(candidates, demonym, norp);
                if (demonym.endsWith("an") || demonym.endsWith("i")) {
                    add(candidates, demonym + "s", norp);
                }
            }
        }
        for (String name : org.diplograph.registry.BundledPlaces.stateByName().keySet()) {
            // cities and provinces under their state in PETRARCH; no link, and no metonymy ("Mosul said" is no state)
            String key = org.diplograph.registry.Keys.of(org.diplograph.registry.EntityKind.PLACE, name);
            if (!entries.containsKey(key)) {
                add(candidates, name, new Entry(key, MentionType.PLACE, name, null));
            }
        }
        for (String region : Lexicon.WORLD_REGIONS) {
            String key = org.diplograph.registry.Keys.of(org.diplograph.registry.EntityKind.PLACE, region);
            if (!entries.containsKey(key)) {
                add(candidates, region, new Entry(key, MentionType.PLACE, region, null));
            }
        }
        for (String line : bundledLines("ontology/organizations.tsv")) {
            // companies, NGOs, IGOs and armed groups from PETRARCH's actor lists; no link
            String name = line.split("\t")[0];
            String key = org.diplograph.registry.Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, name);
            if (!entries.containsKey(key)) {
                add(candidates, name, new Entry(key, MentionType.ORGANIZATION, name, null));
            }
        }
        for (String name : bundledLines("ontology/people.txt")) {
            String key = org.diplograph.registry.Keys.of(org.diplograph.registry.EntityKind.PERSON, name);
            if (!entries.containsKey(key)) {
                add(candidates, name, new Entry(key, MentionType.PERSON, name, null));
            }
        }
        Map<String, Entry> chosen = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, List<Entry>> c : candidates.entrySet()) {
            Entry winner = choose(c.getValue(), entries);
            if (winner != null) {
                chosen.put(c.getKey(), winner);
                longest = Math.max(longest, c.getKey().split(" ").length + 2);
            }
        }
        this.bySurface = Map.copyOf(chosen);
        this.maxTokens = Math.min(longest, 12);
        this.openings = chosen.keySet().stream().map(Gazetteer::opening).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The letters and digits an alias or a token begins with: "al" for "al-Qaeda", "U" for "U.S.". */
    private static String opening(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /**
     * Whether some alias could begin at a token with this text. Most tokens are ordinary words no alias begins
     * with; this lets the longest-match search skip them instead of trying every length.
     */
    public boolean mayBegin(String token) {
        String o = opening(token);
        return o.isEmpty() || openings.contains(o);
    }

    /**
     * Non-empty lines of a bundled list: full names of known people without registry entries (people.txt) or
     * organisations with their actor code (organizations.tsv), both from PETRARCH.
     */
    private static List<String> bundledLines(String resource) {
        try (java.io.InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A hyphen between two capitalised words, which news also writes as a space ("Guinea Bissau"). */
    private static final java.util.regex.Pattern CAPITALS_HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L})-(?=\\p{Lu})");

    /** A three-syllable name written as three words ("Han Min Ho"), which news also hyphenates ("Han Min-ho"). */
    private static final java.util.regex.Pattern THREE_WORDS =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) (\\p{Lu})(\\p{Ll}+)");
    /** ... and the other way round. */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)-(\\p{Ll})(\\p{Ll}+)");

    private static void add(Map<String, List<Entry>> candidates, String surface, Entry entry) {
        addOne(candidates, surface, entry);
        String spaced = CAPITALS_HYPHEN.matcher(surface).replaceAll(" ");
        if (!spaced.equals(surface)) {
            addOne(candidates, spaced, entry);
        }
        if (entry.type() == MentionType.PERSON) {
            java.util.regex.Matcher three = THREE_WORDS.matcher(surface);
            if (three.matches()) {
                addOne(candidates, three.group(1) + "-" + three.group(2).toLowerCase(java.util.Locale.ROOT)
                        + three.group(3), entry);
            }
            java.util.regex.Matcher hyphenated = HYPHENATED_GIVEN_NAME.matcher(surface);
            if (hyphenated.matches()) {
                addOne(candidates, hyphenated.group(1) + " " + hyphenated.group(2).toUpperCase(java.util.Locale.ROOT)
                        + hyphenated.group(3), entry);
            }
        }
    }

    private static void addOne(Map<String, List<Entry>> candidates, String surface, Entry entry) {
        String key = normalise(surface);
        if (key.length() < 2 || key.chars().noneMatch(Character::isUpperCase)) {
            return;
        }
        List<Entry> list = candidates.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(e -> e.key().equals(entry.key()) && e.type() == entry.type())) {
            list.add(entry);
        }
    }

    private static Entry choose(List<Entry> options, Map<String, RegistryEntry> entries) {
        if (options.size() == 1) {
            return options.get(0);
        }
        if (options.stream().map(Entry::key).distinct().count() == 1) {
            // "U.S." is both a name and an adjective of the same state: the name reading is the entity.
            return options.stream().filter(o -> o.type() != MentionType.NORP).findFirst().orElse(options.get(0));
        }
        List<Entry> members = options.stream()
                .filter(o -> o.type() == MentionType.STATE || o.type() == MentionType.NORP)
                .filter(o -> "un_member".equals(entries.get(o.key()).subtype()))
                .toList();
        if (members.size() == 1) {
            return members.get(0);
        }
        // A person's alias that is also a place name ("Georgia") stays with the place: news names
        // people by full name, and the title rules catch the rest.
        List<Entry> nonPersons = options.stream().filter(o -> o.type() != MentionType.PERSON).toList();
        if (nonPersons.size() == 1) {
            return nonPersons.get(0);
        }
        return null;
    }

    /** Straight apostrophes and quotes, one space between words. Hot: called for every candidate span. */
    public static String normalise(String surface) {
        boolean clean = true;
        char prev = 'x';
        for (int i = 0; i < surface.length() && clean; i++) {
            char c = surface.charAt(i);
            clean = c != '’' && c != '‘' && (c == ' ' ? prev != ' ' : !Character.isWhitespace(c));
            prev = c;
        }
        if (clean && !surface.isEmpty() && surface.charAt(0) != ' ' && prev != ' ') {
            return surface;
        }
        return WHITESPACE.matcher(surface.replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public Entry lookup(String surface) {
        return bySurface.get(normalise(surface));
    }

    /** The most tokens any alias spans, with slack for tokenisation differences. */
    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return bySurface.size();
    }
}
