package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/**
 * A person's name the registry does not hold, one letter away from a name it does ("Vladmir Putin", a surname with
 * two letters swapped): a typo of that person, not a second person. Only one word may differ, by one letter added,
 * dropped, changed or two neighbours swapped, in a word of five letters or more with the same first letter; the others
 * must be the same; and only one registry person may fit. Shorter words are left alone: one letter is what tells
 * "Kim Jong Il" from "Kim Jong Un".
 */
final class MisspeltNameFinder implements MentionFinder {

    private static final int MIN_WORD = 5;

    /** Registry people's names of two words or more, by their word count. */
    private final Map<Integer, List<Named>> byLength = new HashMap<>();

    private record Named(String[] words, RegistryEntry person) {
    }

    private final Registry registry;

    MisspeltNameFinder(Registry registry) {
        this.registry = registry;
        for (RegistryEntry e : registry.entries()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (String name : e.names()) {
                String[] words = name.split(" ");
                if (words.length >= 2) {
                    byLength.computeIfAbsent(words.length, n -> new ArrayList<>()).add(new Named(words, e));
                }
            }
        }
    }

    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if (c.type != MentionType.PERSON || registry.get(c.key).isPresent()) {
                continue;
            }
            RegistryEntry meant = meant(c.label.split(" "));
            if (meant != null) {
                m.retype(c, MentionType.PERSON, meant.key(), meant.label(), MentionMergePolicy.Override.MISSPELT_NAME);
                // the person the later finders resolve surnames to, and the office seen beside the name, are the
                // registry person's
                m.persons.remove(c.key);
                m.registryPerson(meant.key());
                m.roles.replaceAll(r -> r.personKey().equals(c.key)
                        ? new RoleObservation(meant.key(), r.title(), r.ofKey(), r.sentence(), r.span()) : r);
            }
        }
    }

    /** The one registry person this name is a typo of, or null. */
    RegistryEntry meant(String[] words) {
        Set<RegistryEntry> found = new LinkedHashSet<>();
        for (Named n : byLength.getOrDefault(words.length, List.of())) {
            int differing = -1;
            for (int i = 0; i < words.length; i++) {
                if (!words[i].equals(n.words()[i])) {
                    if (differing >= 0) {
                        differing = -2;
                        break;
                    }
                    differing = i;
                }
            }
            if (differing >= 0 && oneTypo(words[differing], n.words()[differing])) {
                found.add(n.person());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** One letter added, dropped, changed, or two neighbours swapped, in words of five letters or more. */
    static boolean oneTypo(String a, String b) {
        if (a.length() < MIN_WORD || b.length() < MIN_WORD || a.charAt(0) != b.charAt(0)
                || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one changed
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i)); // one added or dropped
    }
}
