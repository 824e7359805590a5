package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.diplograph.extract.RegionIndex.Region;
import org.junit.jupiter.api.Test;

/** Invented towns and regions in two invented states, XAA and XBB. */
class KbRegionsTest {

    private static KbEntry region(String id, String label, String country, String... aliases) {
        return new KbEntry(id, KbEntry.Kind.REGION, id, null, label, List.of(aliases), country, null, 6.0, List.of());
    }

    private static KbEntry city(String id, String label, String country, String within) {
        return new KbEntry(id, KbEntry.Kind.CITY, null, id, label, List.of(), country, within, 5.0, List.of());
    }

    private final KbRegions regions = new KbRegions(new KnowledgeBase(List.of(
            region("Q1", "Carolina", "XAA", "Carolina State"), region("Q2", "Eastmarch", "XAA"),
            region("Q3", "Eastmarch", "XBB"),
            city("gn:1", "Lakeport", "XAA", "Q1"), city("gn:2", "Lakeport", "XBB", "Q3"),
            city("gn:3", "Dunmore", "XAA", "Q2"), city("gn:4", "Dunmore", "XBB", "Q3"),
            city("gn:5", "Carolina", "XBB", null)), java.util.Set.of()));

    @Test
    void aTownFindsTheRegionOfThatNameItLiesIn() {
        assertEquals(Optional.of(new Region("Carolina", "state/XAA")), regions.around("Lakeport", "Carolina"));
        assertEquals(Optional.of(new Region("Carolina", "state/XAA")), regions.around("Lakeport", "Carolina State"));
        assertEquals(Optional.of(new Region("Eastmarch", "state/XBB")), regions.around("Lakeport", "Eastmarch"));
    }

    @Test
    void noRegionWhenTheTownLiesInNoneOfThatNameOrInTwo() {
        assertTrue(regions.around("Lakeport", "Westmarch").isEmpty());
        assertTrue(regions.around("Harrow", "Carolina").isEmpty());
        // a Dunmore in each state's Eastmarch: the names do not say which
        assertTrue(regions.around("Dunmore", "Eastmarch").isEmpty());
        // a city is no region
        assertTrue(regions.around("Lakeport", "Dunmore").isEmpty());
    }

    @Test
    void aRegionByItsNameOnlyWhenNoOtherRegionBearsIt() {
        assertEquals(Optional.of(new Region("Carolina", "state/XAA")), regions.named("Carolina"));
        assertTrue(regions.named("Eastmarch").isEmpty());
        assertTrue(regions.named("Lakeport").isEmpty());
    }
}
