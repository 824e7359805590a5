package org.diplograph.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.RoleObservation;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.Sentence;
import org.diplograph.registry.Registry;

/**
 * Runs the fact components (events, stances, quotes, contacts) over one read-only {@link FactDocument} of an article,
 * and states the roles the entity layer observed. A component that fails loses only its own facts; each fact keeps
 * its sentence as evidence.
 */
public final class FactExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FactExtractor.class);

    private final Registry registry;
    private final TimeNormalizer times = new TimeNormalizer();

    private final DependencyParser parser;
    private final FactComponent<EventFact> eventComponent;
    private final FactComponent<StanceFact> stanceComponent;
    private final FactComponent<QuoteFact> quoteComponent = new SyntacticQuotes();
    private final FactComponent<ContactFact> contactComponent = new SyntacticContacts();

    public FactExtractor(Registry registry, ConceptLexicon concepts, DependencyParser parser) {
        this.registry = registry;
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
        final FactDocument doc;
        final LocalDate anchor;

        Run(ExtractedArticle ex) {
            this.ex = ex;
            this.at = ex.annotated();
            this.doc = new FactDocument(ex, registry, parser, times);
            this.anchor = doc.anchor();
        }

        Facts run() {
            return new Facts(isolated(eventComponent, doc), roles(), isolated(stanceComponent, doc),
                    isolated(quoteComponent, doc), isolated(contactComponent, doc));
        }

        List<RoleFact> roles() {
            Map<String, RoleFact> byKey = new LinkedHashMap<>();
            String asOf = anchor == null ? null : anchor.toString();
            for (RoleObservation r : ex.roles()) {
                String key = r.personKey() + "|" + r.title() + "|" + r.ofKey();
                Sentence s = at.sentences().get(r.sentence());
                byKey.putIfAbsent(key, new RoleFact(r.personKey(), r.title(), r.ofKey(), asOf,
                        new Evidence(s.index(), s.span(), "rules:role:title", 0.9)));
            }
            // "President Varela" after "the president of Ruritania, Ana Varela": one role, the one that says whose
            List<RoleFact> all = List.copyOf(byKey.values());
            byKey.values().removeIf(f -> f.orgKey() == null && all.stream().anyMatch(o -> o.orgKey() != null
                    && o.personKey().equals(f.personKey()) && o.role().equals(f.role())));
            return new ArrayList<>(byKey.values());
        }
    }
}
