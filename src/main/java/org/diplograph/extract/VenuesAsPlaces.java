package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.registry.Keys;

/** An institution named by its building ("the White House") after a locative preposition is the place. */
final class VenuesAsPlaces implements MentionFinder {

    /**
     * A seat of government or an institution named by its building ("the Oval Office", "the White House") is the
     * place where something happens when the text puts it after a locative preposition or a verb of visiting ("met
     * at the White House"); acting ("the White House said") it stays the institution.
     */
    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if (c.type != MentionType.ORGANIZATION || !namedByBuilding(m, c)) {
                continue;
            }
            int k = c.from - 1;
            if (k >= 0 && m.sentenceOf[k] == m.sentenceOf[c.from] && m.lower[k].equals("the")) {
                k--;
            }
            if (k >= 0 && m.sentenceOf[k] == m.sentenceOf[c.from] && Lexicon.VENUE_PREPOSITIONS.contains(m.lower[k])) {
                m.retype(c, MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, c.label), c.label,
                        MentionMergePolicy.Override.BUILDING_AS_VENUE);
            }
        }
    }


    private boolean namedByBuilding(ArticleMentions m, Claim c) {
        if ("seat-of-government".equals(c.rule)) {
            return true;
        }
        String[] words = c.label.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length > 1 && Lexicon.VENUE_HEADS.contains(words[words.length - 1]);
    }
}
