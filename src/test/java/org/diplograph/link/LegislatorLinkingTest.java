package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/**
 * Legislators as EveryPolitician gives them (a state, terms in its parliament), invented: one of a name of their own
 * in XAA, and two namesakes sitting in the parliaments of XAA and XBB.
 */
class LegislatorLinkingTest {

    private static final LocalDate IN_TERM = LocalDate.of(2012, 5, 1);
    private static final LocalDate AFTER_TERM = LocalDate.of(2020, 5, 1);

    private static KbEntry member(String qid, String name, String country, String parliament) {
        return new KbEntry(qid, KbEntry.Kind.PERSON, qid, null, name, List.of(), country, null, 0,
                List.of(new KbEntry.Office("member of " + parliament, LocalDate.of(2010, 3, 1),
                        LocalDate.of(2015, 11, 30))));
    }

    private static RegistryEntry state(String iso3, String name) {
        return new RegistryEntry("state/" + iso3, EntityKind.STATE, name, List.of(name), List.of(), "Q9" + iso3.charAt(1),
                null, null, null, null, List.of(), "test");
    }

    private final EntityLinker linker = new EntityLinker(new CandidateGenerator(new KnowledgeBase(List.of(
            member("Q501", "Orrin Vaskel", "XAA", "Aland Diet"),
            member("Q502", "Mira Tolland", "XAA", "Aland Diet"),
            member("Q503", "Mira Tolland", "XBB", "Bland Assembly"))), java.util.Set.of()),
            new Registry(List.of(state("XAA", "Aland"), state("XBB", "Bland"))));

    private String qidOf(String name, LocalDate date, String... states) {
        String key = "person/" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        List<ResolvedEntity> in = new ArrayList<>();
        in.add(new ResolvedEntity(key, EntityKind.PERSON, name, null, null, null, null, null, 1));
        for (String s : states) {
            in.add(new ResolvedEntity("state/" + s, EntityKind.STATE, s, "Q1", null, null, null, null, 1));
        }
        return linker.link(in, date).entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow()
                .qid();
    }

    @Test
    void aLegislatorIsLinkedWhereTheArticleNamesTheirState() {
        assertEquals("Q501", qidOf("Orrin Vaskel", AFTER_TERM, "XAA"));
        assertEquals("Q501", qidOf("Orrin Vaskel", IN_TERM, "XAA", "XBB"));
    }

    @Test
    void withoutTheirStateALegislatorStaysUnlinked() {
        assertNull(qidOf("Orrin Vaskel", AFTER_TERM));
        assertNull(qidOf("Orrin Vaskel", AFTER_TERM, "XBB"));
    }

    @Test
    void theirTermAloneIsEnoughOnlyWhereTheArticleNamesNoState() {
        assertEquals("Q501", qidOf("Orrin Vaskel", IN_TERM));
        assertNull(qidOf("Orrin Vaskel", IN_TERM, "XBB"));
    }

    @Test
    void namesakesInTwoParliamentsAreToldApartByTheStateAndLeftAloneWhenBothAreNamed() {
        assertEquals("Q502", qidOf("Mira Tolland", IN_TERM, "XAA"));
        assertEquals("Q503", qidOf("Mira Tolland", AFTER_TERM, "XBB"));
        assertNull(qidOf("Mira Tolland", IN_TERM, "XAA", "XBB"));
        assertNull(qidOf("Mira Tolland", IN_TERM));
    }
}
