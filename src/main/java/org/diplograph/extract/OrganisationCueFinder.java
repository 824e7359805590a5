package org.diplograph.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/**
 * Names the article shows to be organisations by the words around them (a noun of firms before,
 * a company's words after, an appositive description, a legal form), wherever the article repeats them.
 */
final class OrganisationCueFinder implements MentionFinder {

    private final Gazetteer gazetteer;

    OrganisationCueFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Names the article shows to be organisations, whatever the model typed them: after a noun of firms and bodies
     * ("the carmaker Zentrova", "oil companies A and B"), described so in apposition ("Kelvarin, a Dutch software
     * company,"), before a company's own words ("Zentrova's chief executive", "Kelvarin shares", "shares of
     * Kelvarin"), or the name of a company written elsewhere with its legal form or trade ("Halbrecht AG",
     * "Zentrova Motors Inc." make "Halbrecht" and "Zentrova" the same companies). Every occurrence of such a name the
     * model typed otherwise, or missed, becomes the organisation; registry entries and rule-made people stay.
     */
    @Override
    public void find(ArticleMentions m) {
        Map<String, Claim> orgs = new HashMap<>();  // surface -> the organisation it names
        for (Claim c : List.copyOf(m.claims)) {
            // "Zentrova Computer", "Halbrecht AG": a trade or legal form the model left out belongs to the name
            int to = c.to;
            while (to < m.tokens.size() && m.owner[to] == null && m.sentenceOf[to] == m.sentenceOf[c.from]
                    && (Lexicon.COMPANY_SUFFIXES.contains(m.tokens.get(to).text())
                    || Lexicon.COMPANY_WORDS.contains(m.tokens.get(to).text()))) {
                to++;
            }
            if (to > c.to && retypable(m, c.from, c.to) == c.to && !m.titleCase(m.sentenceOf[c.from])) {
                String label = Gazetteer.normalise(m.text.substring(m.tokens.get(c.from).start(), m.tokens.get(to - 1).end()));
                m.withdraw(c, MentionMergePolicy.Override.ORGANISATION_CUE);
                m.claim(c.from, to, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                        label, "model+org-cue", null);
            }
        }
        Map<String, int[]> found = new LinkedHashMap<>(); // cue spans not yet claimed as organisations
        for (Claim c : m.claims) {
            if (c.type == MentionType.ORGANIZATION) {
                int core = companyCore(m, c);
                if (core > c.from) {
                    orgs.putIfAbsent(m.surface(c.from, core), c);
                }
            }
        }
        for (Sentence s : m.at.sentences()) {
            if (m.titleCase(s.index())) {
                continue;
            }
            int first = s.tokens().get(0).index();
            int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
            for (int g = first; g < end; g++) {
                if (m.tokens.get(g).text().equals("The") && m.owner[g] == null && descriptorBefore(m, g, first)
                        && retypable(m, g + 1, end) > g + 1) {
                    // "the band The Velvet Lanterns": the article is the name's own, capital and all
                    int to = retypable(m, g + 1, end);
                    if (m.owner[g + 1] != null) {
                        m.withdraw(m.owner[g + 1], MentionMergePolicy.Override.ORGANISATION_CUE);
                    }
                    found.putIfAbsent(g + ":" + to, new int[] {g, to});
                    g = to - 1;
                    continue;
                }
                int to = retypable(m, g, end);
                if (to <= g) {
                    continue;
                }
                if (organisationCueAround(m, g, to, first, end)) {
                    found.putIfAbsent(g + ":" + to, new int[] {g, to});
                    // "oil companies Rosneft and Lukoil": names coordinated with the first take its description
                    int k = to;
                    // (a plural noun only: "the firm Voganlei and Coode" is one firm)
                    while (k + 1 < end && pluralDescriptorBefore(m, g, first) && Set.of(",", "and", "or").contains(m.tokens.get(k).text())) {
                        int next = k + 1;
                        if (m.tokens.get(k).text().equals(",") && next < end && Set.of("and", "or").contains(m.tokens.get(next).text())) {
                            next++;
                        }
                        int nextTo = retypable(m, next, end);
                        if (nextTo <= next) {
                            break;
                        }
                        found.putIfAbsent(next + ":" + nextTo, new int[] {next, nextTo});
                        k = nextTo;
                    }
                }
                g = to - 1;
            }
        }
        for (int[] r : found.values()) {
            String key = m.surface(r[0], r[1]);
            if (!orgs.containsKey(key)) {
                Claim c = m.owner[r[0]];
                String label = Gazetteer.normalise(m.text.substring(m.tokens.get(r[0]).start(), m.tokens.get(r[1] - 1).end()));
                Claim made = c != null && c.type == MentionType.ORGANIZATION ? c
                        : new Claim(r[0], r[1], null, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                                label, "org-cue", null);
                orgs.put(key, made);
            }
        }
        if (orgs.isEmpty()) {
            return;
        }
        m.organisationNames.putAll(orgs);
        for (Claim c : List.copyOf(m.claims)) {
            Claim org = orgs.get(m.surface(c.from, c.to));
            if (org != null && org != c && c.type != MentionType.ORGANIZATION && retypable(m, c.from, c.to) == c.to) {
                m.withdraw(c, MentionMergePolicy.Override.ORGANISATION_CUE);
                m.claim(c.from, c.to, MentionType.ORGANIZATION, org.key, org.label, "model+org-cue", org.stateKey);
            }
        }
        for (int[] r : found.values()) {
            if (m.free(r[0], r[1])) {
                Claim org = orgs.get(m.surface(r[0], r[1]));
                m.claim(r[0], r[1], MentionType.ORGANIZATION, org.key, org.label, "org-cue", org.stateKey);
            }
        }
    }


    /**
     * Where the words naming the company in organisation {@code c} end when its last words are a legal form or a
     * trade ("Halbrecht AG", "Zentrova Motors Inc."): the first of those words, or {@code c.from} when the name has
     * none or what is left is no name of its own (a registry entry, a title, "of").
     */
    private int companyCore(ArticleMentions m, Claim c) {
        int core = c.to;
        while (core > c.from && (Lexicon.COMPANY_SUFFIXES.contains(m.tokens.get(core - 1).text())
                || Lexicon.COMPANY_WORDS.contains(m.tokens.get(core - 1).text()))) {
            core--;
        }
        if (core == c.to || core == c.from) {
            return c.from;
        }
        for (int k = c.from; k < core; k++) {
            Token t = m.tokens.get(k);
            if (!t.isCapitalised() || ArticleMentions.isPunct(t.text()) || Lexicon.NOT_NAMES.contains(t.text())
                    || Lexicon.NAME_FRAGMENTS.contains(t.text()) || m.isTitleWord(t.text())) {
                return c.from;
            }
        }
        String core0 = m.text.substring(m.tokens.get(c.from).start(), m.tokens.get(core - 1).end());
        return gazetteer.lookup(core0) != null ? c.from : core;
    }

    /**
     * End (exclusive) of the name at {@code g} whose type the cues may set, or {@code g}: a claim beginning there
     * that the model made alone (not a registry entry, not a person whose given name begins it), or a run of up
     * to four free capitalised words that are no title and no sentence-opening function word.
     */
    private int retypable(ArticleMentions m, int g, int end) {
        if (g >= end) {
            return g;
        }
        Claim c = m.owner[g];
        if (c != null) {
            if (c.from != g || !(c.rule.equals("model") || c.rule.equals("org-name") || c.rule.equals("model+org-cue"))) {
                return g;
            }
            if (c.type == MentionType.PERSON && c.to - c.from >= 2 && Lexicon.GIVEN_NAMES.contains(m.tokens.get(g).text())) {
                return g; // "the company Steve Jobs founded": a man
            }
            return c.to;
        }
        if (m.sentenceStart(g) && !m.tokens.get(g).isProperNoun()) {
            return g; // "Company shares fell": a capital the sentence gave, no name
        }
        int to = g;
        while (to < end && to - g < 4 && m.owner[to] == null) {
            Token t = m.tokens.get(to);
            if (!t.isCapitalised() || ArticleMentions.isPunct(t.text()) || Lexicon.NOT_NAMES.contains(t.text())
                    || m.isTitleWord(t.text()) || Lexicon.REGION_DEMONYMS.contains(t.text())
                    || to > g && Lexicon.ORGANISATION_CONTEXT_OPENINGS.contains(m.lower[to])) {
                break; // "Zentrova CEO ...": the office is no part of the name
            }
            to++;
        }
        if (to < end && m.owner[to] == null && m.tokens.get(to).isCapitalised() && !ArticleMentions.isPunct(m.tokens.get(to).text())
                && !Lexicon.ORGANISATION_CONTEXT_OPENINGS.contains(m.lower[to])) {
            return g; // part of a longer capitalised stretch the rules did not explain
        }
        if (to - g >= 2 && Lexicon.GIVEN_NAMES.contains(m.tokens.get(g).text())) {
            return g; // "the company Martin Keller founded": a man
        }
        return to;
    }

    /** Whether the words around name [g, to) of the sentence [first, end) describe it as an organisation. */
    private boolean organisationCueAround(ArticleMentions m, int g, int to, int first, int end) {
        if (descriptorBefore(m, g, first)) {
            return true;
        }
        // "shares of Kelvarin", "a stake in Kelvarin"
        if (g - 2 >= first && Set.of("of", "in").contains(m.lower[g - 1])
                && Lexicon.OWNERSHIP_NOUNS.contains(m.lower[g - 2])) {
            return true;
        }
        int k = to;
        if (k < end && Set.of("'s", "’s", "'", "’").contains(m.tokens.get(k).text())) {
            k++;
        }
        for (int len = 4; len >= 1; len--) {
            if (k + len <= end && Lexicon.ORGANISATION_CONTEXT.contains(String.join(" ",
                    java.util.Arrays.asList(m.lower).subList(k, k + len)))) {
                return true;
            }
        }
        // "Kelvarin, a Dutch software company, said"
        if (to + 2 < end && m.tokens.get(to).text().equals(",") && Set.of("a", "an", "the").contains(m.lower[to + 1])) {
            for (int j = to + 2; j < Math.min(end, to + 7); j++) {
                if (Lexicon.ORGANISATION_DESCRIPTORS.contains(m.lower[j])) {
                    return j + 1 >= end || ArticleMentions.isPunct(m.tokens.get(j + 1).text())
                            || Lexicon.DESCRIPTOR_FOLLOWERS.contains(m.lower[j + 1]);
                }
                if (!m.tokens.get(j).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                    break;
                }
            }
        }
        return false;
    }

    private boolean pluralDescriptorBefore(ArticleMentions m, int g, int first) {
        int d = g - 1 >= first && m.tokens.get(g - 1).text().equals(",") ? g - 2 : g - 1;
        return descriptorBefore(m, g, first) && m.tokens.get(d).text().endsWith("s");
    }

    /** "the carmaker ", "German chemicals group ", "European aircraft manufacturer , ": a noun of firms before g. */
    private boolean descriptorBefore(ArticleMentions m, int g, int first) {
        int d = g - 1;
        if (d >= first && m.tokens.get(d).text().equals(",")) {
            d--;
        }
        return d >= first && Lexicon.ORGANISATION_DESCRIPTORS.contains(m.tokens.get(d).text());
    }
}
