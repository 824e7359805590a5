package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.KbRegions;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

class ResolverTest {

    @Test
    void labelsLoseTrailingQuoteMarksOnly() {
        assertEquals("Pat Robertson", Resolver.tidy("Pat Robertson'"));
        assertEquals("Pat Robertson", Resolver.tidy("Pat Robertson’\""));
        assertEquals("Sa'ar", Resolver.tidy("Sa'ar"));
        assertEquals("'", Resolver.tidy("'"));
    }

    private static final Registry REGISTRY = Registry.bundled();

    /** Rules, registry and the bundled knowledge base on invented sentences, as the pipeline runs them. */
    private static List<ResolvedEntity> entities(String text) {
        Article article = new Article("test", null, text, null, LocalDate.of(2025, 5, 6), null, "test.txt");
        EntityExtractor extractor = new EntityExtractor(REGISTRY, new Lemmatizer(), null, KbRegions.bundled());
        Resolver resolver = new Resolver(REGISTRY, EntityLinker.bundled(REGISTRY));
        return resolver.resolve(extractor.extract(new OpenNlpAnnotator().annotate(new Cleaner().clean(article))))
                .entities();
    }

    private static ResolvedEntity named(List<ResolvedEntity> es, String label) {
        return es.stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aRegionNamedAfterItsTownIsTheRegionOfItsStateLinkedAndContainedThere() {
        List<ResolvedEntity> es = entities("The city council met in Atlanta, Georgia, on Tuesday. Engineers from "
                + "Tacoma, Washington, joined them by video.");
        ResolvedEntity georgia = named(es, "Georgia");
        assertEquals("place/georgia-usa", georgia.key());
        assertEquals("Q1428", georgia.qid());
        assertEquals("state/USA", georgia.containedIn());
        assertEquals(ResolvedEntity.REGION, georgia.subtype());
        ResolvedEntity washington = named(es, "Washington");
        assertEquals("Q1223", washington.qid());
        assertEquals("state/USA", washington.containedIn());
        assertTrue(es.stream().noneMatch(e -> e.key().equals("state/GEO") || e.key().equals("place/washington")));
    }

    @Test
    void theCountryOfTheNameStaysTheCountry() {
        List<ResolvedEntity> es = entities("Foreign ministers met in Tbilisi, Georgia, on Monday. Georgia and "
                + "Armenia signed a trade agreement after the talks.");
        assertEquals("Q230", named(es, "Georgia").qid());
        assertEquals("state/GEO", named(es, "Georgia").key());
    }

    @Test
    void aRegionTheListKnowsKeepsItsKeyAfterItsTowns() {
        List<ResolvedEntity> es = entities("The team flew from Sacramento, California, to Reno on Friday. "
                + "California officials welcomed them.");
        assertEquals(1, es.stream().filter(e -> e.label().equals("California")).count());
        assertEquals("place/california", named(es, "California").key());
    }

    @Test
    void aCapitalsNameBeforeARegionWithATownOfThatNameIsTheTown() {
        List<ResolvedEntity> es = entities("The company opened an office in San Jose, California, on Monday.");
        ResolvedEntity town = named(es, "San Jose");
        assertEquals("place/san-jose-usa", town.key());
        assertEquals("state/USA", town.containedIn());
        assertEquals("5392171", town.geonamesId());
        assertTrue(es.stream().noneMatch(e -> "state/CRI".equals(e.relatedKey())));
        // the capital before its own state stays the capital
        assertEquals("state/CRI", named(entities("The company opened an office in San Jose, Costa Rica, on Monday."),
                "San José").relatedKey());
    }
}
