package org.diplograph.extract;

import java.util.HashMap;
import java.util.Map;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** A name found once is the same name wherever else the article spells it the same way. */
final class RepeatedNameFinder implements MentionFinder {

    /**
     * A name found once is the same name wherever else the article spells it the same way: the model judges each
     * sentence alone and misses repeats where the context is weak ("Norvale Air also flies…").
     */
    @Override
    public void find(ArticleMentions m) {
        Map<String, Claim> bySurface = new HashMap<>();
        for (Claim c : m.claims) {
            if (c.type == MentionType.PERSON && c.to - c.from < 2) {
                continue; // a bare surname is the surname rule's business, which knows whose it is
            }
            bySurface.putIfAbsent(m.surface(c.from, c.to), c);
        }
        m.organisationNames.forEach(bySurface::putIfAbsent); // "Halbrecht" after "Halbrecht AG"
        if (bySurface.isEmpty()) {
            return;
        }
        int longest = bySurface.values().stream().mapToInt(c -> c.to - c.from).max().orElse(0);
        for (Sentence s : m.at.sentences()) {
            int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
            for (int g = s.tokens().get(0).index(); g < end; g++) {
                if (m.owner[g] != null || !m.tokens.get(g).isCapitalised() || Lexicon.NOT_NAMES.contains(m.tokens.get(g).text())) {
                    continue;
                }
                for (int to = Math.min(end, g + longest); to > g; to--) {
                    Claim known = m.free(g, to) && !capitalisedNeighbour(m, g - 1, s) && !capitalisedNeighbour(m, to, s)
                            ? bySurface.get(m.surface(g, to)) : null;
                    if (known != null) {
                        m.claim(g, to, known.type, known.key, known.label, "repeat", known.stateKey);
                        g = to - 1;
                        break;
                    }
                }
            }
        }
    }


    /** Whether token {@code g} of sentence {@code s} would make a match part of a longer name ("Atlantic City Railroad"). */
    private boolean capitalisedNeighbour(ArticleMentions m, int g, Sentence s) {
        if (g < 0 || g >= m.tokens.size() || m.sentenceOf[g] != s.index()) {
            return false;
        }
        Token t = m.tokens.get(g);
        return t.isCapitalised() && !ArticleMentions.isPunct(t.text()) && !(g == s.tokens().get(0).index() && Lexicon.NOT_NAMES.contains(t.text()));
    }
}
