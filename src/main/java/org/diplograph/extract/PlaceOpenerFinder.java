package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/**
 * Places named by a word that opens a place's name ("Camp Ardent", "Fort Bellamy", place-openers.txt): the name is the
 * place even where its next word is a given name or a surname the person rules would take ("Camp David" is no one
 * called David, and no Mr Camp). The opener must begin a name: after a capitalised word it is a surname ("Senator
 * Dave Camp"). The name ends before a weekday or a month (not-names.txt: "at Camp Ardent Friday") and before a
 * document's word: "the Camp Ardent Accords" are named after the place, not signed by anyone called Ardent.
 */
final class PlaceOpenerFinder implements MentionFinder {

    /** Words of the name after its opener. */
    private static final int MAX_WORDS = 2;

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 1 < ts.size(); i++) {
                Token opener = ts.get(i);
                // a capitalised word before it, other than a sentence's first, makes the opener a surname
                boolean afterName = i > 1 && ts.get(i - 1).isCapitalised() && !ArticleMentions.isPunct(ts.get(i - 1).text());
                if (!Lexicon.PLACE_OPENERS.contains(opener.text()) || afterName) {
                    continue;
                }
                int b = i + 1;
                while (b < ts.size() && b - i <= MAX_WORDS && nameWord(ts.get(b))) {
                    b++;
                }
                int from = opener.index();
                int to = ts.get(b - 1).index() + 1;
                if (b == i + 1 || !m.free(from, to)) {
                    continue;
                }
                String name = Gazetteer.normalise(m.text.substring(opener.start(), ts.get(b - 1).end()));
                m.claim(from, to, MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, name), name,
                        "place-opener", null);
                i = b - 1;
            }
        }
    }

    private static boolean nameWord(Token t) {
        return t.isCapitalised() && !ArticleMentions.isPunct(t.text()) && !Lexicon.NOT_NAMES.contains(t.text())
                && !Lexicon.DOCUMENT_HEADS.contains(t.text());
    }
}
