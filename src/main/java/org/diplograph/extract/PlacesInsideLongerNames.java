package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.extract.ArticleMentions.PersonInfo;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/**
 * A known place followed by capitalised words nobody explained begins a longer name ("Salisbury Dock",
 * "Montreal HC"): the place alone gives way to the whole.
 */
final class PlacesInsideLongerNames implements MentionFinder {

    private final Gazetteer gazetteer;

    PlacesInsideLongerNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A known place followed by capitalised words nobody explained begins a longer name: "Salisbury Dock",
     * "Bowling Green Falcons", "Australia First", "Montreal HC". The whole is a place when it ends in a place word,
     * else an organisation; the place alone would be wrong either way. Title-case headlines are left alone, where
     * every word is capitalised.
     */
    @Override
    public void find(ArticleMentions m) {
        for (Claim c : List.copyOf(m.claims)) {
            if ((c.type != MentionType.PLACE && c.type != MentionType.STATE) || !c.rule.equals("registry")
                    || m.titleCase(m.sentenceOf[c.from])) {
                continue;
            }
            int end = c.to;
            int lastName = -1;
            List<Token> sentence = m.at.sentences().get(m.sentenceOf[c.from]).tokens();
            while (end < m.tokens.size() && end - c.to < 5 && m.sentenceOf[end] == m.sentenceOf[c.from] && m.owner[end] == null
                    && m.tokens.get(end).start() <= m.tokens.get(end - 1).end() + 1
                    && m.matchTitle(sentence, end - sentence.get(0).index()) < 0) {
                Token t = m.tokens.get(end);
                boolean word = t.isCapitalised() && t.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.')
                        && !Lexicon.NOT_NAMES.contains(t.text()) && !Lexicon.REGION_DEMONYMS.contains(t.text()) && !Lexicon.NOT_NAME_CONTINUATIONS.contains(t.text())
                        && gazetteer.lookup(t.text()) == null;
                if (word) {
                    lastName = ++end;
                } else if (lastName > 0 && Lexicon.NAME_CONNECTORS.contains(t.text()) && end + 1 < m.tokens.size()
                        && m.tokens.get(end + 1).isCapitalised() && m.owner[end + 1] == null) {
                    end++;
                } else {
                    break;
                }
            }
            if (lastName < 0 || lastName < m.tokens.size() && m.tokens.get(lastName).text().equals("'s")) {
                continue; // "Ohio Veterans' Hospital": too tangled to name here
            }
            String last = m.tokens.get(lastName - 1).text();
            String name = Gazetteer.normalise(m.text.substring(m.tokens.get(c.from).start(), m.tokens.get(lastName - 1).end()));
            m.withdraw(c, MentionMergePolicy.Override.LONGER_NAME);
            if (Lexicon.LAW_HEADS.contains(last) || Lexicon.EVENT_HEADS.contains(last)) {
                continue; // "Ohio Clean Water Law", "Lisbon Youth Games": a law or an event, named after it
            }
            if (c.to - c.from == 1 && lastName - c.to == 1 && Lexicon.GIVEN_NAMES.contains(m.tokens.get(c.from).text())
                    && !Lexicon.isOrgHead(last) && !Lexicon.PLACE_HEADS.contains(last)) {
                m.claim(c.from, lastName, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                        name, "place+name", null); // "Kimberley Quinn": a given name that is also a place
                m.persons.computeIfAbsent(Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                        k -> new PersonInfo(k, name));
                continue;
            }
            MentionType type = Lexicon.PLACE_HEADS.contains(last) ? MentionType.PLACE : MentionType.ORGANIZATION;
            m.claim(c.from, lastName, type, Keys.of(type.refersTo(), name), name, "place+name", null);
        }
    }
}
