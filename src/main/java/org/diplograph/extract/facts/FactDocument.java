package org.diplograph.extract.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.RoleObservation;
import org.diplograph.extract.time.Direction;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.OfficeTerm;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.text.Dateline;

/**
 * What every fact component reads: the article's tokens and mentions, its date, its time expressions, the states its
 * people serve, and a dependency parse of any sentence a component asks for (parsed once, on first request). Read-only
 * for the components; one document belongs to one thread.
 */
public final class FactDocument {
    private final ExtractedArticle extracted;
    private final Registry registry;
    private final DependencyParser parser;
    private final List<Token> tokens;
    private final Mention[] mentionAt;
    private final LocalDate anchor;
    private final List<TimeValue> times;
    private final Map<String, Set<String>> statesOfPerson = new HashMap<>();
    private final Map<String, String> parentOrganisation = new HashMap<>();
    private final Map<Integer, Optional<Parse>> parses = new HashMap<>();
    private final TimeNormalizer normalizer;

    public FactDocument(ExtractedArticle extracted, Registry registry, DependencyParser parser, TimeNormalizer normalizer) {
        this.extracted = extracted;
        this.registry = registry;
        this.parser = parser;
        this.normalizer = normalizer;
        AnnotatedText at = extracted.annotated();
        this.tokens = at.tokens();
        this.mentionAt = new Mention[tokens.size()];
        for (Mention m : extracted.mentions()) {
            for (Sentence s : at.sentences()) {
                if (s.span().overlaps(m.span())) {
                    for (Token t : s.tokens()) {
                        if (t.start() < m.span().end() && t.end() > m.span().start()) {
                            mentionAt[t.index()] = m;
                        }
                    }
                }
            }
        }
        Dateline dl = at.clean().dateline();
        this.anchor = at.clean().article().published() != null ? at.clean().article().published()
                : dl != null ? dl.date() : null;
        this.times = List.copyOf(normalizer.find(at.text(), anchor));
        for (RoleObservation r : extracted.roles()) {
            if (r.ofKey() != null && r.ofKey().startsWith("state/")) {
                statesOfPerson.computeIfAbsent(r.personKey(), k -> new LinkedHashSet<>()).add(r.ofKey());
            }
        }
        findParentOrganisations(extracted.mentions(), at.clean().article().text());
        for (Mention m : extracted.mentions()) {
            if (m.type() == MentionType.PERSON) {
                registry.get(m.entityKey()).ifPresent(e -> {
                    for (OfficeTerm o : e.offices()) {
                        if (o.ofKey() != null && o.ofKey().startsWith("state/") && o.covers(anchor)) {
                            statesOfPerson.computeIfAbsent(m.entityKey(), k -> new LinkedHashSet<>()).add(o.ofKey());
                        }
                    }
                });
            }
        }
    }

    public ExtractedArticle extracted() {
        return extracted;
    }

    public AnnotatedText annotated() {
        return extracted.annotated();
    }

    public List<Sentence> sentences() {
        return extracted.annotated().sentences();
    }

    public Registry registry() {
        return registry;
    }

    /** The article's date (metadata, else dateline), or null. */
    public LocalDate anchor() {
        return anchor;
    }

    /** The article's time expressions, resolved against its date. */
    public List<TimeValue> times() {
        return times;
    }

    /**
     * The day the article reports on, for an event it tells as news without dating it: of the days the article names
     * in the week up to its date, the one it names most (the first of equals); its date when it names none; null
     * without a date. News says "on Monday" where it tells what happened and leaves the day unsaid in the sentences
     * that go on about it; a full date equal to the article's own is its stamp, not a day it reports on.
     */
    public LocalDate newsDay() {
        if (newsDay == null && anchor != null) {
            newsDay = findNewsDay();
        }
        return newsDay;
    }

    private LocalDate newsDay;

    private LocalDate findNewsDay() {
        Map<LocalDate, Integer> named = new java.util.LinkedHashMap<>();
        for (TimeValue t : times) {
            if (t.isResolved() && t.precision() == TimeValue.Precision.DAY) {
                LocalDate d = LocalDate.parse(t.value());
                boolean stamp = d.equals(anchor) && WRITTEN_YEAR.matcher(t.expression()).find();
                if (!stamp && !d.isAfter(anchor) && !d.isBefore(anchor.minusDays(NEWS_DAY_REACH))) {
                    named.merge(d, 1, Integer::sum);
                }
            }
        }
        LocalDate best = anchor;
        int most = 0;
        for (Map.Entry<LocalDate, Integer> e : named.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static final int NEWS_DAY_REACH = 7;
    /** A full date that is the article's own date is its stamp (byline, dateline); news names its day otherwise. */
    private static final java.util.regex.Pattern WRITTEN_YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b");

    /**
     * A time expression of the article resolved in the direction its event lies: a bare "Friday" of something planned is
     * the coming one, of something that happened the last one. Expressions that say their direction keep it.
     */
    public TimeValue resolve(TimeValue time, Direction direction) {
        return anchor == null ? time : normalizer.resolve(time, anchor, direction);
    }

    /**
     * The person a third-person singular pronoun at this token stands for: the last person the article named before
     * it, in this sentence or the two before; null for any other word or when no one was named.
     */
    public String personBefore(int tokenIndex) {
        return isPersonalPronoun(tokenIndex) ? personNamedBefore(tokenIndex) : null;
    }

    /** Whether the token is a third-person singular pronoun ("he", "her"), which stands for a person. */
    public boolean isPersonalPronoun(int tokenIndex) {
        return PERSONAL_PRONOUNS.contains(tokens.get(tokenIndex).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The last person the article named before this token, in its sentence or the two before, or null. */
    public String personNamedBefore(int tokenIndex) {
        return personNamedBefore(tokenIndex, Set.of());
    }

    /** The same, passing over the people a pronoun cannot stand for here (the subject of its own clause). */
    public String personNamedBefore(int tokenIndex, Set<String> not) {
        return namedBefore(tokenIndex, m -> m.type() == MentionType.PERSON && !not.contains(m.entityKey()));
    }

    /**
     * The last organisation taking part in events that the article named before this token, in its sentence or the
     * two before, or null: what "the bloc" or "the alliance" stands for.
     */
    public String organisationNamedBefore(int tokenIndex) {
        return namedBefore(tokenIndex, m -> m.type() == MentionType.ORGANIZATION && isActor(m));
    }

    /** The key of the last mention before this token, in its sentence or the two before, that passes the test. */
    private String namedBefore(int tokenIndex, java.util.function.Predicate<Mention> wanted) {
        int sentence = sentenceOf(tokenIndex);
        for (int k = tokenIndex - 1; k >= 0; k--) {
            if (sentence - sentenceOf(k) > 2) {
                return null;
            }
            Mention m = mentionAt[k];
            if (m != null && wanted.test(m)) {
                return m.entityKey();
            }
        }
        return null;
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");

    /** The index of the sentence holding this token, or -1. */
    public int sentenceOf(int tokenIndex) {
        int start = tokens.get(tokenIndex).start();
        for (Sentence s : sentences()) {
            if (s.span().start() <= start && start < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * Bodies the article names as organs of another: "the Council of the Union" (the organ, then "of" and the parent)
     * and "the Union Council" (the parent's name or acronym, then the organ's head word).
     */
    private void findParentOrganisations(List<Mention> mentions, String text) {
        Map<String, String> keyOfSurface = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.ORGANIZATION) {
                keyOfSurface.putIfAbsent(m.text(), m.entityKey());
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.ORGANIZATION || parentOrganisation.containsKey(m.entityKey())) {
                continue;
            }
            String parent = null;
            if (i + 1 < mentions.size()) {
                Mention next = mentions.get(i + 1);
                if (next.type() == MentionType.ORGANIZATION && next.span().start() >= m.span().end()
                        && OF_THE.matcher(text.substring(m.span().end(), next.span().start())).matches()) {
                    parent = next.entityKey();
                }
            }
            if (parent == null) {
                String longest = "";
                for (Map.Entry<String, String> other : keyOfSurface.entrySet()) {
                    if (m.text().startsWith(other.getKey() + " ") && other.getKey().length() > Math.max(1, longest.length())) {
                        longest = other.getKey();
                        parent = other.getValue();
                    }
                }
            }
            if (parent != null && !parent.equals(m.entityKey())) {
                parentOrganisation.put(m.entityKey(), parent);
            }
        }
    }

    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /** The body the article names this organisation an organ of ("... of the Union", "Union Council"), or null. */
    public String parentOrganisation(String key) {
        return parentOrganisation.get(key);
    }

    /** The mention covering the token (article-wide index), or null. */
    public Mention mentionAt(int tokenIndex) {
        return mentionAt[tokenIndex];
    }

    /** The states a person of the article serves, by the article's roles and the registry's terms at its date. */
    public Set<String> statesOf(String personKey) {
        return statesOfPerson.getOrDefault(personKey, Set.of());
    }

    /** The sentence's tree, parsed on first request; empty when the parser does not parse it. */
    public Optional<Parse> parse(Sentence sentence) {
        return parses.computeIfAbsent(sentence.index(), i -> parser.parse(sentence));
    }

    /**
     * Whether a mention names someone who acts: a person, a state, or an organisation other than a news outlet (an
     * agency is cited as a source, not a party).
     */
    public boolean isActor(Mention m) {
        return switch (m.type()) {
            case PERSON, STATE -> true;
            case ORGANIZATION -> registry.get(m.entityKey()).map(e -> !e.isNewsOrganization()).orElse(true);
            default -> false;
        };
    }

    /** An organisation named after its building ("... Palace", "... Office"): a venue unless it acts as a subject. */
    public boolean isVenue(Mention m) {
        if (m.type() != MentionType.ORGANIZATION) {
            return false;
        }
        String[] words = m.label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return org.diplograph.extract.Lexicon.VENUE_HEADS.contains(words[words.length - 1]);
    }


    /** The name the graph gives an entity of the article. */
    public String name(String key) {
        for (Mention m : extracted.mentions()) {
            if (m.entityKey().equals(key)) {
                return registry.get(key).map(RegistryEntry::label).orElse(m.label());
            }
        }
        return key;
    }
}
