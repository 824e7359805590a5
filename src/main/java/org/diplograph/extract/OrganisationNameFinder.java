package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/**
 * Capitalised runs ending in an organisation's head noun ("Korean Central News Agency", "Chinese
 * Foreign Ministry"), registry organisations that end such a run, and the acronym in brackets after one.
 */
final class OrganisationNameFinder implements MentionFinder {

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th|d)");

    private final Gazetteer gazetteer;
    private final Registry registry;

    OrganisationNameFinder(Gazetteer gazetteer, Registry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            organisationNames(m, s);
        }
    }

    /** Capitalised runs ending in an organisation head noun, and registry organisations within runs. */
    private void organisationNames(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size()) {
            int end = runEnd(m, ts, i);
            if (end > i) {
                organisationRun(m, ts, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** End (exclusive, sentence-local) of the capitalised run starting at i, or i if none. */
    private int runEnd(ArticleMentions m, List<Token> ts, int i) {
        if (!startsRun(m, ts, i)) {
            return i;
        }
        int j = i + 1;
        int lastCap = i + 1;
        while (j < ts.size()) {
            Token t = ts.get(j);
            if (t.isCapitalised() && !t.text().equals("'s") && !ArticleMentions.isPunct(t.text())) {
                lastCap = ++j;
            } else if ((Lexicon.NAME_CONNECTORS.contains(t.text())
                    || t.text().equals("'") && ts.get(j - 1).text().endsWith("s"))
                    && j + 1 < ts.size() && ts.get(j + 1).isCapitalised()) {
                j++;
            } else {
                break;
            }
        }
        return lastCap;
    }

    /** A run starts at a capitalised word that does not continue one. */
    private boolean startsRun(ArticleMentions m, List<Token> ts, int i) {
        Token t = ts.get(i);
        if (!t.isCapitalised() || ArticleMentions.isPunct(t.text())) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token prev = ts.get(i - 1);
        return !prev.isCapitalised() || ArticleMentions.isPunct(prev.text()) || prev.text().equals("'s");
    }

    private void organisationRun(ArticleMentions m, List<Token> ts, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            if (ts.get(k).text().equals("and") && Lexicon.isOrgHead(ts.get(k - 1).text())
                    && Lexicon.isOrgHead(ts.get(b - 1).text())) {
                organisationRun(m, ts, a, k); // "Eastport Airlines and Westvale Airlines": two of a kind
                organisationRun(m, ts, k + 1, b);
                return;
            }
        }
        int ga = ts.get(a).index();
        int gb = ts.get(b - 1).index() + 1;
        // A registry organisation that ends the run ("state-owned Norvale Broadcasting Corporation").
        for (int s = ga; s < gb - 0; s++) {
            String surface = m.text.substring(m.tokens.get(s).start(), m.tokens.get(gb - 1).end());
            Gazetteer.Entry e = gazetteer.lookup(surface);
            if (e != null && e.type() == MentionType.ORGANIZATION) {
                if (!(s + 1 == gb && m.owner[s] != null)) {
                    m.replaceWithin(s, gb, MentionType.ORGANIZATION, e.key(), e.label(), "registry", null,
                            MentionMergePolicy.Override.LONGER_NAME);
                    acronymAfter(m, gb, m.owner[s]);
                }
                return;
            }
        }
        int headAt = -1;
        for (int k = gb - 1; k >= ga; k--) {
            if (Lexicon.isOrgHead(m.tokens.get(k).text()) && (k == gb - 1 || m.tokens.get(k + 1).text().equals("of")
                    || m.tokens.get(k + 1).text().equals("for"))) {
                headAt = k;
                break;
            }
        }
        if (headAt < 0 || m.describedAfterArticle(ga, gb)) {
            return;
        }
        // Leading demonyms and states qualify a body ("Chinese Foreign Ministry" is China's ministry of foreign
        // affairs) but belong to the name as written, and so to the mention ("Chilean Chess Society").
        String qualifier = null;
        int mentionStart = ga;
        while (mentionStart < headAt && (Lexicon.NOT_NAMES.contains(m.tokens.get(mentionStart).text())
                || m.sentenceStart(mentionStart) && !m.tokens.get(mentionStart).isProperNoun() && m.owner[mentionStart] == null)) {
            mentionStart++; // "A Chinese Foreign Ministry readout", "State-run Korean ..."
        }
        if (mentionStart + 2 <= headAt && m.sentenceStart(mentionStart) && m.owner[mentionStart] == null
                && Set.of("of", "for").contains(m.tokens.get(mentionStart + 1).text())
                && !Lexicon.isOrgHead(m.tokens.get(mentionStart).text())) {
            // "Shares of Norvale Airlines fell": a sentence's first word is capitalised for its place, and one that
            // heads no organisation does not begin the one named after "of"
            mentionStart += 2;
        }
        mentionStart = m.afterOffice(mentionStart, headAt);
        while (mentionStart < headAt && Set.of("of", "the", "for").contains(m.tokens.get(mentionStart).text())) {
            mentionStart++; // an office skipped above leaves its "of": no name begins with one
        }
        if (mentionStart == ga && ga > 0 && m.sentenceOf[ga - 1] == m.sentenceOf[ga] && m.owner[ga - 1] == null
                && ORDINAL.matcher(m.tokens.get(ga - 1).text()).matches()) {
            mentionStart = ga - 1; // "14th Mountain Brigade", "3rd Signal Division": the number is the unit's name
        }
        int start = mentionStart;
        while (start < headAt && m.owner[start] != null && m.owner[start].from == start
                && (m.owner[start].type == MentionType.NORP || m.owner[start].type == MentionType.STATE)) {
            qualifier = m.owner[start].stateKey != null ? m.owner[start].stateKey : m.owner[start].key;
            start = m.owner[start].to;
        }
        if (qualifier == null) {
            qualifier = possessiveStateBefore(m, start);
        }
        if (start >= gb || (start == headAt && gb - start == 1 && qualifier == null)) {
            return;
        }
        String name = Gazetteer.normalise(m.text.substring(m.tokens.get(start).start(), m.tokens.get(gb - 1).end()))
                .replaceFirst("^(The|the) ", "");
        if (gb - start == 2 && Lexicon.COMPASS.contains(m.tokens.get(start).text())) {
            return; // "West Bank", "South Bank": places, not banks
        }
        String generic = Lexicon.GENERIC_BODIES.get(Lexicon.lower(name));
        String label;
        if (generic != null && qualifier == null) {
            // "the Foreign Ministry" of no named state: a body of this article only, as a bare surname is a person
            // of this article only; keyed by its name across articles it would merge every country's ministry
            m.replaceWithin(mentionStart, gb, MentionType.ORGANIZATION,
                    m.articleKey(org.diplograph.registry.EntityKind.ORGANIZATION, name), name,
                    "government-body", null, MentionMergePolicy.Override.LONGER_NAME);
            return;
        }
        if (generic != null) {
            label = generic + " of " + registry.get(qualifier).map(RegistryEntry::label).orElse(qualifier);
        } else {
            label = Gazetteer.normalise(m.text.substring(m.tokens.get(mentionStart).start(), m.tokens.get(gb - 1).end()));
        }
        Gazetteer.Entry known = gazetteer.lookup(label);
        String key = known != null && known.type() == MentionType.ORGANIZATION ? known.key()
                : Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label);
        m.replaceWithin(mentionStart, gb, MentionType.ORGANIZATION, key, known != null ? known.label() : label,
                generic != null ? "government-body" : "org-name", qualifier,
                MentionMergePolicy.Override.LONGER_NAME);
        acronymAfter(m, gb, m.owner[mentionStart]);
    }

    /** "Korean Central News Agency (KCNA)": the acronym names the same organisation from here on. */
    private void acronymAfter(ArticleMentions m, int gb, Claim org) {
        if (org == null || gb + 2 >= m.tokens.size()) {
            return;
        }
        if (m.tokens.get(gb).text().equals("(") && m.tokens.get(gb + 2).text().equals(")")) {
            String acronym = m.tokens.get(gb + 1).text();
            if (acronym.length() >= 2 && acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))) {
                m.articleAliases.put(acronym, org);
                if (m.owner[gb + 1] == null || m.owner[gb + 1].type == MentionType.ORGANIZATION) {
                    m.replaceWithin(gb + 1, gb + 2, MentionType.ORGANIZATION, org.key, org.label, "acronym", org.stateKey,
                            MentionMergePolicy.Override.ACRONYM);
                }
            }
        }
    }

    private String possessiveStateBefore(ArticleMentions m, int gi) {
        if (gi >= 2 && m.tokens.get(gi - 1).text().matches("'s?") && m.owner[gi - 2] != null
                && (m.owner[gi - 2].type == MentionType.STATE || m.owner[gi - 2].type == MentionType.NORP)) {
            return m.owner[gi - 2].stateKey != null && m.owner[gi - 2].type == MentionType.NORP
                    ? m.owner[gi - 2].stateKey : m.owner[gi - 2].key;
        }
        return null;
    }
}
