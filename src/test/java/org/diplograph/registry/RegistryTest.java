package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private final Registry registry = Registry.bundled();

    @Test
    void holdsEveryStateFromTheReferenceTable() {
        long states = registry.entries().stream().filter(e -> e.kind() == EntityKind.STATE).count();
        assertEquals(250, states);
    }

    @Test
    void stateHasNamesDemonymCapitalAndLinks() {
        RegistryEntry prk = registry.get("state/PRK").orElseThrow();
        assertEquals("North Korea", prk.label());
        assertTrue(prk.names().contains("DPRK"));
        assertTrue(prk.demonyms().contains("North Korean"));
        assertEquals("Q423", prk.qid());
        assertEquals("place/pyongyang", prk.stateKey());
        assertEquals("state/PRK", registry.get("place/pyongyang").orElseThrow().stateKey());
    }

    @Test
    void leaderQidIsLinkedOnlyWhenVerifiedTwice() {
        assertEquals("Q15031", registry.get("person/xi-jinping").orElseThrow().qid());
        // Wang Yi's QID has one source in leaders.tsv and no confirmation of ours: left out.
        assertNull(registry.get("person/wang-yi").orElseThrow().qid());
    }

    @Test
    void officeTermsCarryTheirStateAndDates() {
        RegistryEntry wang = registry.get("person/wang-yi").orElseThrow();
        assertTrue(wang.offices().stream().anyMatch(o -> o.officeType().equals("foreign_minister")
                && "state/CHN".equals(o.ofKey()) && o.covers(LocalDate.of(2025, 9, 28))));
    }

    @Test
    void newsAgenciesAreOrganisations() {
        RegistryEntry kcna = registry.get("org/korean-central-news-agency").orElseThrow();
        assertEquals(EntityKind.ORGANIZATION, kcna.kind());
        assertTrue(kcna.isNewsOrganization());
        assertTrue(kcna.names().contains("KCNA"));
    }

    @Test
    void officeTermReadsImpreciseBoundsGenerously() {
        OfficeTerm term = new OfficeTerm("head_of_government", "Premier", "state/PRK", "2020-08", "2024");
        assertTrue(term.covers(LocalDate.of(2020, 8, 1)));
        assertTrue(term.covers(LocalDate.of(2024, 12, 31)));
        assertFalse(term.covers(LocalDate.of(2020, 7, 31)));
        assertFalse(term.covers(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void keysAreDeterministicSlugs() {
        assertEquals("choe-son-hui", Keys.slug("Choe Son-hui"));
        assertEquals("sauli-niinisto", Keys.slug("Sauli Niinistö"));
        assertEquals("workers-party", Keys.slug("Workers’ Party"));
        assertEquals("person/wang-yi", Keys.of(EntityKind.PERSON, "Wang Yi"));
    }

    @Test
    void descriptiveAliasesAreDropped() {
        assertFalse(RegistryCompiler.isNewsName("EU summit"));
        assertTrue(RegistryCompiler.isNewsName("U.N. nuclear watchdog"));
        assertTrue(RegistryCompiler.isNewsName("League of Arab States"));
        assertTrue(RegistryCompiler.isNewsName("Côte d'Ivoire"), "an elided particle before a capital is a name's");
        assertTrue(RegistryCompiler.isNewsName("Côte d’Ivoire"));
        assertFalse(RegistryCompiler.isNewsName("Ivory coast's government"));
    }
}
