package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.extract.ArticleMentions.PersonInfo;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Quotations;

/**
 * Short references to what the article has named: acronyms defined in it, surnames, descriptors ("her
 * Chinese counterpart") and he/she where only one person fits.
 */
final class CoreferenceFinder implements MentionFinder {

    @Override
    public void find(ArticleMentions m) {
        boolean[] quoted = new boolean[m.tokens.size()];
        for (CharSpan r : Quotations.regions(m.text, m.at.clean().article().text())) {
            for (Token t : m.tokens) {
                quoted[t.index()] |= r.start() <= t.start() && t.start() < r.end();
            }
        }
        for (Sentence s : m.at.sentences()) {
            shortReferences(m, s, quoted);
        }
    }

    /** Surnames, acronyms, descriptors and pronouns that point back to an entity already named. */
    private void shortReferences(ArticleMentions m, Sentence s, boolean[] quoted) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            int g = t.index();
            if (m.owner[g] != null) {
                continue;
            }
            Claim alias = m.articleAliases.get(t.text());
            if (alias != null) {
                m.claim(g, g + 1, alias.type, alias.key, alias.label, "acronym", alias.stateKey);
                continue;
            }
            // The tagger often misses names ("Wang/VB said"); matching a name already in the
            // article is the stronger evidence, so POS is only required for registry-wide lookups.
            if (t.isCapitalised() && !Lexicon.NOT_NAMES.contains(t.text())) {
                surname(m, ts, i);
                continue;
            }
            String w = Lexicon.lower(t.text());
            if (Set.of("his", "her", "the", "their").contains(w) || (i == 0 && w.equals("the"))) {
                i = descriptor(m, ts, i);
            } else if ((Lexicon.PRONOUNS_MALE.contains(w) || Lexicon.PRONOUNS_FEMALE.contains(w))
                    && t.pos().startsWith("PRP")) {
                pronoun(m, t, quoted);
            }
        }
    }

    private void surname(ArticleMentions m, List<Token> ts, int i) {
        Token t = ts.get(i);
        String[] parts = t.text().contains("-") ? t.text().split("-") : new String[] {t.text()};
        int offset = t.start();
        for (String part : parts) {
            CharSpan span = new CharSpan(offset, offset + part.length());
            offset += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                continue;
            }
            String title = i > 0 ? Lexicon.lower(ts.get(i - 1).text()) : null;
            PersonInfo p = m.resolveSurname(part, title, t.index());
            if (p != null) {
                m.claimPart(t.index(), span, MentionType.PERSON, p.key, p.label, "surname");
            }
        }
    }

    /** "her Chinese counterpart", "the North Korean minister": one person of that state and role. */
    private int descriptor(ArticleMentions m, List<Token> ts, int i) {
        int k = i + 1;
        String state = null;
        if (k < ts.size() && m.owner[ts.get(k).index()] != null && m.owner[ts.get(k).index()].type == MentionType.NORP) {
            state = m.owner[ts.get(k).index()].stateKey;
            k = m.owner[ts.get(k).index()].to - ts.get(0).index();
        }
        while (k < ts.size() && Lexicon.DESCRIPTOR_MODIFIERS.contains(Lexicon.lower(ts.get(k).text()))) {
            k++;
        }
        if (k >= ts.size() || !Lexicon.DESCRIPTOR_HEADS.contains(Lexicon.lower(ts.get(k).text()))) {
            return i;
        }
        String head = Lexicon.lower(ts.get(k).text());
        if (k + 1 < ts.size() && ts.get(k + 1).isCapitalised() && ts.get(k + 1).isProperNoun()) {
            return i; // apposition: the name that follows is the mention
        }
        if (state == null && !head.equals("counterpart")) {
            return i;
        }
        List<PersonInfo> fit = new ArrayList<>();
        for (PersonInfo p : m.persons.values()) {
            boolean stateOk = state == null || p.states.contains(state);
            boolean roleOk = head.equals("counterpart") || p.titles.stream().anyMatch(tt -> tt.endsWith(head))
                    || head.equals("leader") || head.equals("top diplomat") && p.titles.contains("foreign minister");
            if (stateOk && roleOk) {
                fit.add(p);
            }
        }
        if (fit.size() != 1 || state == null) {
            return i;
        }
        PersonInfo p = fit.get(0);
        int ga = ts.get(i).index();
        int gb = ts.get(k).index() + 1;
        for (int g = ga; g < gb; g++) {
            if (m.owner[g] != null) {
                m.withdraw(m.owner[g], MentionMergePolicy.Override.DESCRIPTOR);
            }
        }
        m.claim(ga, gb, MentionType.PERSON, p.key, p.label, "descriptor", null);
        return k;
    }

    /**
     * He/she: the one person named in this sentence before it, else in the previous sentence. From outside a quotation
     * the names inside one are passed over: in 'X said, "... Y." He added', he is X, which the quotation layer finds
     * from the clause subjects when this leaves the pronoun open.
     */
    private void pronoun(ArticleMentions m, Token t, boolean[] quoted) {
        char gender = Lexicon.PRONOUNS_MALE.contains(Lexicon.lower(t.text())) ? 'm' : 'f';
        int sentence = m.sentenceOf[t.index()];
        boolean narrative = !quoted[t.index()];
        Set<String> here = personsBetween(m, t.index(), sentence, narrative ? quoted : null);
        Set<String> candidates = !here.isEmpty() ? here
                : sentence > 0 ? personsBetween(m, t.index(), sentence - 1, narrative ? quoted : null)
                : new LinkedHashSet<>();
        candidates.removeIf(k -> m.persons.get(k) != null && m.persons.get(k).gender != null
                && m.persons.get(k).gender != gender);
        if (candidates.size() == 1) {
            PersonInfo p = m.persons.get(candidates.iterator().next());
            if (p != null) {
                if (p.gender == null) {
                    p.gender = gender;
                }
                m.claim(t.index(), t.index() + 1, MentionType.PERSON, p.key, p.label, "pronoun", null);
            }
        }
    }

    private Set<String> personsBetween(ArticleMentions m, int before, int sentence, boolean[] skipQuoted) {
        Set<String> keys = new LinkedHashSet<>();
        for (Claim c : m.claims) {
            if (c.type == MentionType.PERSON && c.from < before && m.sentenceOf[c.from] == sentence
                    && (skipQuoted == null || !skipQuoted[c.from])) {
                keys.add(c.key);
            }
        }
        return keys;
    }
}
