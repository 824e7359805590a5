package org.diplograph.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.RoleObservation;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Registry;
import org.diplograph.text.CharSpan;

/**
 * Reads the facts of an article from its tokens and mentions: events (by trigger words, with the
 * actors of the trigger's clause as participants), roles, stances (support or opposition towards an
 * actor or a concept) and direct quotations with their speakers. Rules work on words and mentions
 * only; each fact keeps its sentence as evidence.
 */
public final class FactExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FactExtractor.class);


    private static final Set<String> CLAUSE_STOPS = Set.of(";", ":", "after", "before", "following", "follows",
            "followed", "follow", "since", "while", "when", "which", "as", "amid", "despite", "because", "but",
            "although", "though", "whereas", "that", "--", "-");
    private static final Set<String> PLANNED = Set.of("will", "'ll", "would", "expected", "expects", "expect", "plans",
            "planned", "plan", "scheduled", "upcoming", "next", "anticipates", "anticipate", "anticipated", "prepares",
            "preparing", "set", "due", "future", "forthcoming", "proposed", "intends");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "if", "possible", "potential",
            "potentially", "whether", "unless");
    private static final Set<String> NEGATION = Set.of("not", "n't", "no", "never", "without", "cancelled", "canceled",
            "postponed", "called off", "failed");
    private static final Set<String> OPPOSE = Set.of("oppose", "opposes", "opposed", "opposing", "opposition", "resist",
            "resists", "resisting", "counter", "counters", "countering", "counteract", "counteracting", "against",
            "condemn", "condemns", "condemned", "denounce", "denounced", "reject", "rejects", "rejected", "combat",
            "critical", "criticized", "criticised", "criticize", "criticise");
    private static final Set<String> SUPPORT = Set.of("support", "supports", "supported", "supporting", "backs",
            "backed", "backing", "endorse", "endorses", "endorsed", "endorsement", "welcome", "welcomes", "welcomed",
            "praised", "praises", "praise", "favour", "favor", "favours", "favors", "champion", "champions", "advocate",
            "advocates", "advocating", "upholds", "uphold");
    private static final Set<String> ANAPHORIC_TARGETS = Set.of("these", "those", "this", "them", "it", "such");

    private final Registry registry;
    private final ConceptLexicon concepts;
    private final TimeNormalizer times = new TimeNormalizer();

    private final DependencyParser parser;
    private final FactComponent<EventFact> eventComponent;
    private final FactComponent<QuoteFact> quoteComponent = new SyntacticQuotes();

    public FactExtractor(Registry registry, ConceptLexicon concepts, DependencyParser parser) {
        this.registry = registry;
        this.concepts = concepts;
        this.parser = parser;
        this.eventComponent = new SyntacticEvents(EventVocabulary.bundled());
    }

    /** A component that fails loses its own facts, logged, and the article keeps the rest. */
    private <T> List<T> isolated(FactComponent<T> component, FactDocument doc) {
        try {
            return component.extract(doc);
        } catch (RuntimeException e) {
            LOG.warn("{}: the {} component failed, its facts are dropped: {}",
                    doc.annotated().clean().article().origin(), component.name(), e.toString());
            return List.of();
        }
    }

    public Facts extract(ExtractedArticle extracted) {
        return new Run(extracted).run();
    }

    private final class Run {
        final ExtractedArticle ex;
        final AnnotatedText at;
        final String text;
        final List<Token> tokens;
        final int[] sentenceOf;
        final Mention[] mentionAt;
        final String[] lower;
        final FactDocument doc;
        final LocalDate anchor;
        final List<EventFact> events = new ArrayList<>();
        final List<StanceFact> stances = new ArrayList<>();
        final List<QuoteFact> quotes = new ArrayList<>();

        Run(ExtractedArticle ex) {
            this.ex = ex;
            this.at = ex.annotated();
            this.text = at.text();
            this.tokens = at.tokens();
            this.doc = new FactDocument(ex, registry, parser, times);
            this.anchor = doc.anchor();
            this.sentenceOf = new int[tokens.size()];
            this.lower = new String[tokens.size()];
            this.mentionAt = new Mention[tokens.size()];
            for (Sentence s : at.sentences()) {
                for (Token t : s.tokens()) {
                    sentenceOf[t.index()] = s.index();
                    lower[t.index()] = t.text().toLowerCase(Locale.ROOT);
                    mentionAt[t.index()] = doc.mentionAt(t.index());
                }
            }
        }

        Facts run() {
            events.addAll(isolated(eventComponent, doc));
            quotes.addAll(isolated(quoteComponent, doc));
            for (Sentence s : at.sentences()) {
                stancesIn(s);
            }
            return new Facts(events, roles(), stances, quotes);
        }

        // ---------------------------------------------------------------- helpers of quotes and stances

        List<String> window(List<Token> ts, int i, int n) {
            List<String> w = new ArrayList<>();
            for (int k = Math.max(0, i - n); k < i; k++) {
                w.add(lower[ts.get(k).index()]);
            }
            return w;
        }

        boolean isActor(Mention m) {
            return doc.isActor(m);
        }

        /** "at the White House", "in the Kremlin": an organisation named as where something happened, not who. */
        boolean venue(List<Token> ts, int k, Mention m) {
            if (m.type() != MentionType.ORGANIZATION || k < 1) {
                return false;
            }
            int p = lower[ts.get(k - 1).index()].equals("the") && k >= 2 ? k - 2 : k - 1;
            return Set.of("at", "in", "inside", "outside").contains(lower[ts.get(p).index()]);
        }

        /** Actors mentioned in [from, to), in order, leaving out those only cited as sources of news or as venues. */
        List<String> actors(List<Token> ts, int from, int to) {
            List<String> keys = new ArrayList<>();
            Mention last = null;
            for (int k = from; k < to; k++) {
                Mention m = mentionAt[ts.get(k).index()];
                if (m == null || m == last) {
                    continue;
                }
                last = m;
                boolean cited = k >= 2 && (lower[ts.get(k - 1).index()].equals("by") && lower[ts.get(k - 2).index()].startsWith("report")
                        || lower[ts.get(k - 2).index()].equals("according"));
                if (isActor(m) && !cited && !venue(ts, k, m) && !keys.contains(m.entityKey())) {
                    keys.add(m.entityKey());
                }
            }
            return keys;
        }


        String name(String key) {
            return doc.name(key);
        }

        // ---------------------------------------------------------------- roles

        List<RoleFact> roles() {
            Map<String, RoleFact> byKey = new LinkedHashMap<>();
            String asOf = anchor == null ? null : anchor.toString();
            for (RoleObservation r : ex.roles()) {
                String key = r.personKey() + "|" + r.title() + "|" + r.ofKey();
                Sentence s = at.sentences().get(r.sentence());
                byKey.putIfAbsent(key, new RoleFact(r.personKey(), r.title(), r.ofKey(), asOf,
                        new Evidence(s.index(), s.span(), "rules:role:title", 0.9)));
            }
            return new ArrayList<>(byKey.values());
        }

        // ---------------------------------------------------------------- stances

        void stancesIn(Sentence s) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                String w = lower[ts.get(i).index()];
                StanceFact.Polarity polarity = OPPOSE.contains(w) ? StanceFact.Polarity.OPPOSES
                        : SUPPORT.contains(w) ? StanceFact.Polarity.SUPPORTS : null;
                if (polarity == null || mentionAt[ts.get(i).index()] != null) {
                    continue;
                }
                if (w.equals("against") && i > 0 && !Set.of("back", "push", "resist", "fight", "stand", "stood", "united",
                        "jointly", "front", "pushback", "together").contains(lower[ts.get(i - 1).index()])) {
                    continue;
                }
                if (w.equals("critical") && (i + 1 >= ts.size() || !lower[ts.get(i + 1).index()].equals("of"))) {
                    continue;
                }
                List<Target> targets = targets(s, ts, i);
                if (targets.isEmpty()) {
                    continue;
                }
                if (window(ts, i, 3).stream().anyMatch(x -> Set.of("not", "n't", "never", "no").contains(x))) {
                    // "We do not support Taiwan independence"
                    polarity = polarity == StanceFact.Polarity.SUPPORTS ? StanceFact.Polarity.OPPOSES
                            : StanceFact.Polarity.SUPPORTS;
                }
                String speaker = quoteSpeakerCovering(ts.get(i));
                List<String> holders = holders(ts, i);
                if (holders.isEmpty() && speaker != null
                        && window(ts, i, 5).stream().anyMatch(x -> Set.of("we", "i").contains(x))) {
                    holders = List.of(speaker); // "we" in a quotation is the speaker's side
                }
                if (holders.isEmpty()) {
                    continue;
                }
                for (String holder : holders) {
                    String holderKey = holder;
                    String speakerKey = speaker;
                    if (holder.startsWith("person/")) {
                        Set<String> states = doc.statesOf(holder);
                        speakerKey = holder;
                        holderKey = states.isEmpty() ? holder : states.iterator().next();
                    }
                    for (Target t : targets) {
                        if (t.key().equals(holderKey)) {
                            continue;
                        }
                        CharSpan holderSpan = spanOf(s, holder);
                        StanceFact fact = new StanceFact(holderKey, speakerKey, polarity, t.key(), t.label(),
                                holderSpan, t.span(), new Evidence(s.index(), s.span(), "rules:stance", 0.7));
                        if (stances.stream().noneMatch(x -> x.holderKey().equals(fact.holderKey())
                                && x.polarity() == fact.polarity() && x.targetKey().equals(fact.targetKey()))) {
                            stances.add(fact);
                        }
                    }
                }
            }
        }

        record Target(String key, String label, CharSpan span) {
        }

        /** The first mention of the entity in the sentence. */
        CharSpan spanOf(Sentence s, String key) {
            for (Mention m : ex.mentions()) {
                if (m.entityKey().equals(key) && s.span().contains(m.span())) {
                    return m.span();
                }
            }
            return null;
        }

        /** Concepts or actors right after the trigger ("opposition to hegemonism in any shape"). */
        List<Target> targets(Sentence s, List<Token> ts, int i) {
            int end = i + 1;
            while (end < ts.size() && end - i <= 14 && !Set.of(";", ".", "while", "but", "which")
                    .contains(lower[ts.get(end).index()])) {
                end++;
            }
            List<String> words = new ArrayList<>();
            List<Token> wordTokens = new ArrayList<>();
            for (int k = i + 1; k < end; k++) {
                if (!ts.get(k).text().equals("\"")) {
                    words.add(ts.get(k).text()); // scare quotes around the target are common
                    wordTokens.add(ts.get(k));
                }
            }
            List<Target> found = new ArrayList<>();
            int lastEnd = -1;
            for (ConceptLexicon.Match m : concepts.find(words)) {
                // the first concept, then only those coordinated with it ("unilateralism and power politics")
                if (lastEnd >= 0 && !onlyConnectors(words.subList(lastEnd, m.from()))) {
                    break;
                }
                if (lastEnd < 0 && m.from() > 6) {
                    break;
                }
                found.add(new Target(m.concept().key(), m.concept().label(),
                        new CharSpan(wordTokens.get(m.from()).start(), wordTokens.get(m.to() - 1).end())));
                lastEnd = m.to();
            }
            if (found.isEmpty()) {
                for (int k = i + 1; k < Math.min(end, i + 5); k++) {
                    Mention m = mentionAt[ts.get(k).index()];
                    if (m != null && isActor(m)) {
                        found.add(new Target(m.entityKey(), name(m.entityKey()), m.span()));
                        break;
                    }
                    if (ANAPHORIC_TARGETS.contains(lower[ts.get(k).index()]) && k == i + 1 || k == i + 2
                            && ANAPHORIC_TARGETS.contains(lower[ts.get(k).index()])) {
                        found.addAll(conceptsOfPreviousSentence(s));
                        break;
                    }
                }
            }
            return found;
        }

        boolean onlyConnectors(List<String> between) {
            return between.size() <= 3 && between.stream().allMatch(w -> Set.of("and", ",", "or", "all", "forms", "of",
                    "its", "their", "the", "as", "well").contains(w.toLowerCase(Locale.ROOT)));
        }

        List<Target> conceptsOfPreviousSentence(Sentence s) {
            if (s.index() == 0) {
                return List.of();
            }
            Sentence prev = at.sentences().get(s.index() - 1);
            List<Target> out = new ArrayList<>();
            for (ConceptLexicon.Match m : concepts.find(prev.tokens().stream().map(Token::text).toList())) {
                out.add(new Target(m.concept().key(), m.concept().label(), null));
            }
            return out;
        }

        /**
         * Whose position: a possessive right before the trigger ("Beijing's opposition"), else the subject,
         * the first actor of the clause; every coordinated subject when the stance is joint.
         */
        List<String> holders(List<Token> ts, int i) {
            if (i >= 2 && lower[ts.get(i - 1).index()].equals("'s")) {
                Mention m = mentionAt[ts.get(i - 2).index()];
                if (m != null && isActor(m)) {
                    return List.of(m.entityKey());
                }
            }
            int from = i;
            while (from > 0) {
                String w = lower[ts.get(from - 1).index()];
                if (Set.of(";", ":", "that", "\"", "while", "which", "who", "where", "but", "after").contains(w)) {
                    break;
                }
                from--;
            }
            List<String> actors = actors(ts, from, i);
            if (actors.isEmpty()) {
                return List.of();
            }
            boolean joint = window(ts, i, 4).stream().anyMatch(x -> Set.of("jointly", "together", "both", "mutual").contains(x));
            if (joint) {
                return actors;
            }
            return List.of(actors.get(0));
        }

        String quoteSpeakerCovering(Token t) {
            for (QuoteFact q : quotes) {
                if (q.quoteSpan().start() <= t.start() && t.end() <= q.quoteSpan().end()) {
                    return q.speakerKey();
                }
            }
            return null;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
