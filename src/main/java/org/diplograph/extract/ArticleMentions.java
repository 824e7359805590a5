package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.OfficeTerm;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Dateline;

/**
 * One article's mentions while the {@link MentionFinder}s find them: the tokens, which mention owns each token
 * (a token belongs to at most one), and what the article has told so far about its people and short names.
 * Finders read it and claim tokens through it; {@link #extracted()} is the result. One per article, one thread.
 */
final class ArticleMentions {

    /** A mention under construction. */
    static final class Claim {
        final int from;
        final int to;
        final CharSpan span;
        final MentionType type;
        final String key;
        final String label;
        final String rule;
        /** For a capital: the state it is the capital of (metonymy); for NORP: the state. */
        final String stateKey;

        Claim(int from, int to, CharSpan span, MentionType type, String key, String label, String rule, String stateKey) {
            this.from = from;
            this.to = to;
            this.span = span;
            this.type = type;
            this.key = key;
            this.label = label;
            this.rule = rule;
            this.stateKey = stateKey;
        }
    }

    /** What the article tells us about a person, for resolving later references. */
    static final class PersonInfo {
        final String key;
        final String label;
        final Set<String> states = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        Character gender;

        PersonInfo(String key, String label) {
            this.key = key;
            this.label = label;
        }

        String[] nameParts() {
            return label.split(" ");
        }

        PersonInfo copy() {
            PersonInfo c = new PersonInfo(key, label);
            c.states.addAll(states);
            c.titles.addAll(titles);
            c.gender = gender;
            return c;
        }
    }

    /**
     * One change to an earlier claim: why, the claim's span and type, and its new type (null when it was withdrawn;
     * a longer name's own claim is not recorded here).
     */
    record Overridden(MentionMergePolicy.Override why, CharSpan span, MentionType was, MentionType becomes) {
    }

    private final Registry registry;
    /** Surname (or family name for family-name-first states) → registry persons bearing it. */
    private final Map<String, List<String>> registrySurnames;
    final AnnotatedText at;
    final String text;
    final List<Token> tokens;
    final int[] sentenceOf;
    final Claim[] owner;
    final List<Claim> claims = new ArrayList<>();
    final Map<String, PersonInfo> persons = new LinkedHashMap<>();
    final Map<String, Claim> articleAliases = new HashMap<>();
    /** Names the organisation cues made organisations, by surface: repeats elsewhere are those organisations too. */
    final Map<String, Claim> organisationNames = new HashMap<>();
    final List<RoleObservation> roles = new ArrayList<>();
    /** Every change the merge policy allowed to an earlier claim, in order: for tests and explanations. */
    final List<Overridden> overrides = new ArrayList<>();
    final LocalDate date;
    /** Lower-cased token texts, computed once: the rules compare them constantly. */
    final String[] lower;
    private final Boolean[] titleCase;
    /** Capitalised words of the running text, for {@link #writtenAsNameInBody}; built on first use. */
    private Set<String> bodyCapitals;

    ArticleMentions(AnnotatedText at, Registry registry, Map<String, List<String>> registrySurnames) {
        this.registry = registry;
        this.registrySurnames = registrySurnames;
        this.at = at;
        this.text = at.text();
        this.tokens = at.tokens();
        this.lower = new String[tokens.size()];
        for (Token t : tokens) {
            lower[t.index()] = Lexicon.lower(t.text());
        }
        this.sentenceOf = new int[tokens.size()];
        for (Sentence s : at.sentences()) {
            for (Token t : s.tokens()) {
                sentenceOf[t.index()] = s.index();
            }
        }
        this.owner = new Claim[tokens.size()];
        this.titleCase = new Boolean[at.sentences().size()];
        Dateline dl = at.clean().dateline();
        this.date = at.clean().article().published() != null ? at.clean().article().published()
                : dl != null ? dl.date() : null;
    }

    /** Everything the finders have decided so far, copied, so that a finder that fails can be undone. */
    record Checkpoint(Claim[] owner, List<Claim> claims, Map<String, PersonInfo> persons,
                      Map<String, Claim> articleAliases, Map<String, Claim> organisationNames,
                      List<RoleObservation> roles, List<Overridden> overrides) {
    }

    Checkpoint checkpoint() {
        Map<String, PersonInfo> personsCopy = new LinkedHashMap<>();
        persons.forEach((k, p) -> personsCopy.put(k, p.copy()));
        return new Checkpoint(owner.clone(), new ArrayList<>(claims), personsCopy, new HashMap<>(articleAliases),
                new HashMap<>(organisationNames), new ArrayList<>(roles), new ArrayList<>(overrides));
    }

    void restore(Checkpoint c) {
        System.arraycopy(c.owner(), 0, owner, 0, owner.length);
        claims.clear();
        claims.addAll(c.claims());
        persons.clear();
        c.persons().forEach((k, p) -> persons.put(k, p.copy()));
        articleAliases.clear();
        articleAliases.putAll(c.articleAliases());
        organisationNames.clear();
        organisationNames.putAll(c.organisationNames());
        roles.clear();
        roles.addAll(c.roles());
        overrides.clear();
        overrides.addAll(c.overrides());
    }

    /** The mentions claimed, in text order, and the roles observed. */
    ExtractedArticle extracted() {
        List<Mention> mentions = new ArrayList<>();
        for (Claim c : claims) {
            mentions.add(new Mention(c.span, c.span.of(at.clean().article().text()), c.type, c.key, c.label,
                    c.from < sentenceOf.length ? sentenceOf[c.from] : 0, c.rule, c.stateKey));
        }
        mentions.sort(null);
        return new ExtractedArticle(at, mentions, roles);
    }

    /**
     * Whether the capitalised words up to {@code end} (exclusive) after the indefinite article at {@code article}
     * describe rather than name: "A Common Purpose", where a name would take "the". "A Chinese Foreign Ministry
     * readout" is a readout, and the name stands.
     */
    boolean describedAfterArticle(int article, int end) {
        return article >= 0 && sentenceOf[article] == sentenceOf[end - 1]
                && Set.of("A", "An", "a", "an").contains(tokens.get(article).text()) && !beforeNoun(end);
    }

    /** Whether token {@code g} is a lower-case word of the same sentence, as a noun the name before it modifies. */
    boolean beforeNoun(int g) {
        return g < tokens.size() && sentenceOf[g] == sentenceOf[g - 1]
                && tokens.get(g).text().codePoints().allMatch(Character::isLowerCase);
    }

    /**
     * Where the body's own name begins in "Chief Financial Officer of Norvale Shipping": after the last "of" that
     * follows an office, or at {@code from} when there is none (global token indices; {@code before} exclusive).
     */
    int afterOffice(int from, int before) {
        for (int k = before - 1; k > from; k--) {
            if (tokens.get(k).text().equals("of")) {
                for (int j = from; j < k; j++) {
                    if (Lexicon.OFFICE_NOUNS.contains(Lexicon.lower(tokens.get(j).text()))) {
                        return k + 1;
                    }
                }
            }
        }
        return from;
    }

    /** End (exclusive, sentence-local) of the longest title starting at i, or -1. */
    int matchTitle(List<Token> ts, int i) {
        if (i >= ts.size()) {
            return -1;
        }
        List<List<String>> titles = Lexicon.TITLES_BY_FIRST_WORD.get(lower[ts.get(i).index()]);
        if (titles == null) {
            return -1;
        }
        for (List<String> title : titles) {
            if (i + title.size() > ts.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < title.size() && match; k++) {
                match = lower[ts.get(i + k).index()].equals(title.get(k));
            }
            if (match) {
                return i + title.size();
            }
        }
        return -1;
    }

    boolean isTitleWord(String word) {
        return Lexicon.TITLE_LAST_WORDS.contains(Lexicon.lower(word));
    }

    /** End of a personal name of one to four capitalised tokens starting at i (sentence-local). */
    int nameEnd(List<Token> ts, int i) {
        // in a sentence in capitals a word is a name's when news usually capitalises it ("MINISTER QUITS": no name)
        String[] words = ts.stream().map(Token::text).toArray(String[]::new);
        String[] forms = org.diplograph.nlp.Truecaser.english().forms(words);
        int j = i;
        int lastName = i;
        while (j < ts.size() && j - i < 5) {
            Token t = ts.get(j);
            int g = t.index();
            boolean particle = Lexicon.NAME_PARTICLES.contains(Lexicon.lower(t.text())) && j > i;
            boolean capital = forms == words ? t.isCapitalised() : Character.isUpperCase(forms[j].codePointAt(0));
            boolean name = capital && !isPunct(t.text()) && !Lexicon.NOT_NAMES.contains(t.text())
                    && !Lexicon.isOrgHead(t.text()) && (owner[g] == null || owner[g].type == MentionType.PERSON)
                    && (t.isProperNoun() || t.pos().equals("FW") || j > i);
            if (owner[g] != null && owner[g].type == MentionType.PERSON) {
                return owner[g].to - ts.get(0).index();
            }
            boolean hyphen = t.text().equals("-") && j > i && j + 1 < ts.size()
                    && ts.get(j - 1).end() == t.start() && ts.get(j + 1).start() == t.end()
                    && ts.get(j + 1).isCapitalised();
            if (name) {
                lastName = ++j;
            } else if (particle || hyphen) {
                j++;
            } else {
                break;
            }
        }
        return lastName;
    }

    /**
     * Whether a word of tokens [from, to) is capitalised somewhere in the article's running text (not a headline,
     * not a sentence's first word): a name in a headline is written the same way in the story below it, while
     * "Deeper Ties" or "Together Against Tariffs" are capitalised only by the headline.
     */
    boolean writtenAsNameInBody(Sentence s, int from, int to) {
        if (bodyCapitals == null) {
            bodyCapitals = new HashSet<>();
            for (Sentence sentence : at.sentences()) {
                if (!titleCase(sentence.index())) {
                    for (Token t : sentence.tokens().subList(1, sentence.tokens().size())) {
                        if (t.isCapitalised()) {
                            bodyCapitals.add(t.text());
                        }
                    }
                }
            }
        }
        // a shouted headline's words as news writes them ("WALES" is the body's "Wales")
        String[] words = s.modelWords();
        for (int i = from; i < to; i++) {
            if (!Lexicon.NAME_CONNECTORS.contains(words[i]) && bodyCapitals.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether most words of the sentence are capitalised, as in a title-case headline; counted once a sentence. */
    boolean titleCase(int sentence) {
        if (titleCase[sentence] == null) {
            int words = 0;
            int capitalised = 0;
            for (Token t : at.sentences().get(sentence).tokens()) {
                if (t.text().chars().anyMatch(Character::isLetter)) {
                    words++;
                    capitalised += t.isCapitalised() ? 1 : 0;
                }
            }
            titleCase[sentence] = words >= 4 && capitalised * 10 >= words * 7;
        }
        return titleCase[sentence];
    }

    String surface(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int g = from; g < to; g++) {
            b.append(tokens.get(g).text()).append(' ');
        }
        return b.toString();
    }

    /**
     * The key of an entity of this article only (a bare surname, a ministry of no named state): its name's key tagged
     * with the article, so that the same words in other articles mint other entities.
     */
    String articleKey(org.diplograph.registry.EntityKind kind, String name) {
        return org.diplograph.registry.Keys.of(kind, name) + "-" + com.google.common.hash.Hashing.sha256()
                .hashString(at.clean().article().id(), java.nio.charset.StandardCharsets.UTF_8).toString().substring(0, 8);
    }

    PersonInfo resolveSurname(String part, String precedingTitle, int at) {
        List<PersonInfo> candidates = new ArrayList<>();
        for (PersonInfo p : persons.values()) {
            String[] n = p.nameParts();
            if (n.length >= 2 && (n[0].equals(part) || n[n.length - 1].equals(part))) {
                candidates.add(p);
            }
        }
        // the name as this article wrote it, which may be another spelling of the label ("Ana Ruis" for "Ana Ruiz")
        for (Claim c : claims) {
            PersonInfo p = c.type == MentionType.PERSON && c.from < at ? persons.get(c.key) : null;
            String[] written = c.span.of(text).split(" ");
            if (p != null && !candidates.contains(p) && written.length >= 2
                    && (written[0].equals(part) || written[written.length - 1].equals(part))) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            List<String> keys = registrySurnames.getOrDefault(part, List.of());
            if (keys.size() == 1 && tokens.get(at).isProperNoun() && inOffice(keys.get(0))) {
                return registryPerson(keys.get(0));
            }
            return null;
        }
        if (candidates.size() > 1 && precedingTitle != null) {
            List<PersonInfo> titled = candidates.stream().filter(p -> p.titles.contains(precedingTitle)).toList();
            if (!titled.isEmpty()) {
                candidates = titled;
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return mostRecent(candidates, at);
    }

    boolean inOffice(String personKey) {
        return registry.get(personKey).map(e -> e.offices().stream().anyMatch(o -> o.covers(date))).orElse(false);
    }

    PersonInfo registryPerson(String key) {
        RegistryEntry e = registry.get(key).orElseThrow();
        PersonInfo p = persons.computeIfAbsent(key, k -> new PersonInfo(k, e.label()));
        for (OfficeTerm o : e.offices()) {
            if (o.covers(date) && o.ofKey() != null) {
                p.states.add(o.ofKey());
                p.titles.addAll(titlesFor(o));
            }
        }
        return p;
    }

    void note(String key, String label, String title, String qualifier) {
        PersonInfo p = persons.computeIfAbsent(key, k -> new PersonInfo(k, label));
        p.titles.add(title);
        if (qualifier != null && qualifier.startsWith("state/")) {
            p.states.add(qualifier);
        }
        Character g = Lexicon.GENDERED_TITLES.get(title);
        if (g != null) {
            p.gender = g;
        }
    }

    PersonInfo mostRecent(List<PersonInfo> candidates, int at) {
        PersonInfo best = null;
        int bestPos = -1;
        for (Claim c : claims) {
            if (c.from < at && c.from > bestPos) {
                for (PersonInfo p : candidates) {
                    if (p.key.equals(c.key)) {
                        best = p;
                        bestPos = c.from;
                    }
                }
            }
        }
        return best;
    }

    Claim claim(int from, int to, MentionType type, String key, String label, String rule, String stateKey) {
        CharSpan span = new CharSpan(tokens.get(from).start(), tokens.get(to - 1).end());
        Claim c = new Claim(from, to, span, type, key, label, rule, stateKey);
        claims.add(c);
        for (int g = from; g < to; g++) {
            owner[g] = c;
        }
        return c;
    }

    /**
     * Claims a part of one token: one of two hyphen-joined surnames ("the Ruiz-Mendes summit"). The token's owner becomes
     * the last part claimed.
     */
    void claimPart(int token, CharSpan span, MentionType type, String key, String label, String rule) {
        Claim c = new Claim(token, token + 1, span, type, key, label, rule, null);
        claims.add(c);
        owner[token] = c;
    }

    /** Gives a claim's tokens back, for a longer or better mention to take them or for none. */
    void withdraw(Claim c, MentionMergePolicy.Override why) {
        claims.remove(c);
        for (int g = c.from; g < c.to; g++) {
            owner[g] = null;
        }
        overrides.add(new Overridden(why, c.span, c.type, null));
    }

    /** Claims [from, to), dropping earlier claims that lie entirely inside it; nothing when that would cut one in two. */
    void replaceWithin(int from, int to, MentionType type, String key, String label, String rule, String stateKey,
                       MentionMergePolicy.Override why) {
        for (int g = from; g < to; g++) {
            Claim old = owner[g];
            if (old != null) {
                if (old.from < from || old.to > to) {
                    return; // would cut another mention in two
                }
            }
        }
        for (int g = from; g < to; g++) {
            if (owner[g] != null) {
                withdraw(owner[g], why);
            }
        }
        claim(from, to, type, key, label, rule, stateKey);
    }

    /** Gives claim {@code c} another reading, keeping its tokens, rule and place among the claims. */
    Claim retype(Claim c, MentionType type, String key, String label, MentionMergePolicy.Override why) {
        return retype(c, type, key, label, c.rule, c.stateKey, why);
    }

    /** Gives claim {@code c} another reading and the rule and state that found it, keeping its tokens and place. */
    Claim retype(Claim c, MentionType type, String key, String label, String rule, String stateKey,
                 MentionMergePolicy.Override why) {
        Claim r = new Claim(c.from, c.to, c.span, type, key, label, rule, stateKey);
        claims.set(claims.indexOf(c), r);
        for (int g = c.from; g < c.to; g++) {
            if (owner[g] == c) {
                owner[g] = r;
            }
        }
        overrides.add(new Overridden(why, c.span, c.type, type));
        return r;
    }

    boolean free(int from, int to) {
        if (to > tokens.size()) {
            return false;
        }
        for (int g = from; g < to; g++) {
            if (owner[g] != null) {
                return false;
            }
            if (g > from && sentenceOf[g] != sentenceOf[from]) {
                return false;
            }
        }
        return true;
    }

    boolean sentenceStart(int g) {
        return g == 0 || sentenceOf[g - 1] != sentenceOf[g];
    }

    int[] tokenRange(int start, int end) {
        int a = -1;
        int b = -1;
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                if (a < 0) {
                    a = t.index();
                }
                b = t.index() + 1;
            }
            if (t.start() >= end) {
                break;
            }
        }
        return a < 0 ? null : new int[] {a, b};
    }

    private static List<String> titlesFor(OfficeTerm o) {
        List<String> titles = Lexicon.OFFICE_TITLES.get(o.officeType());
        return titles != null ? titles : Optional.ofNullable(o.title()).map(t -> List.of(Lexicon.lower(t))).orElse(List.of());
    }

    static boolean isPunct(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
