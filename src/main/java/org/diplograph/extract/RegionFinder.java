package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.BundledPlaces;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Keys;
import org.diplograph.registry.Registry;
import org.diplograph.vocab.DataFiles;

/**
 * Regions that bear the name of a state or a capital: in "Lakeport, Carolina" (or "Lakeport in Carolina"), where the
 * {@link RegionIndex} knows a town of the first name inside a region of the second, the second is that region, not
 * the state, capital or town the registry reads it as. So is a name next to words that only a region takes ("the
 * governor of Carolina", "Carolina state": {@code lang/en/region-cues.tsv}) when one region alone bears it. And a
 * capital's name before a region of another state that has a town of that name ("San Jose, California") is that
 * town. A key made here carries the state, so it never meets the namesake's key.
 */
final class RegionFinder implements MentionFinder {

    private static final Map<String, String> PLACE_STATES = BundledPlaces.stateByKey();
    private static final List<Cue> CUES = cues();
    /** "Calif." → "California": the abbreviations news style gives regions after a town. */
    private static final Map<String, String> ABBREVIATIONS = abbreviations();

    private static Map<String, String> abbreviations() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] row : DataFiles.rows("lang/en/region-abbreviations.tsv", 2)) {
            out.put(row[0], row[1]);
        }
        return Map.copyOf(out);
    }

    /** Words right before or after a name that make it a region; some not for a name read as a state. */
    private record Cue(boolean before, List<String> words, boolean placesOnly) {
    }

    private static List<Cue> cues() {
        List<Cue> out = new ArrayList<>();
        for (String[] row : DataFiles.rows("lang/en/region-cues.tsv", 3)) {
            out.add(new Cue(row[0].equals("before"), List.of(row[1].split(" ")), row[2].equals("place")));
        }
        return List.copyOf(out);
    }

    private final RegionIndex regions;
    private final Registry registry;

    RegionFinder(RegionIndex regions, Registry registry) {
        this.regions = regions;
        this.registry = registry;
    }

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            afterTowns(m, s);
            abbreviatedAfterTowns(m, s);
            byCues(m, s);
        }
    }

    /**
     * "Lakeport, Calif.": a town before a region's abbreviation is that region's town when the index knows a town of
     * that name there (whatever else its name may read as), and the abbreviation is the region.
     */
    private void abbreviatedAfterTowns(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        for (int j = 1; j < ts.size(); j++) {
            // the tokenizer may leave the full stop apart ("Calif" ".")
            boolean stopApart = j + 1 < ts.size() && ts.get(j + 1).text().equals(".")
                    && ts.get(j + 1).start() == ts.get(j).end();
            String region = ABBREVIATIONS.get(ts.get(j).text() + (stopApart ? "." : ""));
            int abbreviation = ts.get(j).index();
            int abbreviationEnd = abbreviation + (stopApart ? 2 : 1);
            if (region == null || !ts.get(j - 1).text().equals(",") || !m.free(abbreviation, abbreviationEnd)) {
                continue;
            }
            int townFrom = townStart(m, ts, j - 1);
            if (townFrom < 0) {
                continue;
            }
            int townEnd = ts.get(j - 1).index();
            String townName = m.text.substring(m.tokens.get(townFrom).start(), m.tokens.get(townEnd - 1).end());
            Optional<RegionIndex.Region> found = regions.around(townName, region);
            if (found.isEmpty()) {
                continue;
            }
            String label = Gazetteer.normalise(townName);
            Claim town = m.owner[townFrom];
            if (town == null) {
                m.claim(townFrom, townEnd, MentionType.PLACE, stateKeyed(label, found.get()), label,
                        Mention.TOWN_IN_REGION, found.get().stateKey());
            }
            m.claim(abbreviation, abbreviationEnd, MentionType.PLACE, stateKeyed(found.get().label(), found.get()),
                    found.get().label(), Mention.REGION, found.get().stateKey());
        }
    }

    private void byCues(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        for (int j = 0; j < ts.size(); j++) {
            Claim name = m.owner[ts.get(j).index()];
            if (name == null || name.from != ts.get(j).index() || !namesake(name)) {
                continue;
            }
            int after = j + name.to - name.from;
            for (Cue cue : CUES) {
                if ((cue.placesOnly() && name.type == MentionType.STATE)
                        || !(cue.before() ? before(m, ts, j, after, cue.words()) : after(ts, after, cue.words()))) {
                    continue;
                }
                regions.named(name.span.of(m.text)).filter(r -> !keepsItsReading(m, name, r))
                        .ifPresent(r -> retypeAsRegion(m, name, r));
                break;
            }
        }
    }

    /**
     * The words right before the name, which must not be a possessive's: "the governor of Ruritania's central bank"
     * is the bank's governor.
     */
    private static boolean before(ArticleMentions m, List<Token> ts, int j, int after, List<String> words) {
        if (j < words.size() || (after < ts.size() && Lexicon.lower(ts.get(after).text()).matches("['’]s"))) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!m.lower[ts.get(j - words.size() + k).index()].equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean after(List<Token> ts, int from, List<String> words) {
        if (from + words.size() > ts.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!ts.get(from + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private void afterTowns(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        for (int j = 1; j < ts.size(); j++) {
            Claim name = m.owner[ts.get(j).index()];
            String separator = ts.get(j - 1).text();
            if (name == null || name.from != ts.get(j).index() || !(separator.equals(",") || separator.equals("in"))
                    || (name.type != MentionType.PLACE && name.type != MentionType.STATE)) {
                continue;
            }
            int townEnd = ts.get(j - 1).index();
            int townFrom = townStart(m, ts, j - 1);
            if (townFrom < 0) {
                continue;
            }
            Claim town = m.owner[townEnd - 1];
            String townName = m.text.substring(m.tokens.get(townFrom).start(), m.tokens.get(townEnd - 1).end());
            Optional<RegionIndex.Region> found = regions.around(townName, name.span.of(m.text));
            if (found.isEmpty()) {
                continue;
            }
            RegionIndex.Region region = found.get();
            String label = Gazetteer.normalise(townName);
            if (town != null && namesakeTown(town, region)) {
                // "San Jose, California": the capital's name, before a region of another state that has a town of
                // that name, is that town
                m.retype(town, MentionType.PLACE, stateKeyed(label, region), label, Mention.TOWN_IN_REGION,
                        region.stateKey(), MentionMergePolicy.Override.TOWN_OF_REGION);
            }
            if (!namesake(name) || keepsItsReading(m, name, region)) {
                continue;
            }
            if (town == null) {
                m.claim(townFrom, townEnd, MentionType.PLACE, Keys.of(EntityKind.PLACE, label), label,
                        Mention.TOWN_IN_REGION, region.stateKey());
            }
            retypeAsRegion(m, name, region);
        }
    }

    /** A capital, or a place the list puts in a state, that the region of another state shows to be its own town. */
    private boolean namesakeTown(Claim town, RegionIndex.Region region) {
        if (town.type != MentionType.PLACE) {
            return false;
        }
        String state = registry.get(town.key).isPresent() ? town.stateKey : PLACE_STATES.get(town.key);
        return state != null && !state.equals(region.stateKey());
    }

    /** "place/georgia-usa": a key of the name and the state, which no namesake of another state shares. */
    private static String stateKeyed(String name, RegionIndex.Region region) {
        return Keys.of(EntityKind.PLACE, name + " " + region.stateKey().substring(region.stateKey().indexOf('/') + 1));
    }

    /**
     * The first token of the town before {@code sep} (a sentence position): a place already claimed that ends there,
     * or up to four unclaimed capitalised words after a word that introduces places ("in", "from") or at the start of
     * the sentence; -1 when there is none.
     */
    private static int townStart(ArticleMentions m, List<Token> ts, int sep) {
        Claim claimed = sep > 0 ? m.owner[ts.get(sep - 1).index()] : null;
        if (claimed != null) {
            return claimed.type == MentionType.PLACE && claimed.to == ts.get(sep).index() ? claimed.from : -1;
        }
        int a = sep;
        while (a > 0 && sep - a < 4 && m.owner[ts.get(a - 1).index()] == null && ts.get(a - 1).isCapitalised()
                && !ArticleMentions.isPunct(ts.get(a - 1).text()) && !Lexicon.NOT_NAMES.contains(ts.get(a - 1).text())) {
            a--;
        }
        if (a == sep || (a > 0 && !Lexicon.PLACE_WITH_STATE_CONTEXT.contains(ts.get(a - 1).text()))) {
            return -1;
        }
        return ts.get(a).index();
    }

    /**
     * A name the registry reads as something a region's name may be mistaken for: a state, a capital, or a town
     * the bundled list places in some state (the region's state decides, in {@link #afterTowns}, whether it is one).
     */
    private boolean namesake(Claim c) {
        return c.type == MentionType.STATE
                || (c.type == MentionType.PLACE && (registry.get(c.key).isPresent() || PLACE_STATES.containsKey(c.key)));
    }

    /**
     * A state named after one of its towns, when a region of the state bears its name ("Ville, Ruritania" with a
     * province Ruritania of Ruritania), is the state. A capital named after a town in the region of its own name
     * ("Oldtown, Port Royal" where the capital Port Royal lies in the region of Port Royal) is the capital, as the
     * linker reads a city and its region of one name. A listed place of the region's own state is the place of the
     * list, which is that region or the city the linker reads it as ("Windsor, Vermont" is the "Vermont" of
     * every other mention of it); only a listed place of another state is a namesake.
     */
    private boolean keepsItsReading(ArticleMentions m, Claim name, RegionIndex.Region region) {
        if (name.type == MentionType.STATE) {
            return name.key.equals(region.stateKey());
        }
        if (registry.get(name.key).isEmpty()) {
            return region.stateKey().equals(PLACE_STATES.get(name.key));
        }
        String text = name.span.of(m.text);
        return regions.around(text, text).filter(region::equals).isPresent();
    }

    private static void retypeAsRegion(ArticleMentions m, Claim c, RegionIndex.Region region) {
        m.retype(c, MentionType.PLACE, stateKeyed(region.label(), region), region.label(), Mention.REGION,
                region.stateKey(), MentionMergePolicy.Override.REGION_OF_PLACE);
    }
}
