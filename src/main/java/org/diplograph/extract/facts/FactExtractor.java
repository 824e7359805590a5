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

    private final Registry registry;
    private final ConceptLexicon concepts;
    private final TimeNormalizer times = new TimeNormalizer();

    private final DependencyParser parser;
    private final FactComponent<EventFact> eventComponent;
    private final FactComponent<StanceFact> stanceComponent;
    private final FactComponent<QuoteFact> quoteComponent = new SyntacticQuotes();
    private final FactComponent<ContactFact> contactComponent = new SyntacticContacts();

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
        } catch (RuntimeException | StackOverflowError e) {
            // a runaway recursion over one odd parse is the component's failure, not the article's or the batch's
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
            stances.addAll(isolated(stanceComponent, doc));
            return new Facts(events, roles(), stances, quotes, isolated(contactComponent, doc));
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
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
