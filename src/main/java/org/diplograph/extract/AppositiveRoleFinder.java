package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.text.CharSpan;

/**
 * Roles given in apposition ("Lena Sorvik, a trade analyst at the Baltic Policy Institute"): no
 * mentions of its own, only role observations on people already found.
 */
final class AppositiveRoleFinder implements MentionFinder {

    /** How many words an office named before its holder may have ("the deputy foreign minister of X, Y"). */
    private static final int MAX_OFFICE_WORDS = 4;

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            appositiveRoles(m, s);
            officesBeforeTheirHolders(m, s);
            titlesAfterTheirHolders(m, s);
        }
    }

    /**
     * "Ana Varela, Ruritania's foreign minister, said", "Ana Varela, Ruritanian ambassador to Chile, said": a title
     * from the title list in apposition, after the state or body it is of when one is named there.
     */
    private void titlesAfterTheirHolders(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        int base = ts.get(0).index();
        for (int i = 0; i + 3 < ts.size(); i++) {
            Claim person = personBeforeComma(m, ts, i);
            if (person == null) {
                continue;
            }
            int k = i + 2;
            String of = null;
            Claim qualifier = m.owner[base + k];
            if (qualifier != null && qualifier.from == base + k && (qualifier.type == MentionType.STATE
                    || qualifier.type == MentionType.NORP || qualifier.type == MentionType.ORGANIZATION)) {
                of = qualifier.type == MentionType.NORP ? qualifier.stateKey : qualifier.key;
                k = qualifier.to - base;
                if (k < ts.size() && Lexicon.lower(ts.get(k).text()).matches("['’]s")) {
                    k++;
                }
            }
            int titleEnd = m.matchTitle(ts, k);
            if (titleEnd < 0 || titleEnd >= ts.size() || Lexicon.HONORIFICS.contains(m.lower[base + k])) {
                continue;
            }
            String next = m.lower[base + titleEnd];
            if (!next.equals(",") && !next.equals("to") && !next.equals("of") && !next.equals(".")) {
                continue; // "X, foreign minister Y": a list, or the title of the next name
            }
            if (next.equals("of")) {
                // "director of the Lakeside Forum": the body named after it, or no role when none is found there
                int o = titleEnd + 1 < ts.size() && m.lower[base + titleEnd + 1].equals("the") ? titleEnd + 2 : titleEnd + 1;
                Claim body = o < ts.size() ? m.owner[base + o] : null;
                if (body == null || body.from != base + o
                        || body.type != MentionType.ORGANIZATION && body.type != MentionType.STATE) {
                    continue;
                }
                of = body.key;
            }
            String role = m.text.substring(ts.get(k).start(), ts.get(titleEnd - 1).end()).toLowerCase(java.util.Locale.ROOT);
            m.roles.add(new RoleObservation(person.key, role, of, s.index(),
                    new CharSpan(person.span.start(), ts.get(titleEnd - 1).end())));
            m.note(person.key, person.label, role, of != null && of.startsWith("state/") ? of : null);
        }
    }

    /** "the President of Ruritania, Ana Varela": the office of the body or state, then its holder in apposition. */
    private void officesBeforeTheirHolders(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        int base = ts.get(0).index();
        for (int i = 3; i < ts.size(); i++) {
            Claim person = m.owner[base + i];
            Claim org = m.owner[base + i - 2];
            if (person == null || person.type != MentionType.PERSON || person.from != base + i
                    || !ts.get(i - 1).text().equals(",") || org == null || org.to != base + i - 1
                    || org.type != MentionType.ORGANIZATION && org.type != MentionType.STATE) {
                continue;
            }
            int of = org.from - base - 1;
            if (of >= 0 && m.lower[base + of].equals("the")) {
                of--;
            }
            if (of < 2 || !m.lower[base + of].equals("of")) {
                continue;
            }
            int the = of - 1;
            while (the >= 0 && of - the <= MAX_OFFICE_WORDS && !m.lower[base + the].equals("the")
                    && m.owner[base + the] == null && Character.isLetter(ts.get(the).text().charAt(0))) {
                the--;
            }
            if (the < 0 || the == of - 1 || !m.lower[base + the].equals("the")) {
                continue;
            }
            String role = m.text.substring(ts.get(the + 1).start(), ts.get(of - 1).end()).toLowerCase(java.util.Locale.ROOT);
            m.roles.add(new RoleObservation(person.key, role, org.key, s.index(),
                    new CharSpan(ts.get(the).start(), person.span.end())));
            m.note(person.key, person.label, role, org.key.startsWith("state/") ? org.key : null);
        }
    }

    /**
     * "Dr. Lena Sorvik, a trade analyst at the Baltic Policy Institute": the words between the article
     * and the preposition are the role, the organisation after it is whose.
     */
    private void appositiveRoles(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        int base = ts.get(0).index();
        for (int i = 0; i + 3 < ts.size(); i++) {
            Claim person = personBeforeComma(m, ts, i);
            if (person == null || !Set.of("a", "an", "the").contains(m.lower[base + i + 2])) {
                continue;
            }
            for (int k = i + 3; k < Math.min(ts.size() - 1, i + 10); k++) {
                String w = m.lower[base + k];
                if (Set.of(",", ".", ";", "who", "which", "and").contains(w)) {
                    break;
                }
                if (Set.of("at", "of", "with", "for", "from").contains(w) && k > i + 3) {
                    int o = k + 1 < ts.size() - 1 && m.lower[base + k + 1].equals("the") ? k + 2 : k + 1;
                    Claim org = m.owner[base + o];
                    if (org != null && (org.type == MentionType.ORGANIZATION || org.type == MentionType.STATE)) {
                        String role = m.text.substring(ts.get(i + 3).start(), ts.get(k - 1).end()).toLowerCase(java.util.Locale.ROOT);
                        m.roles.add(new RoleObservation(person.key, role, org.key, s.index(),
                                new CharSpan(person.span.start(), org.span.end())));
                        m.note(person.key, person.label, role, org.key.startsWith("state/") ? org.key : null);
                    }
                    break;
                }
            }
        }
    }

    /** The person whose name ends at sentence position i, right before a comma: where an apposition begins. */
    private static Claim personBeforeComma(ArticleMentions m, List<Token> ts, int i) {
        Claim person = m.owner[ts.get(i).index()];
        return person != null && person.type == MentionType.PERSON && person.to == ts.get(i).index() + 1
                && ts.get(i + 1).text().equals(",") ? person : null;
    }
}
