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
import org.diplograph.registry.RegistryEntry;
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
    /** Verbs that attribute speech, plus what attributes a quotation only ("according to", "he continued"). */
    private static final Set<String> REPORTING = com.google.common.collect.Sets.union(
            org.diplograph.extract.Lexicon.REPORTING_VERBS, Set.of("according", "continued")).immutableCopy();

    private final Registry registry;
    private final ConceptLexicon concepts;
    private final TimeNormalizer times = new TimeNormalizer();

    private final DependencyParser parser;
    private final FactComponent<EventFact> eventComponent;
    private final FactComponent<StanceFact> stanceComponent;

    public FactExtractor(Registry registry, ConceptLexicon concepts, DependencyParser parser) {
        this.registry = registry;
        this.concepts = concepts;
        this.parser = parser;
        this.eventComponent = new SyntacticEvents(EventVocabulary.bundled());
        this.stanceComponent = new SyntacticStances(concepts);
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
            quotes();
            stances.addAll(isolated(stanceComponent, doc));
            return new Facts(events, roles(), stances, quotes);
        }

        // ---------------------------------------------------------------- helpers of quotes and stances

        boolean isActor(Mention m) {
            return doc.isActor(m);
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

        // ---------------------------------------------------------------- quotes

        void quotes() {
            List<int[]> pairs = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' && open >= 0 && text.indexOf('"', i) > text.indexOf("\n\n", i) && text.indexOf("\n\n", i) >= 0) {
                    open = -1; // an unclosed quote does not run into the next paragraph
                }
                if (c == '"') {
                    if (open < 0) {
                        open = i;
                    } else {
                        pairs.add(new int[] {open + 1, i});
                        open = -1;
                    }
                }
            }
            for (int[] p : pairs) {
                String quoted = text.substring(p[0], p[1]).strip();
                if (quoted.split("\\s+").length < 5) {
                    continue; // a scare quote or a term, not a quotation
                }
                Token close = tokenAt(p[1]);
                Token opening = tokenAt(p[0] - 1);
                if (close == null || opening == null) {
                    continue;
                }
                String speaker = speakerAfter(close.index());
                if (speaker == null) {
                    speaker = speakerBefore(opening.index());
                }
                if (speaker == null) {
                    continue;
                }
                int sentence = sentenceOf[close.index()];
                Sentence s = at.sentences().get(sentence);
                CharSpan evidenceSpan = new CharSpan(Math.min(s.span().start(), p[0] - 1),
                        Math.max(s.span().end(), p[1] + 1));
                String original = at.clean().article().text().substring(p[0], p[1]).strip()
                        .replaceAll("[,;:]+$", ""); // the comma before the closing quote belongs to the sentence
                int start = p[0] + at.clean().article().text().substring(p[0], p[1]).indexOf(original);
                quotes.add(new QuoteFact(speaker, original, new CharSpan(start, start + original.length()),
                        channel(opening.index(), close.index()),
                        new Evidence(sentence, evidenceSpan, "rules:quote", 0.85)));
            }
        }

        /** '..., " Wang said', '," said Dr. Sarah Kim', '," she said', '," Choe stated, as per ...'. */
        String speakerAfter(int closeQuote) {
            int limit = Math.min(tokens.size(), closeQuote + 10);
            boolean verbSeen = false;
            for (int k = closeQuote + 1; k < limit; k++) {
                String w = lower[k];
                if (w.equals(".") && !verbSeen || w.equals("\"")) {
                    return null;
                }
                if (REPORTING.contains(w)) {
                    verbSeen = true;
                }
                Mention m = mentionAt[k];
                if (m != null && m.type() == MentionType.PERSON) {
                    if (verbSeen || k + 1 < limit && REPORTING.contains(lower[k + 1])
                            || k + 2 < limit && REPORTING.contains(lower[k + 2])) {
                        return m.entityKey();
                    }
                }
            }
            return null;
        }

        /** 'Wang said: "...', 'Choe told reporters, "...'. */
        String speakerBefore(int openQuote) {
            boolean verbSeen = false;
            for (int k = openQuote - 1; k >= Math.max(0, openQuote - 8); k--) {
                String w = lower[k];
                if (w.equals(".") || w.equals("\"")) {
                    return null;
                }
                if (REPORTING.contains(w)) {
                    verbSeen = true;
                }
                Mention m = mentionAt[k];
                if (verbSeen && m != null && m.type() == MentionType.PERSON) {
                    return m.entityKey();
                }
            }
            return null;
        }

        /** The organisation that relayed the quotation: a news agency or government body in its sentence. */
        String channel(int open, int close) {
            int s1 = sentenceOf[open];
            int s2 = sentenceOf[close];
            for (Mention m : ex.mentions()) {
                if (m.type() != MentionType.ORGANIZATION || m.sentence() < s1 || m.sentence() > s2) {
                    continue;
                }
                boolean news = registry.get(m.entityKey()).map(RegistryEntry::isNewsOrganization).orElse(false);
                boolean ministry = m.rule().equals("government-body");
                if (news || ministry) {
                    return m.entityKey();
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- helpers

        Token tokenAt(int offset) {
            Token best = null;
            for (Token t : tokens) {
                if (t.start() <= offset && offset < Math.max(t.end(), t.start() + 1)) {
                    return t;
                }
                if (t.start() > offset) {
                    return best != null ? best : t;
                }
                best = t;
            }
            return best;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
