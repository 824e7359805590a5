package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.registry.Keys;
import org.diplograph.vocab.DataFiles;

/** An institution named by its building ("the White House") is the place where it only locates something. */
final class VenuesAsPlaces implements MentionFinder {

    private static final Set<String> GATHERINGS = DataFiles.words("lang/en/venue-gatherings.txt");
    /** Words that may stand between a locative preposition and the building ("in its old Oval Office"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that");
    /** How many determiners and adjectives may stand there. */
    private static final int MAX_WORDS_BEFORE = 3;

    /**
     * A seat of government or an institution named by its building ("the Oval Office", "the White House") is the
     * place where something happens when the text puts it after a locative preposition or a verb of visiting ("met
     * at the White House", "in its grand Oval Office"), or names a gathering by it ("an Oval Office meeting"); acting
     * ("the White House said") it stays the institution.
     */
    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if (c.type != MentionType.ORGANIZATION || !namedByBuilding(m, c)) {
                continue;
            }
            // a building naming the noun after it is where that is only for a gathering: "in a White House statement"
            // is the institution's statement, the preposition governing the noun
            String named = nextNoun(m, c);
            if (named != null ? GATHERINGS.contains(named) : afterLocative(m, c)) {
                m.retype(c, MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, c.label), c.label,
                        MentionMergePolicy.Override.BUILDING_AS_VENUE);
            }
        }
    }

    private static boolean afterLocative(ArticleMentions m, Claim c) {
        int k = c.from - 1;
        for (int skipped = 0; k >= 0 && m.sentenceOf[k] == m.sentenceOf[c.from] && skipped < MAX_WORDS_BEFORE
                && (DETERMINERS.contains(m.lower[k]) || m.tokens.get(k).pos().equals("JJ")
                && Character.isLowerCase(m.tokens.get(k).text().charAt(0))); skipped++) {
            k--;
        }
        return k >= 0 && m.sentenceOf[k] == m.sentenceOf[c.from] && Lexicon.VENUE_PREPOSITIONS.contains(m.lower[k]);
    }

    /** The common noun right after the name in its sentence, lower-cased, or null. */
    private static String nextNoun(ArticleMentions m, Claim c) {
        boolean noun = c.to < m.lower.length && m.sentenceOf[c.to] == m.sentenceOf[c.from]
                && m.tokens.get(c.to).pos().startsWith("NN") && Character.isLowerCase(m.tokens.get(c.to).text().charAt(0));
        return noun ? m.lower[c.to] : null;
    }

    private boolean namedByBuilding(ArticleMentions m, Claim c) {
        if ("seat-of-government".equals(c.rule)) {
            return true;
        }
        String[] words = c.label.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length > 1 && Lexicon.VENUE_HEADS.contains(words[words.length - 1]);
    }
}
