package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.resolve.ResolvedEntity;
import org.junit.jupiter.api.Test;

/** Invented places and people in two invented states, XAA and XBB. */
class EntityLinkerTest {

    private static KbEntry city(String id, String label, String country, String within, double prior) {
        return new KbEntry(id, KbEntry.Kind.CITY, null, id.substring(3), label, List.of(), country, within, prior,
                List.of());
    }

    private static final KbEntry BIG_MILLBROOK = city("gn:1", "Millbrook", "XAA", "Q10", 6.2);
    private static final KbEntry SMALL_MILLBROOK = city("gn:2", "Millbrook", "XBB", null, 4.5);
    private static final KbEntry ASHFORD_A = city("gn:3", "Ashford", "XAA", "Q10", 4.6);
    private static final KbEntry ASHFORD_B = city("gn:4", "Ashford", "XBB", "Q20", 4.9);
    private static final KbEntry EASTMARCH = new KbEntry("Q20", KbEntry.Kind.REGION, "Q20", "20", "Eastmarch",
            List.of(), "XBB", null, 6.0, List.of());
    private static final KbEntry PORT_REGION = new KbEntry("Q40", KbEntry.Kind.REGION, "Q40", "40", "Porthaven",
            List.of(), "XAA", null, 6.4, List.of());
    private static final KbEntry PORT_CITY = city("gn:5", "Porthaven", "XAA", "Q40", 6.3);
    private static final KbEntry SAND_STRIP = new KbEntry("gn:50", KbEntry.Kind.REGION, null, "50", "Sandbar Strip",
            List.of("Sandbar"), "XAA", null, 6.1, List.of());
    private static final KbEntry SANDBAR = city("gn:6", "Sandbar", "XAA", "gn:50", 5.6);
    private static final KbEntry SENATOR = new KbEntry("Q30", KbEntry.Kind.PERSON, "Q30", null, "Dana Quill", List.of(),
            "XBB", null, 1, List.of(new KbEntry.Office("sen", LocalDate.of(2010, 1, 1), LocalDate.of(2016, 1, 1))));

    private static KbEntry person(String id, String label, String country, double prior, KbEntry.Office... offices) {
        return new KbEntry(id, KbEntry.Kind.PERSON, id, null, label, List.of(), country, null, prior, List.of(offices));
    }

    private static KbEntry org(String id, String label, String country) {
        return new KbEntry(id, KbEntry.Kind.ORGANIZATION, id, null, label, List.of(label + " Group"), country, null, 0,
                List.of());
    }

    private static RegistryEntry state(String iso3, String name) {
        return new RegistryEntry("state/" + iso3, EntityKind.STATE, name, List.of(name), List.of(), "Q9" + iso3.charAt(1),
                null, null, null, null, List.of(), "test");
    }

    private final Registry registry = new Registry(List.of(state("XAA", "Aland"), state("XBB", "Bland")));
    private final EntityLinker linker = new EntityLinker(new CandidateGenerator(new KnowledgeBase(List.of(
            BIG_MILLBROOK, SMALL_MILLBROOK, ASHFORD_A, ASHFORD_B, EASTMARCH, PORT_REGION, PORT_CITY, SAND_STRIP, SANDBAR, SENATOR,
            person("Q70", "Orla Venn", "XAA", 2.8), person("Q71", "Tamsin Roe", "XAA", 3.0),
            person("Q72", "Tamsin Roe", "XAA", 0,
                    new KbEntry.Office("minister", LocalDate.of(2010, 1, 1), LocalDate.of(2016, 1, 1))),
            person("Q73", "Ivo Marsh", "XBB", 1.5),
            org("Q60", "Veltrano", null), org("Q61", "Corvane", "XAA"), org("Q62", "Corvane", null),
            org("Q63", "Dunmere Bank", "XBB"), org("Q64", "QXT", null), org("Q65", "Northland Audit Office", "XAA"),
            org("Q66", "Central Bank", "XBB"), org("Q67", "Harlow Valley Schools", "XAA"),
            org("Q68", "Bureau of Northland Audits", "XAA"),
            new KbEntry("gn:80", KbEntry.Kind.AIRPORT, null, "80", "Millbrook Vantor Airport", List.of("Vantor"), "XAA",
                    null, 5.8, List.of()),
            new KbEntry("gn:81", KbEntry.Kind.AIRPORT, null, "81", "Quellby Field Airport", List.of("Quellby Field"),
                    "XAA", null, 3.2, List.of()))),
            java.util.Set.of()), registry);

    private static ResolvedEntity entity(EntityKind kind, String key, String label) {
        return new ResolvedEntity(key, kind, label, null, null, null, null, null, 1);
    }

    private static ResolvedEntity stateMention(String iso3) {
        return new ResolvedEntity("state/" + iso3, EntityKind.STATE, iso3, "Q1", null, null, null, null, 1);
    }

    private ResolvedEntity linked(List<ResolvedEntity> in, LocalDate date, String key) {
        return linker.link(in, date).entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aFarLargerPlaceOfTheNameIsTakenWithoutContextAndGetsItsState() {
        ResolvedEntity e = linked(List.of(entity(EntityKind.PLACE, "place/millbrook", "Millbrook")), null,
                "place/millbrook");
        assertEquals("1", e.geonamesId());
        assertEquals("state/XAA", e.containedIn());
    }

    @Test
    void theArticlesStateDecidesBetweenNamesakes() {
        ResolvedEntity e = linked(List.of(stateMention("XBB"), entity(EntityKind.PLACE, "place/millbrook", "Millbrook")),
                null, "place/millbrook");
        assertEquals("2", e.geonamesId());
    }

    @Test
    void namesakesOfSimilarSizeStayUnlinkedUnlessARegionOfTheArticleDecides() {
        List<ResolvedEntity> alone = List.of(entity(EntityKind.PLACE, "place/ashford", "Ashford"));
        EntityLinker.Result r = linker.link(alone, null);
        assertNull(r.entities().get(0).geonamesId());
        assertEquals(LinkDecision.Status.NIL, r.decisions().get(0).status());
        ResolvedEntity e = linked(List.of(entity(EntityKind.PLACE, "place/ashford", "Ashford"),
                entity(EntityKind.PLACE, "place/eastmarch", "Eastmarch")), null, "place/ashford");
        assertEquals("4", e.geonamesId());
    }

    @Test
    void whatTheRegistrySaysOfAPlacesStateRulesOutOtherCandidates() {
        ResolvedEntity inBland = new ResolvedEntity("place/millbrook", EntityKind.PLACE, "Millbrook", null, null, null,
                null, "state/XBB", 1);
        assertEquals("2", linked(List.of(inBland), null, "place/millbrook").geonamesId());
    }

    @Test
    void aPersonNeedsTheirStateOrTheirOfficeInTheArticle() {
        ResolvedEntity quill = entity(EntityKind.PERSON, "person/dana-quill", "Dana Quill");
        assertNull(linked(List.of(quill), LocalDate.of(2020, 1, 1), "person/dana-quill").qid());
        assertEquals("Q30", linked(List.of(quill), LocalDate.of(2012, 1, 1), "person/dana-quill").qid());
        assertEquals("Q30", linked(List.of(quill, stateMention("XBB")), null, "person/dana-quill").qid());
    }

    @Test
    void aPlaceNameDoesNotLinkAPersonAndRegistryIdsAreLeftAlone() {
        assertNull(linked(List.of(entity(EntityKind.PERSON, "person/millbrook-x", "Millbrook")), null,
                "person/millbrook-x").qid());
        ResolvedEntity known = new ResolvedEntity("place/millbrook", EntityKind.PLACE, "Millbrook", "Q5", null, null,
                null, null, 1);
        assertEquals("Q5", linked(List.of(known), null, "place/millbrook").qid());
        assertNull(linked(List.of(known), null, "place/millbrook").geonamesId());
    }

    @Test
    void aCityIsMeantRatherThanTheRegionOfItsNameAroundIt() {
        assertEquals("5", linked(List.of(entity(EntityKind.PLACE, "place/porthaven", "Porthaven")), null,
                "place/porthaven").geonamesId());
    }

    @Test
    void aPlaceTheTextShowsToBeARegionIsTheRegionNotTheCityOfItsNameInIt() {
        ResolvedEntity region = new ResolvedEntity("place/porthaven-xaa", EntityKind.PLACE, "Porthaven", null, null,
                ResolvedEntity.REGION, null, "state/XAA", 1);
        assertEquals("40", linked(List.of(region), null, "place/porthaven-xaa").geonamesId());
        // and no city of its name elsewhere either: Millbrook has no region of its name
        ResolvedEntity noRegion = new ResolvedEntity("place/millbrook-xaa", EntityKind.PLACE, "Millbrook", null, null,
                ResolvedEntity.REGION, null, "state/XAA", 1);
        assertNull(linked(List.of(noRegion), null, "place/millbrook-xaa").geonamesId());
    }

    @Test
    void aRegionCalledByItsShortNameAndACityOfThatNameAreLeftUndecided() {
        EntityLinker.Result r = linker.link(List.of(entity(EntityKind.PLACE, "place/sandbar", "Sandbar")), null);
        assertNull(r.entities().get(0).geonamesId());
        assertEquals(LinkDecision.Status.NIL, r.decisions().get(0).status());
    }

    @Test
    void aRegionNamedInTheArticleDecidesEvenWhenItsNameResolvedToSomethingElse() {
        ResolvedEntity capitalNamedLikeTheRegion = new ResolvedEntity("place/eastmarch", EntityKind.PLACE, "Eastmarch",
                "Q77", null, null, "state/XBB", null, 1);
        ResolvedEntity e = linked(List.of(entity(EntityKind.PLACE, "place/ashford", "Ashford"), capitalNamedLikeTheRegion),
                null, "place/ashford");
        assertEquals("4", e.geonamesId());
    }

    @Test
    void aCapitalInAnArticleAboutANamesakesStateLosesItsRegistryIdsThere() {
        ResolvedEntity capital = new ResolvedEntity("place/millbrook", EntityKind.PLACE, "Millbrook", "Q88", "88", null,
                "state/XBB", null, 1);
        ResolvedEntity elsewhere = linked(List.of(capital, stateMention("XAA")), null, "place/millbrook");
        assertNull(elsewhere.qid());
        assertNull(elsewhere.relatedKey());
        ResolvedEntity atHome = linked(List.of(capital, stateMention("XAA"), stateMention("XBB")), null,
                "place/millbrook");
        assertEquals("Q88", atHome.qid());
        // Alone in an article that names no state, beside a bigger namesake: nothing says which is meant.
        assertNull(linked(List.of(capital), null, "place/millbrook").qid());
        ResolvedEntity biggerCapital = new ResolvedEntity("place/ashford", EntityKind.PLACE, "Ashford", "Q89", "89",
                null, "state/XBB", null, 1);
        assertEquals("Q89", linked(List.of(biggerCapital), null, "place/ashford").qid());
    }

    @Test
    void aWorldwideOrganisationAloneWithItsNameIsLinkedWithoutContextButNotByAnAliasOrBesideANamesake() {
        assertEquals("Q60", linked(List.of(entity(EntityKind.ORGANIZATION, "org/veltrano", "Veltrano")), null,
                "org/veltrano").qid());
        assertNull(linked(List.of(entity(EntityKind.ORGANIZATION, "org/veltrano-group", "Veltrano Group")), null,
                "org/veltrano-group").qid());
        assertNull(linked(List.of(entity(EntityKind.ORGANIZATION, "org/corvane", "Corvane")), null, "org/corvane")
                .qid());
        // Naming the state of one of them does not tell the national one from the worldwide namesake: still NIL.
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/corvane",
                "Corvane")), null, "org/corvane").qid());
    }

    @Test
    void initialsStandForAStateBodyOrAnOrganisationTheArticleNamesInFull() {
        // "Bureau of ..." is a state body's name: its initials and its state are enough.
        assertEquals("Q68", linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/bna", "BNA")),
                null, "org/bna").qid());
        // A town office's or a school district's initials are not, unless the article names it in full.
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/nao", "NAO")), null,
                "org/nao").qid());
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/hvs", "HVS")), null,
                "org/hvs").qid());
        assertEquals("Q67", linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/hvs", "HVS"),
                entity(EntityKind.ORGANIZATION, "org/harlow-valley-schools", "Harlow Valley Schools")), null,
                "org/hvs").qid());
    }

    @Test
    void aGenericNameNeedsItsStateEvenAsTheOnlyOneOfItsName() {
        assertTrue(EntityLinker.genericName("Ministry of Public Health"));
        assertTrue(EntityLinker.genericName("Central Bank"));
        assertFalse(EntityLinker.genericName("Dunmere Bank"));
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/central-bank",
                "Central Bank")), null, "org/central-bank").qid());
        assertEquals("Q66", linked(List.of(stateMention("XBB"), entity(EntityKind.ORGANIZATION, "org/central-bank",
                "Central Bank")), null, "org/central-bank").qid());
    }

    @Test
    void aBigAirportGoesByItsOtherNameASmallOneOnlyByItsOwn() {
        assertEquals("80", linked(List.of(entity(EntityKind.PLACE, "place/vantor", "Vantor")), null, "place/vantor")
                .geonamesId());
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.PLACE, "place/quellby-field",
                "Quellby Field")), null, "place/quellby-field").geonamesId());
        assertEquals("81", linked(List.of(stateMention("XAA"), entity(EntityKind.PLACE, "place/quellby-field-airport",
                "Quellby Field Airport")), null, "place/quellby-field-airport").geonamesId());
    }

    @Test
    void initialsThatSpellABrandsNameAreNotThatBrand() {
        assertEquals("Q63", linked(List.of(entity(EntityKind.ORGANIZATION, "org/dunmere-bank", "Dunmere Bank")), null,
                "org/dunmere-bank").qid());
        assertNull(linked(List.of(entity(EntityKind.ORGANIZATION, "org/dunmere-bank", "DUNMERE BANK")), null,
                "org/dunmere-bank").qid());
    }

    @Test
    void initialsAloneAreNoContextForAnOrganisation() {
        assertNull(linked(List.of(entity(EntityKind.ORGANIZATION, "org/qxt", "QXT")), null, "org/qxt").qid());
    }

    @Test
    void anOrganisationOfOneStateIsLinkedByItsSoleLabelAndByAnAliasOnlyWhereTheArticleNamesItsState() {
        // The state the knowledge base gives an organisation is where its premises are mapped, no proof that an
        // article about another state means someone else: its exact name, borne by no other, is enough.
        assertEquals("Q63", linked(List.of(entity(EntityKind.ORGANIZATION, "org/dunmere-bank", "Dunmere Bank")), null,
                "org/dunmere-bank").qid());
        assertEquals("Q63", linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/dunmere-bank",
                "Dunmere Bank")), null, "org/dunmere-bank").qid());
        assertNull(linked(List.of(stateMention("XAA"), entity(EntityKind.ORGANIZATION, "org/dunmere-bank-group",
                "Dunmere Bank Group")), null, "org/dunmere-bank-group").qid());
        assertEquals("Q63", linked(List.of(stateMention("XBB"), entity(EntityKind.ORGANIZATION,
                "org/dunmere-bank-group", "Dunmere Bank Group")), null, "org/dunmere-bank-group").qid());
    }

    @Test
    void aFamousPersonWithoutNamesakeIsLinkedByFullNameInAnArticleNamingNoStateButFameDecidesNoNamesake() {
        ResolvedEntity venn = entity(EntityKind.PERSON, "person/orla-venn", "Orla Venn");
        assertEquals("Q70", linked(List.of(venn), null, "person/orla-venn").qid());
        // An article about another state means someone else of the name.
        assertNull(linked(List.of(venn, stateMention("XBB")), null, "person/orla-venn").qid());
        // Less notable than the thousand or so most notable people: their state is needed.
        assertNull(linked(List.of(entity(EntityKind.PERSON, "person/ivo-marsh", "Ivo Marsh")), null,
                "person/ivo-marsh").qid());
        ResolvedEntity roe = entity(EntityKind.PERSON, "person/tamsin-roe", "Tamsin Roe");
        assertNull(linked(List.of(roe), null, "person/tamsin-roe").qid());
        // The namesake in office on the article's date wins over the famous one, both of the article's state.
        assertEquals("Q72", linked(List.of(roe, stateMention("XAA")), LocalDate.of(2012, 1, 1), "person/tamsin-roe")
                .qid());
    }

    private static KbEntry institution(String id, String label, String country) {
        return new KbEntry(id, KbEntry.Kind.INSTITUTION, id, null, label, List.of(), country, null, 1, List.of());
    }

    @Test
    void anInstitutionNeedsItsStateAndByANameManyStatesBearTheStateTheArticleLeadsWith() {
        EntityLinker institutions = new EntityLinker(new CandidateGenerator(new KnowledgeBase(List.of(
                institution("Q90", "Senate", "XAA"), institution("Q91", "Senate", "XBB"),
                institution("Q92", "Aland Unity Party", "XAA"), institution("Q93", "Unity", "XBB"))),
                java.util.Set.of()), registry);
        java.util.function.BiFunction<List<ResolvedEntity>, String, String> qid = (in, key) -> institutions.link(in,
                null).entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().qid();
        ResolvedEntity senate = entity(EntityKind.ORGANIZATION, "org/senate", "Senate");
        ResolvedEntity unityParty = entity(EntityKind.ORGANIZATION, "org/aland-unity-party", "Aland Unity Party");
        ResolvedEntity unity = entity(EntityKind.ORGANIZATION, "org/unity", "Unity");
        assertEquals("Q90", qid.apply(List.of(stateMention("XAA"), senate), "org/senate"));
        assertNull(qid.apply(List.of(stateMention("XAA"), stateMention("XBB"), senate), "org/senate"));
        // Its own name is no context: a party is its state's.
        assertNull(qid.apply(List.of(unityParty), "org/aland-unity-party"));
        assertEquals("Q92", qid.apply(List.of(stateMention("XAA"), stateMention("XBB"), unityParty),
                "org/aland-unity-party"));
        // One word: the state named in passing is not the article's.
        assertNull(qid.apply(List.of(stateMention("XAA"), stateMention("XAA"), stateMention("XBB"), unity), "org/unity"));
        assertEquals("Q93", qid.apply(List.of(stateMention("XAA"), stateMention("XBB"), stateMention("XBB"), unity),
                "org/unity"));
    }
}
