package org.diplograph.extract.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.text.CharSpan;
import org.diplograph.vocab.DataFiles;

/**
 * Who communicated with whom, read from the parse: a contact word ({@code contact-cues.tsv}: "meet", "spoke to",
 * "urged", "talks with") joins its subject (a noun's possessor, or the subject of the verb it is the object of) to the
 * party its listed dependent names. Both parties must be a name of an actor, a personal pronoun or a phrase headed by a
 * noun of people or bodies ({@code contact-party-nouns.txt}), so "discussed the budget with the press" joins no one. A
 * negated word ("did not meet") states no contact; a planned one ("will meet") does, as news reports the plan.
 */
public final class SyntacticContacts implements FactComponent<ContactFact> {
    private static final String CUES = "lang/en/contact-cues.tsv";
    private static final Set<String> PARTY_NOUNS = DataFiles.words("lang/en/contact-party-nouns.txt");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "he", "she", "they", "you", "me", "us", "him", "her",
            "them");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
    /** Verbs whose subject alone may be a group meeting among itself ("the council met", "the ministers convened"). */
    private static final Set<String> GATHERINGS = Set.of("meet", "convene");
    /** Heads of a body of people who meet among themselves ("the council met"). */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("group", "council", "committee", "coalition", "cabinet",
            "commission", "assembly", "board", "panel", "delegation", "caucus", "alliance", "bloc", "parliament");

    /** Dependents that belong to a party's words before its head ("senior regional officials", "his adviser"). */
    private static final Set<String> MODIFIERS = Set.of("det", "predet", "poss", "amod", "compound", "nmod", "nummod",
            "quantmod", "advmod", "case", "cc", "conj", "punct");

    /** lemma|V or lemma|N → the dependents naming the other party. */
    private final Map<String, List<String>> cues = new HashMap<>();
    /** lemma|V or lemma|N of the words whose parties spoke with each other. */
    private final Set<String> mutual = new java.util.HashSet<>();
    /** The written forms of the cue words: a sentence without one is not parsed for contacts. */
    private final Set<String> cueForms;

    public SyntacticContacts() {
        for (String[] r : DataFiles.rows(CUES, 4)) {
            cues.put(r[0] + "|" + r[1], List.of(r[2].split(",")));
            if (r[3].equals("yes")) {
                mutual.add(r[0] + "|" + r[1]);
            }
        }
        cueForms = WordForms.of(cues.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).toList());
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public List<ContactFact> extract(FactDocument doc) {
        List<ContactFact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().stream().noneMatch(t -> cueForms.contains(t.text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Optional<Parse> parse = doc.parse(s);
            if (parse.isEmpty()) {
                continue;
            }
            Parse p = parse.get();
            for (int i = 0; i < p.size(); i++) {
                String key = key(p, i);
                List<String> slots = key == null ? null : cues.get(key);
                if (slots == null || negated(p, i)) {
                    continue;
                }
                List<Integer> firsts = parties(doc, p, firstTokens(p, i));
                List<Integer> seconds = parties(doc, p, otherTokens(p, i, slots));
                boolean both = mutual.contains(key);
                boolean group = both && seconds.isEmpty();
                if (group) {
                    // "X and Y met", "talks between X and Y": each named party with each one after it
                    List<Integer> among = new ArrayList<>(firsts);
                    for (int prep : p.children(i, "prep")) {
                        if (p.lemma(prep).equalsIgnoreCase("between")) {
                            among = parties(doc, p, p.withConjuncts(p.children(prep, "pobj")));
                        }
                    }
                    if (among.size() == 1 && p.isVerb(i) && GATHERINGS.contains(p.lemma(i).toLowerCase(Locale.ROOT))
                            && collective(doc, p, among.get(0))) {
                        // "the council met", "the ministers will meet": its members with each other
                        CharSpan sa = span(doc, p, among.get(0));
                        out.add(new ContactFact(sa, sa, p.lemma(i).toLowerCase(Locale.ROOT),
                                new CharSpan(p.token(i).start(), p.token(i).end()), true,
                                new Evidence(s.index(), s.span(), "parse:contact:" + p.lemma(i).toLowerCase(Locale.ROOT), 0.6)));
                    }
                    firsts = among.size() > 1 ? among.subList(0, among.size() - 1) : List.of();
                    seconds = among.size() > 1 ? among.subList(1, among.size()) : List.of();
                }
                String cue = p.lemma(i).toLowerCase(Locale.ROOT);
                for (int a : firsts) {
                    for (int b : seconds) {
                        CharSpan sa = span(doc, p, a);
                        CharSpan sb = span(doc, p, b);
                        if (a != b && !(group && a > b) && !sa.overlaps(sb)) {
                            out.add(new ContactFact(sa, sb, cue, new CharSpan(p.token(i).start(), p.token(i).end()),
                                    both, new Evidence(s.index(), s.span(), "parse:contact:" + cue, 0.6)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The word's row of the cue list (lemma|V, lemma|N or, for a plural listed as such, word|N), or null. */
    private String key(Parse p, int i) {
        String lemma = p.lemma(i).toLowerCase(Locale.ROOT);
        if (p.isVerb(i)) {
            return lemma + "|V";
        }
        if (p.isNoun(i)) {
            String word = p.token(i).text().toLowerCase(Locale.ROOT) + "|N";
            return cues.containsKey(lemma + "|N") || !cues.containsKey(word) ? lemma + "|N" : word;
        }
        return null;
    }

    private static boolean negated(Parse p, int i) {
        int v = p.isNoun(i) ? governingVerb(p, i) : i;
        return !p.children(i, "neg").isEmpty() || v >= 0 && !p.children(v, "neg").isEmpty();
    }

    /** A verb's subject (a passive's agent), a noun's possessor or the subject of the verb it is the object of. */
    private static List<Integer> firstTokens(Parse p, int i) {
        if (p.isNoun(i)) {
            List<Integer> poss = p.children(i, "poss");
            if (!poss.isEmpty()) {
                return poss;
            }
            int v = governingVerb(p, i);
            return v < 0 ? List.of() : subjectTokens(p, v);
        }
        List<Integer> agents = new ArrayList<>();
        for (int agent : p.children(i, "agent")) {
            agents.addAll(p.withConjuncts(p.children(agent, "pobj")));
        }
        return agents.isEmpty() ? subjectTokens(p, i) : agents;
    }

    /** The party a listed dependent names, a passive's subject among them ("Y was received by X"). */
    private static List<Integer> otherTokens(Parse p, int i, List<String> slots) {
        List<Integer> out = new ArrayList<>();
        if (slots.contains("dobj")) {
            out.addAll(p.withConjuncts(p.children(i, "dobj")));
            if (!p.children(i, "agent").isEmpty()) {
                out.addAll(p.withConjuncts(p.children(i, "nsubjpass")));
            }
        }
        List<Integer> preps = new ArrayList<>(p.children(i, "prep"));
        int v = p.isNoun(i) ? governingVerb(p, i) : -1;
        if (v >= 0 && p.label(i).equals("dobj")) {
            preps.addAll(p.children(v, "prep")); // the parser often hangs "from X" on the verb ("took orders from X")
        }
        if (p.isVerb(i)) {
            for (int o : p.children(i, "dobj")) {
                preps.addAll(p.children(o, "prep")); // and "with X" on the object ("discussed the dispute with X")
            }
        }
        for (int prep : List.copyOf(preps)) {
            preps.addAll(p.children(prep, "conj")); // "spoke to X and to Y"
        }
        for (int prep : preps) {
            if (slots.contains(p.lemma(prep).toLowerCase(Locale.ROOT))) {
                out.addAll(p.withConjuncts(p.children(prep, "pobj")));
            }
        }
        return out;
    }

    /**
     * The noun's verb when the noun is its object ("held talks", "had a call", "held a round of talks") or in a phrase
     * of its clause ("at the invitation of X, Y visited ...", "after talks with X, Y said ...").
     */
    private static int governingVerb(Parse p, int i) {
        int h = p.head(i);
        if (h != Parse.ROOT && p.label(i).equals("pobj") && p.lemma(h).equalsIgnoreCase("of")
                && p.head(h) != Parse.ROOT && p.isNoun(p.head(h))) {
            return governingVerb(p, p.head(h));
        }
        if (h != Parse.ROOT && p.label(i).equals("pobj") && p.label(h).equals("prep") && !p.lemma(h).equalsIgnoreCase("of")
                && p.head(h) != Parse.ROOT && p.isVerb(p.head(h))) {
            return p.head(h);
        }
        return h != Parse.ROOT && p.label(i).equals("dobj") && p.isVerb(h) ? h : -1;
    }

    /** A verb's subject, through control, coordination, participial clauses and relative clauses. */
    private static List<Integer> subjectTokens(Parse p, int v) {
        for (int k = v, steps = 0; k != Parse.ROOT && steps < 6; steps++) {
            List<Integer> subj = new ArrayList<>();
            for (int c : p.children(k)) {
                if (SUBJECTS.contains(p.label(c))) {
                    subj.add(c);
                }
            }
            if (!subj.isEmpty()) {
                return p.withConjuncts(subj);
            }
            if (k != v && !p.children(k, "nsubjpass").isEmpty()) {
                return p.withConjuncts(p.children(k, "nsubjpass")); // "while meeting Y, X was ..."
            }
            if (!p.children(k, "nsubjpass", "expl").isEmpty()) {
                return List.of();
            }
            String rel = p.label(k);
            int h = p.head(k);
            if (h == Parse.ROOT) {
                break;
            }
            if (rel.equals("relcl") && !p.tag(k).equals("VB")) {
                return List.of(h);
            }
            // "X is committed to working with Y", "X insisted on meeting Y": a gerund after a preposition is done by
            // the subject of the word the preposition hangs on, unless that verb has an object, who then does it
            // ("X thanked Z for meeting Y")
            if (rel.equals("pcomp") && p.tag(k).equals("VBG") && p.head(h) != Parse.ROOT) {
                int g = p.head(h);
                if (p.isVerb(g) && !p.children(g, "dobj").isEmpty()) {
                    break;
                }
                k = g;
                continue;
            }
            // "X agreed to meet Y", "X flew in and met Y", "while meeting Y, X ..."
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("acomp")
                    || rel.equals("advcl") && (p.tag(k).equals("VBG") || p.tag(k).equals("VB")))) {
                break;
            }
            k = h;
        }
        return List.of();
    }

    /** The tokens that name a party: a name of an actor, a personal pronoun or a noun of people or bodies. */
    private static List<Integer> parties(FactDocument doc, Parse p, List<Integer> tokens) {
        List<Integer> out = new ArrayList<>();
        for (int t : tokens) {
            Mention m = doc.mentionAt(p.token(t).index());
            String w = p.token(t).text().toLowerCase(Locale.ROOT);
            boolean named = m != null && (doc.isActor(m) || m.type() == MentionType.NORP) && !doc.isVenue(m);
            boolean pronoun = p.tag(t).equals("PRP") && PRONOUNS.contains(w);
            boolean noun = m == null && p.isNoun(t) && (PARTY_NOUNS.contains(p.lemma(t).toLowerCase(Locale.ROOT))
                    || titled(p, t));
            if (named || pronoun || noun) {
                out.add(t);
            } else {
                // "his successor, X": the person the appositive names
                for (int a : p.children(t, "appos")) {
                    Mention ma = doc.mentionAt(p.token(a).index());
                    if (ma != null && (doc.isActor(ma) || ma.type() == MentionType.NORP) && !doc.isVenue(ma)
                            || titled(p, a)) {
                        out.add(a);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A party of several who can speak among themselves: a plural noun ("the ministers", "the members of X") or a body
     * of people ("the council", "the X Small Group"), not one person, a state or a pronoun.
     */
    private static boolean collective(FactDocument doc, Parse p, int t) {
        if (p.tag(t).equals("NNS") || p.tag(t).equals("NNPS")) {
            return true;
        }
        Mention m = doc.mentionAt(p.token(t).index());
        String lemma = p.lemma(t).toLowerCase(Locale.ROOT);
        return (m == null || m.type() == MentionType.ORGANIZATION) && COLLECTIVE_NOUNS.contains(lemma);
    }

    /** A name the finder missed that a title before it marks as a person's ("Secretary of Defense A. Carter"). */
    private static boolean titled(Parse p, int t) {
        if (!p.tag(t).startsWith("NNP")) {
            return false;
        }
        for (int c : p.children(t, "compound", "nmod")) {
            if (p.tag(c).startsWith("NN") && PARTY_NOUNS.contains(p.lemma(c).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words naming the party: its head with the modifiers before it ("senior regional officials"), a name's whole
     * span; "he" or "she" is the person the sentence named before it, as the words standing for them there.
     */
    private static CharSpan span(FactDocument doc, Parse p, int t) {
        if (p.tag(t).equals("PRP")) {
            for (int k = t - 1; k >= 0; k--) {
                Mention m = doc.mentionAt(p.token(k).index());
                if (m != null && m.type() == MentionType.PERSON && doc.isPersonalPronoun(p.token(t).index())) {
                    return m.span();
                }
            }
        }
        int first = t;
        for (int k = t - 1; k >= 0 && k >= first - 1; k--) {
            if (p.dominates(t, k) && leftModifier(p, k, t)) {
                first = k;
            }
        }
        Mention m = doc.mentionAt(p.token(t).index());
        int start = Math.min(p.token(first).start(), m != null ? m.span().start() : Integer.MAX_VALUE);
        int end = Math.max(p.token(t).end(), m != null ? m.span().end() : 0);
        return new CharSpan(start, end);
    }

    /** Whether the path from k up to the head runs through modifiers only. */
    private static boolean leftModifier(Parse p, int k, int head) {
        for (int j = k; j != head; j = p.head(j)) {
            if (!MODIFIERS.contains(p.label(j))) {
                return false;
            }
        }
        return true;
    }
}
