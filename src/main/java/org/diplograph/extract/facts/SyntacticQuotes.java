package org.diplograph.extract.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Quotations;
import org.diplograph.vocab.DataFiles;

/**
 * Quotations and their speakers from the parse: the speaker is the subject of the verb that attributes the words (or
 * the object of "according to"), never merely the nearest name. A quotation whose speaker the parse does not give is
 * dropped: a missing quote costs less than one credited to the wrong person.
 */
public final class SyntacticQuotes implements FactComponent<QuoteFact> {
    private static final String DATA = "lang/en/quote-cues.tsv";
    private final Set<String> cues = new HashSet<>();
    private final Set<String> channelWords = new HashSet<>();
    private final Set<String> platforms = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();
    private final Set<String> quoting = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    /** The written forms of the cue verbs: a sentence without one (or "according") is not parsed for reported speech. */
    private final Set<String> cueForms;

    public SyntacticQuotes() {
        for (String[] row : DataFiles.rows(DATA, 2)) {
            String w = row[1].trim();
            switch (row[0].trim()) {
                case "cue" -> cues.add(w);
                case "channel" -> channelWords.add(w);
                case "platform" -> platforms.add(w);
                case "role" -> roles.add(w);
                case "body" -> bodies.add(w);
                case "quoting" -> quoting.add(w);
                case "group" -> groups.add(w);
                default -> throw new IllegalStateException(DATA + ": unknown kind " + row[0]);
            }
        }
        cueForms = WordForms.of(cues);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<QuoteFact> extract(FactDocument doc) {
        String text = doc.annotated().text();
        List<CharSpan> regions = Quotations.regions(text, doc.annotated().clean().article().text());
        List<QuoteFact> out = new ArrayList<>();
        Attribution previous = null;
        CharSpan previousSpan = null;
        boolean previousFragment = false;
        for (int ri = 0; ri < regions.size(); ri++) {
            CharSpan r = regions.get(ri);
            CharSpan words = trimmed(text, r);
            if (words == null) {
                continue;
            }
            if (isTitle(doc, text, r, words)) {
                continue;
            }
            Attribution a = attribution(doc, regions, r);
            if (a == null && r.end() < text.length() && text.charAt(r.end()) == '\n' && ri + 1 < regions.size()) {
                // left open at its paragraph's end, it goes on in the next quotation, which may say whose it is
                a = attribution(doc, regions, regions.get(ri + 1));
            }
            // A signed quotation (no cue) stands alone: the next one is someone else's unless it says whose. A term
            // in quotes hands its speaker on only within its paragraph.
            if (a == null && previous != null && previous.cue() != null && continues(text, previousSpan, r)
                    && !(previousFragment && text.substring(previousSpan.end(), r.start()).contains("\n"))) {
                a = previous;
            }
            if (a == null) {
                continue;
            }
            previous = a;
            previousSpan = words;
            previousFragment = wordCount(text, words) < 3 && !standsAlone(text, r);
            if (previousFragment) {
                continue; // a term in quotes, not a quotation; but whose words they were carries to the next one
            }
            Sentence s = doc.sentences().get(a.sentence());
            CharSpan evidence = new CharSpan(Math.min(s.span().start(), r.start() - 1),
                    Math.max(s.span().end(), Math.min(text.length(), r.end() + 1)));
            out.add(new QuoteFact(a.speaker(), words.of(text), words, a.channel(), a.cue(), false,
                    new Evidence(a.sentence(), evidence, "parse:quote", 0.85)));
        }
        out.addAll(reported(doc, regions));
        return out;
    }

    /**
     * Reported speech: the clause a cue governs ("X said that ..."), or the clause "according to X" hangs from, in a
     * sentence that quotes no one directly.
     */
    private List<QuoteFact> reported(FactDocument doc, List<CharSpan> regions) {
        List<QuoteFact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (regions.stream().anyMatch(r -> r.overlaps(s.span()))
                    || s.tokens().stream().map(t -> t.text().toLowerCase(Locale.ROOT))
                    .noneMatch(w -> w.equals("according") || cueForms.contains(w))
                    || doc.parse(s).isEmpty()) {
                continue;
            }
            Parse p = doc.parse(s).get();
            for (int i = 0; i < p.size(); i++) {
                boolean according = p.token(i).text().equalsIgnoreCase("according");
                int clause = -1;
                if (according && p.head(i) != Parse.ROOT && p.head(p.head(i)) == Parse.ROOT
                        && !cues.contains(p.lemma(p.head(i)))) {
                    clause = p.head(i);
                } else if (p.isVerb(i) && cues.contains(p.lemma(i)) && !p.children(i, "ccomp").isEmpty()) {
                    clause = p.children(i, "ccomp").get(0);
                }
                Integer who = clause < 0 ? null : speakerToken(doc, regions, p, i);
                String speaker = who == null ? null : entity(doc, regions, p, who);
                if (speaker == null) {
                    continue;
                }
                int cue = i;
                List<Integer> words = new ArrayList<>(p.subtree(clause).stream()
                        .filter(k -> !(according && p.dominates(cue, k)) && k != cue && !p.label(k).equals("punct"))
                        .toList());
                while (!words.isEmpty() && LEADING.contains(p.label(words.get(0)))) {
                    words.remove(0); // "that", "and": the clause starts after them
                }
                if (words.size() < 4) {
                    continue;
                }
                CharSpan span = new CharSpan(p.token(words.get(0)).start(), p.token(words.get(words.size() - 1)).end());
                String lemma = according ? "according" : p.lemma(i);
                out.add(new QuoteFact(speaker, span.of(doc.annotated().text()), span, channel(doc, p, i, speaker),
                        lemma, true, new Evidence(s.index(), s.span(), "parse:reported-speech", 0.7)));
            }
        }
        return out;
    }

    private static final Set<String> LEADING = Set.of("mark", "cc", "punct");

    private record Attribution(String speaker, String channel, String cue, int sentence) {
    }

    /** The region without the spaces and the trailing comma that belong to the sentence around it. */
    private static CharSpan trimmed(String text, CharSpan r) {
        int s = r.start();
        int e = r.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s < e ? new CharSpan(s, e) : null;
    }

    /**
     * A short quotation that is a sentence of its own ("\"It is over,\" she said"), not a term: it opens its sentence
     * and ends as a sentence does, or with the comma before its cue.
     */
    private static boolean standsAlone(String text, CharSpan r) {
        int k = r.start() - 2; // before the opening mark
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int e = r.end() - 1;
        while (e > r.start() && Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        return (k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0) && e >= r.start() && ",.!?".indexOf(text.charAt(e)) >= 0;
    }

    /**
     * A name in quotation marks after a preposition (an interview "on \"Morning Report\"", a book "in \"Hard Times\"")
     * is a title, not anyone's words: a few words, each longer one capitalised.
     */
    private static boolean isTitle(FactDocument doc, String text, CharSpan r, CharSpan words) {
        String[] ws = words.of(text).split("\\s+");
        if (ws.length > 6) {
            return false;
        }
        for (String w : ws) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() > 3 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        Token before = null;
        for (Token t : doc.annotated().tokens()) {
            if (t.end() > r.start() - 1) {
                break;
            }
            before = t;
        }
        return before != null && "IN".equals(before.pos());
    }

    private static int wordCount(String text, CharSpan r) {
        return r.of(text).strip().split("\\s+").length;
    }

    /** The next quotation carries on the last one's words: same paragraph, or nothing but marks between them. */
    private static boolean continues(String text, CharSpan previous, CharSpan next) {
        String between = text.substring(Math.min(previous.end(), next.start()), next.start());
        if (!between.contains("\n") || between.replaceAll("[\\s\"\u201C\u201D]", "").isEmpty()) {
            return true;
        }
        // the last one's attribution closed its paragraph and this one opens the next
        int paragraphEnd = text.indexOf('\n', next.end());
        String after = text.substring(Math.min(next.end() + 1, text.length()),
                paragraphEnd < 0 ? text.length() : Math.max(paragraphEnd, next.end() + 1));
        return between.strip().matches("[^\n]{0,120}\n+[\"\u201C]") && after.chars().noneMatch(Character::isLetter);
    }

    private static boolean inside(List<CharSpan> regions, Token t) {
        for (CharSpan r : regions) {
            if (r.start() <= t.start() && t.end() <= r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The speaker of a region: from the cue nearest to it, outside any quotation, in the sentences it touches. */
    private Attribution attribution(FactDocument doc, List<CharSpan> regions, CharSpan r) {
        Attribution signed = signed(doc, r);
        if (signed != null) {
            return signed;
        }
        String text = doc.annotated().text();
        CharSpan around = new CharSpan(Math.max(0, r.start() - 1), r.end() + 1);
        List<int[]> candidates = new ArrayList<>(); // sentence, token, distance
        for (Sentence s : doc.sentences()) {
            // A quotation ending in "?" or "!" ends the splitter's sentence: its cue ("..?" she asked) is the next one's.
            boolean cutOff = s.span().start() >= r.end()
                    && SAME_PARAGRAPH.matcher(text.substring(r.end(), s.span().start())).matches();
            if (!s.span().overlaps(around) && !cutOff) {
                continue;
            }
            Optional<Parse> parsed = doc.parse(s);
            if (parsed.isEmpty()) {
                continue;
            }
            Parse p = parsed.get();
            for (int i = 0; i < p.size(); i++) {
                Token t = p.token(i);
                if (inside(regions, t)) {
                    continue;
                }
                boolean cue = p.isVerb(i) && cues.contains(p.lemma(i))
                        || t.text().equalsIgnoreCase("according") && !p.children(i, "prep").isEmpty();
                if (!cue || otherQuoteBetween(regions, r, t)) {
                    continue;
                }
                // Only a bare "she asked." opening that sentence: "She said the plan ..." and "According to X, ..."
                // attribute words of their own.
                if (cutOff && (!p.isVerb(i) || i > 3 || t.text().equalsIgnoreCase("according")
                        || !p.children(i, "ccomp", "dobj", "xcomp").isEmpty())) {
                    continue;
                }
                int distance = t.start() >= r.end() ? t.start() - r.end() : r.start() - t.end() + 1;
                candidates.add(new int[] {s.index(), i, distance});
            }
        }
        candidates.sort((x, y) -> Integer.compare(x[2], y[2]));
        for (int[] c : candidates) {
            Parse p = doc.parse(doc.sentences().get(c[0])).orElseThrow();
            int cue = c[1];
            Integer who = speakerToken(doc, regions, p, cue);
            if (who == null) {
                continue;
            }
            String speaker = entity(doc, regions, p, who);
            if (speaker == null) {
                return null; // the parse names a speaker we cannot resolve: not the next name instead
            }
            String lemma = p.token(cue).text().equalsIgnoreCase("according") ? "according" : p.lemma(cue);
            if (lemma.equals("according") && doc.registry().get(speaker).map(e -> e.isNewsOrganization()).orElse(false)) {
                continue; // "according to <agency>" names who carried the words; the speaker is another cue's subject
            }
            return new Attribution(speaker, channel(doc, p, cue, speaker), lemma, c[0]);
        }
        Attribution colon = introduced(doc, regions, r);
        return colon != null ? colon : announced(doc, regions, r);
    }

    /**
     * "X issued a statement." closing the paragraph before a paragraph that is a quotation: the quotation is the
     * statement, and X its speaker.
     */
    private Attribution announced(FactDocument doc, List<CharSpan> regions, CharSpan r) {
        String text = doc.annotated().text();
        int k = r.start() - 2;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) != '\n') {
            return null; // the quotation does not open its paragraph
        }
        Sentence last = null;
        for (Sentence s : doc.sentences()) {
            if (s.span().end() <= k) {
                last = s;
            }
        }
        if (last == null || !text.substring(last.span().end(), k).isBlank() || doc.parse(last).isEmpty()) {
            return null;
        }
        Parse p = doc.parse(last).get();
        for (int v = 0; v < p.size(); v++) {
            if (!p.isVerb(v) || inside(regions, p.token(v))) {
                continue;
            }
            boolean statement = p.children(v, "dobj").stream()
                    .anyMatch(o -> platforms.contains(p.lemma(o).toLowerCase(Locale.ROOT)));
            List<Integer> subj = p.children(v, "nsubj");
            if (statement && !subj.isEmpty()) {
                String speaker = entity(doc, regions, p, subj.get(0));
                return speaker == null ? null : new Attribution(speaker, channel(doc, p, v, speaker), p.lemma(v),
                        last.index());
            }
        }
        return null;
    }

    /** Between a closing mark and the next sentence of its paragraph: nothing but spaces and closing marks. */
    private static final Pattern SAME_PARAGRAPH = Pattern.compile("[ \\t\u00A0\"\u201D\u2019]*");
    /** A quotation signed with a dash and the speaker's name ("..." \u2015 Name), as reader comments are. */
    private static final Pattern SIGNATURE = Pattern.compile("[\"\u201D]?[\\s\u00A0]*[\u2015\u2014\u2013-][\\s\u00A0]*");

    /** The person whose name follows the quotation after a dash: the quotation is signed. */
    private static Attribution signed(FactDocument doc, CharSpan r) {
        String text = doc.annotated().text();
        Matcher m = SIGNATURE.matcher(text).region(r.end(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int at = m.end();
        for (Sentence s : doc.sentences()) {
            if (s.span().end() <= at || s.span().start() > at) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() == at) {
                    Mention who = doc.mentionAt(t.index());
                    return who != null && who.type() == MentionType.PERSON
                            ? new Attribution(who.entityKey(), null, null, s.index()) : null;
                }
            }
        }
        return null;
    }

    /** "X <verb>: \"...\"": a colon hands the quotation to the subject of the clause before it, across a paragraph break too. */
    private Attribution introduced(FactDocument doc, List<CharSpan> regions, CharSpan r) {
        String text = doc.annotated().text();
        int k = r.start() - 2;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || text.charAt(k) != ':') {
            return null;
        }
        for (Sentence s : doc.sentences()) {
            if (s.span().start() > k || k >= s.span().end() || doc.parse(s).isEmpty()) {
                continue;
            }
            Parse p = doc.parse(s).get();
            for (int i = 0; i < p.size(); i++) {
                if (p.token(i).start() == k) {
                    int v = p.head(i);
                    if (v == Parse.ROOT || !p.isVerb(v) || p.token(v).start() > k) {
                        return null;
                    }
                    List<Integer> subj = p.children(v, "nsubj");
                    String speaker = subj.isEmpty() ? null : entity(doc, regions, p, subj.get(0));
                    return speaker == null ? null : new Attribution(speaker, channel(doc, p, v, speaker), p.lemma(v), s.index());
                }
            }
        }
        return null;
    }

    /** Another quotation between the cue and this one has the cue for itself. */
    private static boolean otherQuoteBetween(List<CharSpan> regions, CharSpan r, Token t) {
        int from = Math.min(t.end(), r.end());
        int to = Math.max(t.start(), r.start());
        for (CharSpan o : regions) {
            if (!o.equals(r) && o.start() >= from && o.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the cue, of the verb it hangs from ("..., adding"), or the object of "according to". */
    private Integer speakerToken(FactDocument doc, List<CharSpan> regions, Parse p, int cue) {
        if (p.token(cue).text().equalsIgnoreCase("according")) {
            for (int prep : p.children(cue, "prep")) {
                for (int obj : p.children(prep, "pobj")) {
                    return obj;
                }
            }
            return null;
        }
        for (int v = cue, hop = 0; v != Parse.ROOT && hop < 4; v = p.head(v), hop++) {
            if (quoting.contains(p.lemma(v))) { // "X quoted Y as saying", "Y was quoted as saying"
                List<Integer> quoted = p.children(v, "dobj", "nsubjpass");
                return quoted.isEmpty() ? null : quoted.get(0);
            }
        }
        int v = cue;
        for (int hop = 0; hop < 3 && v != Parse.ROOT; hop++) {
            // a subject inside quotation marks is the quoted words' own, misattached by the parser
            List<Integer> subj = p.children(v, "nsubj").stream().filter(k -> !inside(regions, p.token(k))).toList();
            if (!subj.isEmpty()) {
                // A title's stop cut from it ("Rep" "." "Jane Doe") leaves the parser two subjects: the name is one.
                return subj.stream().filter(k -> doc.mentionAt(p.token(k).index()) != null).findFirst()
                        .orElse(subj.get(0));
            }
            String rel = p.label(v);
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("ccomp")
                    && hop > 0)) {
                return null;
            }
            v = p.head(v);
        }
        return null;
    }

    /**
     * Who a subject is: the person or body it names, a pronoun's or a bare title's person named before, or the body
     * for whom an unnamed spokesman speaks.
     */
    private String entity(FactDocument doc, List<CharSpan> regions, Parse p, int h) {
        if (p.tag(h).startsWith("W") && p.label(p.head(h)).equals("relcl")) {
            h = p.head(p.head(h)); // "..., who said": the speaker is the noun the clause describes
        }
        Mention m = doc.mentionAt(p.token(h).index());
        if (m != null && (m.type() == MentionType.PERSON || doc.isActor(m) || isNews(doc, m))) {
            return m.entityKey();
        }
        if (doc.isPersonalPronoun(p.token(h).index())) {
            return subjectBefore(doc, regions, p, h);
        }
        String lemma = p.lemma(h).toLowerCase(Locale.ROOT);
        Mention person = null;
        Mention body = null;
        for (int k : p.subtree(h)) {
            if (k != h && under(p, k, h, "relcl", "acl", "prep")) {
                continue;
            }
            Mention x = doc.mentionAt(p.token(k).index());
            if (x == null) {
                continue;
            }
            if (x.type() == MentionType.PERSON && person == null) {
                person = x;
            } else if (x.type() != MentionType.PERSON && (doc.isActor(x) || isNews(doc, x)) && body == null) {
                body = x;
            }
        }
        if (person != null) {
            return person.entityKey();
        }
        if (body != null && bodies.contains(lemma)) {
            return body.entityKey();
        }
        if (isDefinite(p, h) && p.isNoun(h)) {
            String named = organisationBefore(doc, p.token(h));
            if (named != null) {
                return named;
            }
        }
        if (roles.contains(lemma) && isDefinite(p, h)) {
            return namedBefore(doc, regions, p.token(h), m2 -> m2.type() == MentionType.PERSON);
        }
        if (groups.contains(lemma) && isDefinite(p, h)) { // "the bloc said": the body named last
            return namedBefore(doc, regions, p.token(h), m2 -> m2.type() == MentionType.ORGANIZATION
                    && doc.isActor(m2) && !isNews(doc, m2));
        }
        return null;
    }

    /**
     * The person a pronoun speaker stands for: the last person who is the subject of a clause before it, in its sentence
     * or the two before, outside quotations (a name inside someone's words, or the object of a sentence, is rarely who
     * speaks next); else the last person named outside quotations. Sentences inside a quotation do not count towards
     * the two: after a long quotation, "she said" still points before it.
     */
    private static String subjectBefore(FactDocument doc, List<CharSpan> regions, Parse p, int h) {
        Token pronoun = p.token(h);
        int at = p.sentence().index();
        String named = null;
        for (int si = at, counted = 0; si >= 0 && counted <= 2; si--) {
            Sentence s = doc.sentences().get(si);
            if (si != at && quoted(regions, s)) {
                continue;
            }
            Optional<Parse> parsed = doc.parse(s);
            if (parsed.isEmpty()) {
                counted++;
                continue;
            }
            Parse q = parsed.get();
            if (si == at || !pronounSubject(doc, q)) {
                counted++; // "She started ... She then ..." goes on about the same person: the chain reaches back
            }
            String main = mainSubject(doc, regions, q, pronoun);
            if (main != null) {
                return main; // "X said he expects Y to ...": X, not the subject of the clause inside
            }
            for (int k = q.size() - 1; k >= 0; k--) {
                Token t = q.token(k);
                Mention m = doc.mentionAt(t.index());
                if (t.start() >= pronoun.start() || m == null || m.type() != MentionType.PERSON || inside(regions, t)) {
                    continue;
                }
                if (subjectWord(q, k)) {
                    return m.entityKey();
                }
                if (named == null) {
                    named = m.entityKey();
                }
            }
        }
        return named;
    }

    /**
     * The last entity of a kind named before the token, outside quotations, in its sentence or the two before it that
     * are not someone's words: "the minister" after a long quotation is the one named before it.
     */
    private static String namedBefore(FactDocument doc, List<CharSpan> regions, Token at,
                                      java.util.function.Predicate<Mention> kind) {
        int si = -1;
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= at.start() && at.start() < s.span().end()) {
                si = s.index();
            }
        }
        for (int counted = 0; si >= 0 && counted <= 2; si--) {
            Sentence s = doc.sentences().get(si);
            if (s.span().end() <= at.start() && quoted(regions, s)) {
                continue;
            }
            counted++;
            List<Token> tokens = s.tokens();
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                Mention m = doc.mentionAt(t.index());
                if (t.start() < at.start() && m != null && kind.test(m) && !inside(regions, t)) {
                    return m.entityKey();
                }
            }
        }
        return null;
    }

    /** The person who is the subject of the sentence's main verb, outside quotations and before the pronoun, or null. */
    private static String mainSubject(FactDocument doc, List<CharSpan> regions, Parse q, Token pronoun) {
        for (int k = 0; k < q.size(); k++) {
            Token t = q.token(k);
            Mention m = doc.mentionAt(t.index());
            if (t.start() >= pronoun.start() || m == null || m.type() != MentionType.PERSON || inside(regions, t)
                    || !subjectWord(q, k)) {
                continue;
            }
            int v = k;
            while (v != Parse.ROOT && !q.label(v).startsWith("nsubj")) {
                v = q.head(v);
            }
            if (v != Parse.ROOT && q.head(q.head(v)) == Parse.ROOT) {
                return m.entityKey();
            }
        }
        return null;
    }

    /** The sentence's main subject is a personal pronoun the article's coreference left unresolved. */
    private static boolean pronounSubject(FactDocument doc, Parse q) {
        for (int k = 0; k < q.size(); k++) {
            if (q.head(k) != Parse.ROOT && q.head(q.head(k)) == Parse.ROOT && q.label(k).equals("nsubj")
                    && doc.isPersonalPronoun(q.token(k).index()) && doc.mentionAt(q.token(k).index()) == null) {
                return true;
            }
        }
        return false;
    }

    /** Most of the sentence lies inside quotation marks: it is someone's words, not the narration. */
    private static boolean quoted(List<CharSpan> regions, Sentence s) {
        int inside = 0;
        for (CharSpan r : regions) {
            inside += Math.max(0, Math.min(r.end(), s.span().end()) - Math.max(r.start(), s.span().start()));
        }
        return inside * 2 > s.span().end() - s.span().start();
    }

    /** The token is a subject or a name inside one ("President X", "X's spokesman" are not). */
    private static boolean subjectWord(Parse p, int k) {
        for (int v = k, hop = 0; v != Parse.ROOT && hop < 3; v = p.head(v), hop++) {
            String rel = p.label(v);
            if (rel.equals("nsubj") || rel.equals("nsubjpass")) {
                return true;
            }
            if (!(rel.equals("compound") || rel.equals("appos") || rel.equals("conj"))) {
                return false;
            }
        }
        return false;
    }

    /** "the ministry": the last organisation named before whose name ends in that word ("the Defence Ministry"). */
    private static String organisationBefore(FactDocument doc, Token noun) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        for (int k = noun.index() - 1; k >= 0; k--) {
            Mention m = doc.mentionAt(k);
            if (m != null && m.type() == MentionType.ORGANIZATION
                    && m.text().toLowerCase(Locale.ROOT).endsWith(" " + word)) {
                return m.entityKey();
            }
        }
        return null;
    }

    private static boolean isDefinite(Parse p, int h) {
        return p.children(h, "det").stream().anyMatch(d -> p.token(d).text().equalsIgnoreCase("the"));
    }

    /** Whether token k hangs from h through one of the relations (a relative clause names someone else). */
    private static boolean under(Parse p, int k, int h, String... relations) {
        for (int v = k; v != h && v != Parse.ROOT; v = p.head(v)) {
            for (String rel : relations) {
                if (p.label(v).equals(rel)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNews(FactDocument doc, Mention m) {
        return m.type() == MentionType.ORGANIZATION
                && doc.registry().get(m.entityKey()).map(e -> e.isNewsOrganization()).orElse(false);
    }

    /**
     * The outlet that carried the words: a news organisation in the attribution clause ("told Reuters", "quoted by
     * TASS"), the object of a channel word, or the owner of a platform ("on its Telegram channel").
     */
    private String channel(FactDocument doc, Parse p, int cue, String speaker) {
        int clause = p.token(cue).text().equalsIgnoreCase("according") ? p.head(cue) : cue;
        if (clause == Parse.ROOT) {
            clause = cue;
        }
        for (int v = p.head(cue), hop = 0; v != Parse.ROOT && hop < 3; v = p.head(v), hop++) {
            if (quoting.contains(p.lemma(v))) {
                clause = v;
            }
        }
        for (int k : p.subtree(clause)) {
            Mention m = doc.mentionAt(p.token(k).index());
            if (m == null || m.entityKey().equals(speaker) || m.type() != MentionType.ORGANIZATION) {
                continue;
            }
            int h = p.head(k);
            boolean objectOfChannelWord = h != Parse.ROOT && (channelWords.contains(p.lemma(h))
                    || p.label(k).equals("pobj") && p.head(h) != Parse.ROOT && channelWords.contains(p.lemma(p.head(h))));
            boolean platform = h != Parse.ROOT && platforms.contains(p.lemma(h).toLowerCase(Locale.ROOT));
            if (isNews(doc, m) || objectOfChannelWord || platform) {
                return m.entityKey();
            }
        }
        return null;
    }
}
