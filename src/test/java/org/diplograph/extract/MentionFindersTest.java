package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.extract.MentionMergePolicy.Override;
import org.diplograph.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * Each finder alone, or after only the finders it reads, on sentences written for these tests; and the merge
 * policy's operations on {@link ArticleMentions}.
 */
class MentionFindersTest {

    private static final Registry REGISTRY = Registry.bundled();
    private static final Gazetteer GAZETTEER = new Gazetteer(REGISTRY);

    private static ArticleMentions run(String text, MentionFinder... finders) {
        ArticleMentions m = new ArticleMentions(Extraction.annotate(text, LocalDate.of(2025, 3, 14)), REGISTRY, Map.of());
        for (MentionFinder f : finders) {
            f.find(m);
        }
        return m;
    }

    private static Claim claimOf(ArticleMentions m, String surface) {
        return m.claims.stream().filter(c -> c.span.of(m.text).equals(surface)).findFirst().orElse(null);
    }

    @Test
    void theRegistryFinderClaimsKnownStatesAndPlacesAlone() {
        ArticleMentions m = run("Envoys from Chile arrived in Canberra on Friday.", new RegistryFinder(GAZETTEER, REGISTRY));
        assertEquals(MentionType.STATE, claimOf(m, "Chile").type);
        assertEquals(MentionType.PLACE, claimOf(m, "Canberra").type);
        assertEquals(2, m.claims.size());
    }

    @Test
    void theTitleFinderClaimsTheNameAfterATitleAndNotesTheRole() {
        ArticleMentions m = run("Governor Maria Elvstrand opened the new bridge.", new TitleFinder());
        Claim person = claimOf(m, "Maria Elvstrand");
        assertEquals(MentionType.PERSON, person.type);
        assertEquals("title", person.rule);
        assertEquals("governor", m.roles.get(0).title());
        assertNull(claimOf(m, "Governor Maria Elvstrand"));
    }

    @Test
    void aLongerOrganisationNameReplacesTheDemonymItBeginsWithAndTheOverrideIsRecorded() {
        ArticleMentions m = run("Members of the Chilean Society of Marine Studies marched.",
                new RegistryFinder(GAZETTEER, REGISTRY), new OrganisationNameFinder(GAZETTEER, REGISTRY));
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Chilean Society of Marine Studies").type);
        assertNull(claimOf(m, "Chilean"));
        assertEquals(List.of(Override.LONGER_NAME), m.overrides.stream().map(ArticleMentions.Overridden::why).toList());
        assertEquals(MentionType.NORP, m.overrides.get(0).was());
    }

    @Test
    void replaceWithinNeverCutsAMentionInTwo() {
        ArticleMentions m = run("Governor Maria Elvstrand opened the new bridge.", new TitleFinder());
        Claim person = claimOf(m, "Maria Elvstrand");
        m.replaceWithin(person.from - 1, person.to - 1, MentionType.ORGANIZATION, "org/x", "x", "test", null,
                Override.LONGER_NAME);
        assertEquals(List.of(person), m.claims);
        assertTrue(m.overrides.isEmpty());
    }

    @Test
    void anActingCapitalIsRetypedInPlaceKeepingItsRule() {
        ArticleMentions m = run("Canberra rejected the proposal on Friday.",
                new RegistryFinder(GAZETTEER, REGISTRY), new CapitalsAsActors(REGISTRY));
        Claim capital = claimOf(m, "Canberra");
        assertEquals(MentionType.STATE, capital.type);
        assertEquals("state/AUS", capital.key);
        assertEquals("registry", capital.rule);
        assertSame(capital, m.owner[capital.from]);
        assertEquals(Override.CAPITAL_AS_GOVERNMENT, m.overrides.get(0).why());
    }

    @Test
    void aCapitalAsALocationStaysAPlace() {
        ArticleMentions m = run("The envoys met in Canberra on Friday.",
                new RegistryFinder(GAZETTEER, REGISTRY), new CapitalsAsActors(REGISTRY));
        assertEquals(MentionType.PLACE, claimOf(m, "Canberra").type);
        assertTrue(m.overrides.isEmpty());
    }

    @Test
    void theCoreferenceFinderResolvesASurnameToThePersonNamedBefore() {
        ArticleMentions m = run("Governor Maria Elvstrand opened the bridge. Later Elvstrand thanked the workers.",
                new TitleFinder(), new CoreferenceFinder());
        Claim surname = m.claims.stream().filter(c -> c.rule.equals("surname")).findFirst().orElseThrow();
        assertEquals("Elvstrand", surname.span.of(m.text));
        assertEquals(claimOf(m, "Maria Elvstrand").key, surname.key);
    }

    @Test
    void aTitleAloneClaimedAsAnOrganisationIsWithdrawn() {
        ArticleMentions m = run("The Foreign Ministers met on Friday.");
        int from = m.tokens.stream().filter(t -> t.text().equals("Foreign")).findFirst().orElseThrow().index();
        m.claim(from, from + 2, MentionType.ORGANIZATION, "org/foreign-ministers", "Foreign Ministers", "model", null);
        new TitlesAreNoOrganisations().find(m);
        assertTrue(m.claims.isEmpty());
        assertNull(m.owner[from]);
        assertEquals(Override.NOT_A_NAME, m.overrides.get(0).why());
    }

    @Test
    void aMakerBeforeAModelDesignationIsNoOrganisation() {
        ArticleMentions m = run("The airline ordered Zentrova 350 jets.");
        int from = m.tokens.stream().filter(t -> t.text().equals("Zentrova")).findFirst().orElseThrow().index();
        m.claim(from, from + 1, MentionType.ORGANIZATION, "org/zentrova", "Zentrova", "model", null);
        new ProductNameFilter().find(m);
        assertTrue(m.claims.isEmpty());
    }
}
