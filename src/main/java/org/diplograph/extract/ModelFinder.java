package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.extract.ArticleMentions.PersonInfo;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/**
 * Names the rules missed, from the statistical name finder, joined by {@link ModelMergePolicy}: registry
 * aliases and people already named win over the model's type.
 */
final class ModelFinder implements MentionFinder {

    private final Gazetteer gazetteer;
    private final NameModel nameModel;

    ModelFinder(Gazetteer gazetteer, NameModel nameModel) {
        this.gazetteer = gazetteer;
        this.nameModel = nameModel;
    }

    @Override
    public void find(ArticleMentions m) {
        nameModel.startDocument();
        for (Sentence s : m.at.sentences()) {
            modelNames(m, s);
        }
    }

    /** Names the rules missed, from the statistical model, joined by {@link ModelMergePolicy}. */
    private void modelNames(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        boolean[] claimed = new boolean[ts.size()];
        boolean unexplainedCapital = false;
        for (int i = 0; i < ts.size(); i++) {
            claimed[i] = m.owner[ts.get(i).index()] != null;
            Token t = ts.get(i);
            unexplainedCapital |= !claimed[i] && t.isCapitalised() && !ArticleMentions.isPunct(t.text())
                    && !(i == 0 && Lexicon.NOT_NAMES.contains(t.text()));
        }
        if (!unexplainedCapital) {
            return; // the model may only add names on unclaimed capitalised words: nothing to find here
        }
        for (NameModel.Found f : nameModel.find(s)) {
            MentionType[] claimType = new MentionType[ts.size()];
            boolean[] claimInside = new boolean[ts.size()];
            for (int i = f.from(); i < f.to(); i++) {
                Claim c = m.owner[ts.get(i).index()];
                if (c != null) {
                    claimType[i] = c.type;
                    claimInside[i] = c.from >= ts.get(f.from()).index() && c.to <= ts.get(f.to() - 1).index() + 1;
                }
            }
            ModelMergePolicy.Decision decision = ModelMergePolicy.decide(f, ts, claimed, claimType, claimInside);
            if (m.describedAfterArticle(ts.get(f.from()).index() - 1, ts.get(f.to() - 1).index() + 1)) {
                continue;
            }
            if (m.titleCase(s.index()) && (decision == ModelMergePolicy.Decision.REPLACES_PLACES
                    || !m.writtenAsNameInBody(s, f.from(), f.to()))) {
                continue; // "Chile, Peru Vow Closer Trade Links": in a headline every word looks like a name
            }
            if (decision == ModelMergePolicy.Decision.REPLACES_PLACES) {
                for (int i = f.from(); i < f.to(); i++) {
                    Claim c = m.owner[ts.get(i).index()];
                    if (c != null) {
                        m.withdraw(c, MentionMergePolicy.Override.LONGER_NAME);
                    }
                }
            } else if (decision != ModelMergePolicy.Decision.ACCEPT) {
                continue;
            }
            int from = f.from();
            while (from < f.to() - 1 && (Lexicon.NOT_NAMES.contains(ts.get(from).text()) || ArticleMentions.isPunct(ts.get(from).text()))
                    && !(Lexicon.WEEKDAYS.contains(ts.get(from).text()) && Lexicon.isOrgHead(ts.get(f.to() - 1).text()))) {
                // "The Pentagon" → "Pentagon"; "The ''Daily Courier" (wiki italics) → "Daily Courier";
                // but "Sunday Times" keeps its weekday
                from++;
            }
            if (ModelMergePolicy.typeOf(f.type()) == MentionType.ORGANIZATION) {
                int sentenceStart = ts.get(0).index();
                from = m.afterOffice(sentenceStart + from, sentenceStart + f.to() - 1) - sentenceStart;
            }
            int placeEnd = ModelMergePolicy.placeEnd(f, ts, claimed);
            if (placeEnd > f.to()) {
                f = new NameModel.Found(f.from(), placeEnd, f.type(), f.probability());
            }
            int to = f.to();
            while (to - 1 > from && ts.get(to - 1).text().codePoints().allMatch(Character::isLowerCase)) {
                to--; // "European leaders" → "European"; but "Abu Karim al-Hadi" stays whole
            }
            if (to < f.to()) {
                String shortened = m.text.substring(ts.get(from).start(), ts.get(to - 1).end());
                if (to - from == 1 && Lexicon.REGION_DEMONYMS.contains(shortened)) {
                    continue;
                }
                Gazetteer.Entry known = gazetteer.lookup(shortened);
                if (known != null) {
                    int ka = ts.get(from).index();
                    int kb = ts.get(to - 1).index() + 1;
                    m.claim(ka, kb, known.type(), known.key(), known.label(), "model+registry", known.stateKey());
                    for (int i = from; i < to; i++) {
                        claimed[i] = true;
                    }
                    continue;
                }
                f = new NameModel.Found(from, to, f.type(), f.probability());
            }
            MentionType type = ModelMergePolicy.typeOf(f.type(), ts.get(f.to() - 1).text());
            if (type == MentionType.PERSON && pairOfKnownPeople(m, ts.get(from).index(), ts.get(f.to() - 1).index())) {
                continue; // "the Ruiz-Mendes summit": two people the article names, not a third one
            }
            if (type == MentionType.PERSON) {
                while (from < f.to() && Lexicon.TITLE_WORDS.contains(Lexicon.lower(ts.get(from).text()))) {
                    from++; // "Secretary Rumsfeld" → "Rumsfeld"; "Interior Minister" → nothing
                }
                if (from == f.to() || Lexicon.TITLE_WORDS.contains(Lexicon.lower(ts.get(f.to() - 1).text()))) {
                    continue; // all title, or ending in one: "Assistant Secretary" names an office
                }
            }
            int ga = ts.get(from).index();
            int gb = ts.get(f.to() - 1).index() + 1;
            String name = Gazetteer.normalise(m.text.substring(m.tokens.get(ga).start(), m.tokens.get(gb - 1).end()));
            PersonInfo surnameOf = gb - ga == 1 && type != MentionType.PERSON ? m.resolveSurname(name, null, ga) : null;
            if (surnameOf != null) {
                // "Xi" after "Xi Jinping" is him, whatever type the model guessed
                m.claim(ga, gb, MentionType.PERSON, surnameOf.key, surnameOf.label, "model+surname", null);
                for (int i = from; i < f.to(); i++) {
                    claimed[i] = true;
                }
                continue;
            }
            Gazetteer.Entry known = gazetteer.lookup(name);
            if (known != null) {
                m.claim(ga, gb, known.type(), known.key(), known.label(), "model+registry", known.stateKey());
            } else if (type == MentionType.PERSON) {
                if (gb - ga >= 2) {
                    String key = Keys.of(org.diplograph.registry.EntityKind.PERSON, name);
                    m.claim(ga, gb, MentionType.PERSON, key, name, "model", null);
                    m.persons.computeIfAbsent(key, k -> new PersonInfo(k, name));
                } else if (name.matches("\\p{Lu}\\p{L}*-\\p{Lu}\\p{L}*")) {
                    continue; // "Kim-Xi" (summit): two people's names joined, left to the surname rule
                } else {
                    PersonInfo named = m.resolveSurname(name, null, ga);
                    // A bare name no one else in the article explains stays this article's own person:
                    // minted across articles, "Smith" would merge every Smith in the news.
                    String key = named != null ? named.key
                            : m.articleKey(org.diplograph.registry.EntityKind.PERSON, name);
                    m.claim(ga, gb, MentionType.PERSON, key, named != null ? named.label : name,
                            named != null ? "model+surname" : "model", null);
                }
            } else if (organHeadOf(m, name, ga) != null) {
                Claim organ = organHeadOf(m, name, ga);
                m.claim(ga, gb, organ.type, organ.key, organ.label, "model+head", organ.stateKey);
            } else if (type == MentionType.ORGANIZATION && Lexicon.GENERIC_BODIES.containsKey(Lexicon.lower(name))) {
                // "Foreign Ministry" with no state: this article's own body, as OrganisationNameFinder keys it
                m.claim(ga, gb, type, m.articleKey(type.refersTo(), name), name, "model", null);
            } else {
                m.claim(ga, gb, type, Keys.of(type.refersTo(), name), name, "model", null);
            }
            for (int i = from; i < f.to(); i++) {
                claimed[i] = true;
            }
        }
    }

    /**
     * "The Authority", "the Commission" alone: the body named earlier in the article whose name that head word
     * begins ("Authority of ...") or ends ("... Commission"), the most recent if several. A bare head with no such
     * body stays the model's own organisation.
     */
    private Claim organHeadOf(ArticleMentions m, String word, int before) {
        if (!Lexicon.isOrgHead(word)) {
            return null;
        }
        Claim found = null;
        for (Claim c : m.claims) {
            if (c.type != MentionType.ORGANIZATION || c.to > before) {
                continue;
            }
            String[] words = c.label.split(" ");
            boolean heads = words.length >= 3 && words[0].equals(word) && words[1].equals("of")
                    || words.length >= 2 && words[words.length - 1].equals(word);
            if (heads && (found == null || c.from > found.from)) {
                found = c;
            }
        }
        return found;
    }

    /** Whether tokens [a, b] are hyphen-joined names each of which is a person the article already names. */
    private boolean pairOfKnownPeople(ArticleMentions m, int a, int b) {
        String[] parts = m.text.substring(m.tokens.get(a).start(), m.tokens.get(b).end()).split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || m.resolveSurname(part.strip(), null, a) == null) {
                return false;
            }
        }
        return true;
    }
}
