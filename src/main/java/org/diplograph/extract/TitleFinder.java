package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;
import org.diplograph.text.CharSpan;

/**
 * People named after a title ("President Ana Varela", "Dr. Lena Sorvik"), and the role each title gives them. A title
 * before a surname alone ("President Varela") claims nothing, as the name may be anyone's until the later finders
 * resolve it; run again after them ({@link #ofResolvedSurnames()}), it gives the role to the person they found.
 */
final class TitleFinder implements MentionFinder {

    private final boolean resolvedSurnamesOnly;

    TitleFinder() {
        this(false);
    }

    private TitleFinder(boolean resolvedSurnamesOnly) {
        this.resolvedSurnamesOnly = resolvedSurnamesOnly;
    }

    /** The pass after the surnames are resolved: roles only, for a title before a one-word name a finder claimed. */
    static TitleFinder ofResolvedSurnames() {
        return new TitleFinder(true);
    }

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            titledPersons(m, s);
        }
    }

    /** Title + name: "President Ana Varela", "Dr. Lena Sorvik", "Chilean trade minister Tomas Reyes". */
    private void titledPersons(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            int titleEnd = m.matchTitle(ts, i);
            if (titleEnd < 0) {
                continue;
            }
            // "Major General", "Former Prime Minister": titles stack, and none of them is the name
            for (int next = m.matchTitle(ts, titleEnd); next > 0; next = m.matchTitle(ts, titleEnd)) {
                titleEnd = next;
            }
            int gTitle = ts.get(i).index();
            String title = Lexicon.lower(m.text.substring(ts.get(i).start(), ts.get(titleEnd - 1).end()));
            int nameEnd = m.nameEnd(ts, titleEnd);
            if (nameEnd <= titleEnd) {
                continue;
            }
            int ga = ts.get(titleEnd).index();
            int gb = ts.get(nameEnd - 1).index() + 1;
            String qualifier = qualifierBefore(m, gTitle);
            Claim person = null;
            if (resolvedSurnamesOnly) {
                Claim surname = m.owner[ga];
                if (gb - ga == 1 && surname != null && surname.type == MentionType.PERSON && surname.from == ga
                        && surname.to == gb) {
                    addRole(m, surname, title, qualifier, gTitle);
                }
                i = nameEnd - 1;
                continue;
            }
            if (m.owner[ga] != null && m.owner[ga].type == MentionType.PERSON) {
                person = m.owner[ga];
            } else if (m.free(ga, gb) && gb - ga >= 2) {
                String name = Gazetteer.normalise(m.text.substring(m.tokens.get(ga).start(), m.tokens.get(gb - 1).end()));
                person = m.claim(ga, gb, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                        name, "title", null);
            }
            if (person != null) {
                m.note(person.key, person.label, title, qualifier);
                addRole(m, person, title, qualifier, gTitle);
            }
            i = nameEnd - 1;
        }
    }

    /** The role a title gives the person named after it, spanned from its qualifier; an honorific gives none. */
    private void addRole(ArticleMentions m, Claim person, String title, String qualifier, int gTitle) {
        if (!Lexicon.HONORIFICS.contains(title)) {
            m.roles.add(new RoleObservation(person.key, title, qualifier, m.sentenceOf[person.from],
                    new CharSpan(m.tokens.get(qualifierStart(m, gTitle)).start(), person.span.end())));
        }
    }

    /** Where the words qualifying a title start ("North Korean" in "North Korean Foreign Minister"). */
    private int qualifierStart(ArticleMentions m, int gTitle) {
        int k = gTitle - 1;
        if (k >= 0 && m.sentenceOf[k] == m.sentenceOf[gTitle] && m.owner[k] != null
                && m.owner[k].type != MentionType.PERSON) {
            return m.owner[k].from;
        }
        return gTitle;
    }

    private String qualifierBefore(ArticleMentions m, int gTitle) {
        int k = gTitle - 1;
        while (k >= 0 && m.sentenceOf[k] == m.sentenceOf[gTitle] && m.owner[k] == null
                && Lexicon.TITLE_PREMODIFIERS.contains(Lexicon.lower(m.tokens.get(k).text()))) {
            k--;
        }
        if (k >= 0 && m.sentenceOf[k] == m.sentenceOf[gTitle] && m.owner[k] != null) {
            Claim c = m.owner[k];
            if (c.type == MentionType.NORP) {
                return c.stateKey;
            }
            if (c.type == MentionType.STATE || c.type == MentionType.ORGANIZATION) {
                return c.key;
            }
            if (c.type == MentionType.PLACE && c.stateKey != null) {
                return c.stateKey;
            }
        }
        return null;
    }
}
