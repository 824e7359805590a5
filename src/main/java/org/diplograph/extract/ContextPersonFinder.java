package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.PersonInfo;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/**
 * Unknown names of two to four words where only a person fits: before or after a verb of saying,
 * after "according to", before an appositive title, or beginning with a known given name.
 */
final class ContextPersonFinder implements MentionFinder {

    private final Gazetteer gazetteer;
    private final Lemmatizer lemmatizer;

    ContextPersonFinder(Gazetteer gazetteer, Lemmatizer lemmatizer) {
        this.gazetteer = gazetteer;
        this.lemmatizer = lemmatizer;
    }

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            personsInContext(m, s);
        }
    }

    /** Unknown multi-word names where only a person fits: "X said", "according to X", "X, a ... expert". */
    private void personsInContext(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (m.owner[t.index()] != null || !t.isProperNoun() || !t.isCapitalised()
                    || Lexicon.NOT_NAMES.contains(t.text()) || m.isTitleWord(t.text())) {
                continue;
            }
            int end = m.nameEnd(ts, i);
            if (end - i < 2 || end - i > 4) {
                continue;
            }
            int ga = t.index();
            int gb = ts.get(end - 1).index() + 1;
            // "Marlow Shipping Ltd": a legal form or a firm's word after the name makes it a company's
            boolean companyAfter = end < ts.size() && (Lexicon.COMPANY_SUFFIXES.contains(ts.get(end).text())
                    || Lexicon.COMPANY_WORDS.contains(ts.get(end).text()));
            if (!m.free(ga, gb) || companyAfter || gazetteer.lookup(m.tokens.get(gb - 1).text()) != null
                    || !looksLikePersonName(m, ga, gb)) {
                continue;
            }
            String before = i >= 1 ? Lexicon.lower(ts.get(i - 1).text()) : "";
            String before2 = i >= 2 ? Lexicon.lower(ts.get(i - 2).text()) : "";
            String after = end < ts.size() ? Lexicon.lower(ts.get(end).text()) : "";
            String after2 = end + 1 < ts.size() ? Lexicon.lower(ts.get(end + 1).text()) : "";
            boolean reporting = reportingVerb(m, ts, end)
                    || (after.equals(",") && reportingVerb(m, ts, end + 1))
                    || reportingVerb(m, ts, i - 1)
                    || (before2.equals("according") && before.equals("to"));
            boolean appositive = after.equals(",") && Set.of("a", "an", "the", "who").contains(after2)
                    && titleWithin(m, ts, end + 2, 6);
            boolean givenName = Lexicon.GIVEN_NAMES.contains(t.text()) && end - i <= 3
                    && ts.get(end - 1).isCapitalised() && !Lexicon.GIVEN_NAMES.contains(ts.get(end - 1).text())
                    && !Lexicon.NAMED_AFTER_PEOPLE.contains(ts.get(end - 1).text())
                    && !(end < ts.size() && Lexicon.NAMED_AFTER_PEOPLE.contains(ts.get(end).text()))
                    && ts.get(i + 1).start() > t.end(); // "Kim-Xi summit" joins two surnames, not a name
            if (reporting || appositive || givenName) {
                String name = Gazetteer.normalise(m.text.substring(m.tokens.get(ga).start(), m.tokens.get(gb - 1).end()));
                m.claim(ga, gb, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name), name,
                        reporting || appositive ? "context" : "given-name", null);
                m.persons.computeIfAbsent(Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                        k -> new PersonInfo(k, name));
                i = end - 1;
            }
        }
    }

    /** "said", "says", "told", "warns" ...: by lemma, so every inflection counts. */
    private boolean reportingVerb(ArticleMentions m, List<Token> ts, int i) {
        if (i < 0 || i >= ts.size()) {
            return false;
        }
        Token t = ts.get(i);
        if (Lexicon.REPORTING_VERBS.contains(m.lower[t.index()])) {
            return true;
        }
        return t.isVerb() && Lexicon.REPORTING_LEMMAS.contains(lemmatizer.lemma(t));
    }

    /** "Apple Computer said", "Boeing Commercial Airplanes said", "Grumman CEO Ron Sugar": not names of people. */
    private boolean looksLikePersonName(ArticleMentions m, int ga, int gb) {
        if (Lexicon.isRegionAdjective(m.tokens.subList(ga, gb).stream().map(Token::text).toList())) {
            return false;
        }
        for (int g = ga; g < gb; g++) {
            String w = m.tokens.get(g).text();
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.endsWith(".");
            if (acronym || Lexicon.isOrgHead(w) || Lexicon.COMPANY_WORDS.contains(w) || m.isTitleWord(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean titleWithin(ArticleMentions m, List<Token> ts, int from, int window) {
        for (int k = from; k < Math.min(ts.size(), from + window); k++) {
            if (m.isTitleWord(ts.get(k).text()) || Lexicon.APPOSITIVE_ROLE_NOUNS.contains(ts.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
