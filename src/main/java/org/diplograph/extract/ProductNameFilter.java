package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;

/** A maker's name right before a model designation ("Boeing 787") names the product: no mention. */
final class ProductNameFilter implements MentionFinder {

    /** A model designation: letters and a number of two to four digits, "787", "A380", "737-800s", "F-35", "Su-35". */
    private static final java.util.regex.Pattern MODEL_DESIGNATION =
            java.util.regex.Pattern.compile("\\p{L}{0,3}-?\\d{2,4}(-?[\\p{L}\\d]+)*s?");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\ds?");

    /**
     * "Boeing 787", "Airbus A380", "Lockheed Martin F-35": a maker's name before a model designation names the
     * product, not the company acting. Not in a results or standings line, where a club's name stands before its
     * score or games played ("Riverton Athletic 15 10 3 2").
     */
    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if (c.type != MentionType.ORGANIZATION || c.to >= m.tokens.size() || m.sentenceOf[c.to] != m.sentenceOf[c.from]
                    || m.tokens.get(c.to).start() != m.tokens.get(c.to - 1).end() + 1 || m.owner[c.to] != null) {
                continue;
            }
            String next = m.tokens.get(c.to).text();
            if (TableLineFinder.isTableLine(m.at.sentences().get(m.sentenceOf[c.from]).tokens())) {
                continue;
            }
            if (MODEL_DESIGNATION.matcher(next).matches() && !YEAR.matcher(next).matches()) {
                m.withdraw(c, MentionMergePolicy.Override.NOT_A_NAME);
            }
        }
    }
}
