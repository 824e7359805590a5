package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;

/** A capitalised title alone or in the plural ("the Foreign Ministers") names no organisation. */
final class TitlesAreNoOrganisations implements MentionFinder {

    /**
     * A capitalised title in the plural or alone ("the Foreign Ministers of three states") names people by their
     * office, not an organisation: every word of it is a title word.
     */
    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if (c.type != MentionType.ORGANIZATION || "registry".equals(c.rule)) {
                continue;
            }
            boolean allTitle = true;
            for (int k = c.from; k < c.to && allTitle; k++) {
                String w = m.lower[k];
                allTitle = Lexicon.TITLE_WORDS.contains(w)
                        || w.endsWith("s") && Lexicon.TITLE_WORDS.contains(w.substring(0, w.length() - 1));
            }
            if (allTitle) {
                m.withdraw(c, MentionMergePolicy.Override.NOT_A_NAME);
            }
        }
    }
}
