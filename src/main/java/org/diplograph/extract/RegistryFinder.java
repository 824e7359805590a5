package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.PersonInfo;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;
import org.diplograph.registry.Registry;
import org.diplograph.text.Dateline;

/**
 * Names the registry knows, by their longest alias at each free token, and the dateline's place and
 * state words (written in capitals, so the alias lookup misses them).
 */
final class RegistryFinder implements MentionFinder {

    private final Gazetteer gazetteer;
    private final Registry registry;

    RegistryFinder(Gazetteer gazetteer, Registry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    @Override
    public void find(ArticleMentions m) {
        dateline(m);
        for (Sentence s : m.at.sentences()) {
            registryNames(m, s);
        }
    }

    /** The dateline's place and state words, which are upper case and so escape the registry lookup. */
    private void dateline(ArticleMentions m) {
        Dateline dl = m.at.clean().dateline();
        if (dl == null) {
            return;
        }
        String[] parts = dl.place().split(",");
        int offset = dl.span().start();
        for (String part : parts) {
            int start = m.text.indexOf(part.strip(), offset);
            if (start < 0) {
                continue;
            }
            int end = start + part.strip().length();
            offset = end;
            String name = Dateline.titleCase(part.strip());
            Gazetteer.Entry e = gazetteer.lookup(name);
            int[] range = m.tokenRange(start, end);
            if (range == null || !m.free(range[0], range[1])) {
                continue;
            }
            if (e != null && (e.type() == MentionType.STATE || e.type() == MentionType.PLACE)) {
                m.claim(range[0], range[1], e.type(), e.key(), e.label(), "dateline", e.stateKey());
            } else if (e == null && part == parts[0]) {
                m.claim(range[0], range[1], MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, name),
                        name, "dateline", null);
            }
        }
    }

    /**
     * Longest registry alias at each free token, unless an alias starting inside it reaches further
     * ("President Xi" must not win over "Xi Jinping" in "President Xi Jinping").
     */
    private void registryNames(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        String text = read(m, s);
        int[] longest = new int[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            longest[i] = longestAlias(text, ts, i);
        }
        for (int i = 0; i < ts.size(); i++) {
            int gi = ts.get(i).index();
            if (m.owner[gi] != null || longest[i] == 0) {
                continue;
            }
            boolean overtaken = false;
            for (int k = i + 1; k < i + longest[i] && k < ts.size(); k++) {
                overtaken |= k + longest[k] > i + longest[i];
            }
            if (overtaken) {
                continue;
            }
            for (int len = longest[i]; len >= 1; len--) {
                int end = gi + len;
                if (!m.free(gi, end)) {
                    continue;
                }
                String surface = text.substring(m.tokens.get(gi).start(), m.tokens.get(end - 1).end());
                String seatState = Lexicon.SEATS_OF_GOVERNMENT.get(Gazetteer.normalise(surface));
                if (seatState != null) {
                    String label = Gazetteer.normalise(surface);
                    m.claim(gi, end, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                            label, "seat-of-government", "state/" + seatState);
                    i += len - 1;
                    break;
                }
                Gazetteer.Entry e = gazetteer.lookup(surface);
                if (e == null) {
                    continue;
                }
                if (len == 1 && e.type() != MentionType.NORP && partOfLongerName(m, gi, e)) {
                    continue;
                }
                if (e.type() == MentionType.STATE && insideGeographicName(m, gi)) {
                    break; // "Sea of Japan", "Gulf of Mexico": a place named after the state
                }
                if (e.type() == MentionType.PLACE && len == 1 && beforeDocumentOrBody(m, gi)) {
                    break; // "Kyoto Protocol", "Oslo Accords", "Kabul University": not the city itself
                }
                if ((e.type() == MentionType.STATE || e.type() == MentionType.PLACE) && afterNew(m, gi)) {
                    break; // "New Mexico", "New Jersey": another place; "New Zealand" matched whole before this
                }
                m.claim(gi, end, e.type(), e.key(), e.label(), "registry", e.stateKey());
                if (e.type() == MentionType.PERSON) {
                    if (registry.get(e.key()).isPresent()) {
                        m.registryPerson(e.key());
                    } else {
                        m.persons.computeIfAbsent(e.key(), k -> new PersonInfo(k, e.label())); // known name, no registry entry
                    }
                }
                i += len - 1;
                break;
            }
        }
    }

    /**
     * The article's text as the registry reads this sentence: as written, or, for a sentence in capitals, each word
     * in its usual casing at its own offsets ({@link Sentence#modelWords()}: "TALKS IN GREECE" names Greece).
     */
    private static String read(ArticleMentions m, Sentence s) {
        String[] forms = s.modelWords();
        List<Token> ts = s.tokens();
        char[] out = null;
        for (int i = 0; i < forms.length; i++) {
            Token t = ts.get(i);
            if (!forms[i].equals(t.text()) && forms[i].length() == t.end() - t.start()) {
                out = out == null ? m.text.toCharArray() : out;
                forms[i].getChars(0, forms[i].length(), out, t.start());
            }
        }
        return out == null ? m.text : new String(out);
    }

    private int longestAlias(String text, List<Token> ts, int i) {
        String first = text.substring(ts.get(i).start(), ts.get(i).end());
        if (!gazetteer.mayBegin(first) && !Lexicon.SEATS_OF_GOVERNMENT_OPENINGS.contains(first)) {
            return 0;
        }
        for (int len = Math.min(gazetteer.maxTokens(), ts.size() - i); len >= 1; len--) {
            String surface = text.substring(ts.get(i).start(), ts.get(i + len - 1).end());
            if (gazetteer.lookup(surface) != null
                    || Lexicon.SEATS_OF_GOVERNMENT.containsKey(Gazetteer.normalise(surface))) {
                return len;
            }
        }
        return 0;
    }

    private boolean beforeDocumentOrBody(ArticleMentions m, int gi) {
        if (gi + 1 >= m.tokens.size() || m.sentenceOf[gi + 1] != m.sentenceOf[gi]
                || m.tokens.get(gi + 1).start() != m.tokens.get(gi).end() + 1) {
            return false;
        }
        String next = m.tokens.get(gi + 1).text();
        return Lexicon.DOCUMENT_HEADS.contains(next) || Lexicon.isOrgHead(next);
    }

    private boolean afterNew(ArticleMentions m, int gi) {
        return gi >= 1 && m.sentenceOf[gi - 1] == m.sentenceOf[gi] && m.tokens.get(gi - 1).text().equals("New")
                && m.tokens.get(gi - 1).end() == m.tokens.get(gi).start() - 1;
    }

    private boolean insideGeographicName(ArticleMentions m, int gi) {
        return gi >= 2 && m.sentenceOf[gi - 2] == m.sentenceOf[gi] && m.tokens.get(gi - 1).text().equals("of")
                && Lexicon.GEOGRAPHIC_HEADS.contains(m.tokens.get(gi - 2).text());
    }

    /** "Washington" inside "George Washington": a capitalised name token right before or after. */
    private boolean partOfLongerName(ArticleMentions m, int gi, Gazetteer.Entry entry) {
        Token t = m.tokens.get(gi);
        Token prev = gi > 0 && m.sentenceOf[gi - 1] == m.sentenceOf[gi] ? m.tokens.get(gi - 1) : null;
        Token next = gi + 1 < m.tokens.size() && m.sentenceOf[gi + 1] == m.sentenceOf[gi] ? m.tokens.get(gi + 1) : null;
        boolean prevName = prev != null && m.owner[prev.index()] == null && prev.isProperNoun() && prev.isCapitalised()
                && !Lexicon.NOT_NAMES.contains(prev.text()) && !m.isTitleWord(prev.text())
                && prev.end() == t.start() - 1;
        boolean nextName = next != null && next.isProperNoun() && next.isCapitalised()
                && !Lexicon.isOrgHead(next.text()) && gazetteer.lookup(next.text()) == null
                && !Lexicon.NOT_NAMES.contains(next.text()) && next.start() == t.end() + 1
                && t.pos().startsWith("NNP") && entry.type() == MentionType.PERSON;
        return prevName || nextName;
    }
}
