package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theTableFinderReadsResultAndStandingsLines() {
        ArticleMentions m = run("Results of the weekend matches :\n\nNorthvale Athletic 2 Castlebay Rovers 1\n\n"
                + "Chile 0 Peru 3\n\nStandings :\n\nNorthvale Athletic 15 10 3 2 33 14 33\n\n"
                + "Attendance 12,400 18,200", new TableLineFinder(GAZETTEER));
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Castlebay Rovers").type);
        assertEquals(MentionType.STATE, claimOf(m, "Chile").type);
        assertEquals(3, m.claims.stream().filter(c -> c.span.of(m.text).equals("Northvale Athletic")
                || c.span.of(m.text).equals("Peru")).count(), m.claims.toString());
        assertNull(claimOf(m, "Attendance"), m.claims.toString());
        assertNull(claimOf(m, "Results"), m.claims.toString());
    }

    @Test
    void theTableFinderReadsAScorecardsNamesAsPeopleAndLeavesProseAndDatesAlone() {
        ArticleMentions m = run("Dorian Hask c Mbeki b Lindqvist 45\n\nThe club paid 2 million for 3 players from Westmoor."
                + "\n\nHarlan Cove Records 2 August 2004", new TableLineFinder(GAZETTEER));
        assertEquals(MentionType.PERSON, claimOf(m, "Dorian Hask").type);
        assertEquals(MentionType.PERSON, claimOf(m, "Lindqvist").type);
        assertEquals(MentionType.PERSON, claimOf(m, "Mbeki").type);
        assertNull(claimOf(m, "Westmoor"), m.claims.toString());
        assertNull(claimOf(m, "Harlan Cove Records"), m.claims.toString());
    }

    @Test
    void theTableFinderReadsInitialsPeopleBeforeTheirStateAndClubNamesWhole() {
        ArticleMentions m = run("T. Okafor c Brandt b Lund 12\n\nMarit Oyelaran ( Chile ) 68 71\n\n"
                + "Harwell Town 3 Pelham City 0\n\n9 - Udo Brenneke ( Harwell Town )", new TableLineFinder(GAZETTEER));
        assertEquals(MentionType.PERSON, claimOf(m, "Udo Brenneke").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "T. Okafor").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Marit Oyelaran").type, m.claims.toString());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Harwell Town").type, m.claims.toString());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Pelham City").type, m.claims.toString());
    }

    @Test
    void aClubBeforeItsGamesPlayedIsNoProductAndAHomeSideInCapitalsIsAName() {
        ArticleMentions m = run("Standings :\n\nNorthvale Athletic 15 10 3 2 33 14 33\n\nPelham Otters 98 NORTHVALE GULLS 104",
                new TableLineFinder(GAZETTEER), new ProductNameFilter());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Northvale Athletic").type, m.claims.toString());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Pelham Otters").type, m.claims.toString());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "NORTHVALE GULLS").type, m.claims.toString());
    }

    @Test
    void theCellsOfARowAlikeInPlaceAreAlikeInKind() {
        ArticleMentions m = run("141 Torvik Hallam 70 66 , Brisco Tennant ( Norway ) 68 68\n\n"
                + "Pelham City 2 ( Oskar Venn 12 , Dario Kusk 55 ) Harwell Town 1\n\n"
                + "Harwell Town - Peter Oduya 30 , Wendel Ferreira 81 ; Pelham City - Kofi Osei-Brandt 12",
                new TableLineFinder(GAZETTEER));
        assertEquals(MentionType.PERSON, claimOf(m, "Brisco Tennant").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Torvik Hallam").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Oskar Venn").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Dario Kusk").type, m.claims.toString());
        assertEquals(MentionType.ORGANIZATION, claimOf(m, "Pelham City").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Wendel Ferreira").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Kofi Osei-Brandt").type, m.claims.toString());
        assertEquals(2, m.claims.stream().filter(c -> c.span.of(m.text).equals("Harwell Town")
                && c.type == MentionType.ORGANIZATION).count(), m.claims.toString());
    }

    @Test
    void aBowlersLoneSurnameIsThePersonALaterRowNamesInFull() {
        ArticleMentions m = run("Bowling : Moskin 10-1-33-2 , Velder 9-0-41-0\n\nT. Moskin not out 12",
                new TableLineFinder(GAZETTEER));
        assertEquals(MentionType.PERSON, claimOf(m, "Moskin").type, m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Velder").type, m.claims.toString());
    }

    @Test
    void aNameBeforeALegalFormIsNoPersonInContext() {
        ArticleMentions m = run("The ministry added Corvane Shipping Ltd to its list, said Edda Marsh.",
                new ContextPersonFinder(GAZETTEER, new org.diplograph.nlp.Lemmatizer()));
        assertNull(claimOf(m, "Corvane Shipping"), m.claims.toString());
        assertEquals(MentionType.PERSON, claimOf(m, "Edda Marsh").type, m.claims.toString());
    }

    @Test
    void oneTypoInALongWordIsATypoAndShortWordsOrTwoTyposAreNot() {
        assertTrue(MisspeltNameFinder.oneTypo("Hallorsen", "Halvorsen"));   // changed
        assertTrue(MisspeltNameFinder.oneTypo("Halvrosen", "Halvorsen"));   // swapped
        assertTrue(MisspeltNameFinder.oneTypo("Halvorssen", "Halvorsen"));  // added
        assertTrue(MisspeltNameFinder.oneTypo("Halvoren", "Halvorsen"));    // dropped
        assertFalse(MisspeltNameFinder.oneTypo("Halvoxsan", "Halvorsen"));  // two changed
        assertFalse(MisspeltNameFinder.oneTypo("Kalvorsen", "Halvorsen"));  // another first letter
        assertFalse(MisspeltNameFinder.oneTypo("Jong", "Jung"));            // too short to tell
    }

    @Test
    void aRegistryPersonsNameWithATypoIsThatPersonAndTwoTyposAreNot() {
        MisspeltNameFinder finder = new MisspeltNameFinder(REGISTRY);
        org.diplograph.registry.RegistryEntry meant = finder.meant(new String[] {"Emmanuel", "Marcon"});
        assertEquals("Emmanuel Macron", meant == null ? null : meant.label());
        assertNull(finder.meant(new String[] {"Emanuel", "Marcon"}), "two words differ");
        assertNull(finder.meant(new String[] {"Emmanuel", "Macron"}), "no typo: the registry's own name");
    }

    @Test
    void theRegistryFinderReadsAShoutedHeadlineInUsualCasing() {
        ArticleMentions m = run("CHILE AND NORWAY AGREE ON FISHING TALKS .\n\nNegotiators met on Friday.",
                new RegistryFinder(GAZETTEER, REGISTRY));
        assertEquals(MentionType.STATE, claimOf(m, "CHILE").type, m.claims.toString());
        assertEquals("Norway", claimOf(m, "NORWAY").label, m.claims.toString());
        assertNull(claimOf(m, "TALKS"), m.claims.toString());
    }

    @Test
    void aFinderThatFailsLeavesNothingOfItsOwnAndTheNextFinderStillRuns() {
        ArticleMentions m = new ArticleMentions(Extraction.annotate("Envoys from Chile met Lena Varga in Canberra.",
                LocalDate.of(2025, 3, 14)), REGISTRY, Map.of());
        MentionFinder failing = mentions -> {
            mentions.claim(4, 6, MentionType.PERSON, "person/lena-varga", "Lena Varga", "test", null);
            mentions.roles.add(new RoleObservation("person/lena-varga", "envoy", null, 0, mentions.claims.get(0).span));
            throw new IllegalStateException("a bug in this finder");
        };
        EntityExtractor.runEach(List.of(failing, new RegistryFinder(GAZETTEER, REGISTRY)), m);
        assertNull(claimOf(m, "Lena Varga"), m.claims.toString());
        assertTrue(m.roles.isEmpty());
        assertEquals(MentionType.STATE, claimOf(m, "Chile").type, m.claims.toString());
    }

    @Test
    void aShoutedPlaceBeforeAnotherNameIsReadWithoutFailing() {
        ArticleMentions m = run("CYCLING - RIDERS PRAISE OSLO GRAND PRIX ROUTE\n\nThe final round starts on Sunday.",
                new RegistryFinder(GAZETTEER, REGISTRY));
        assertEquals("Oslo", claimOf(m, "OSLO").label, m.claims.toString());
    }

    @Test
    void theRegistryFinderClaimsKnownStatesAndPlacesAlone() {
        ArticleMentions m = run("Envoys from Chile arrived in Canberra on Friday.", new RegistryFinder(GAZETTEER, REGISTRY));
        assertEquals(MentionType.STATE, claimOf(m, "Chile").type);
        assertEquals(MentionType.PLACE, claimOf(m, "Canberra").type);
        assertEquals(2, m.claims.size());
    }

    @Test
    void aPlaceOpenerMakesThePlaceUpToAWeekdayOrADocumentButNotAfterAName() {
        ArticleMentions m = run("The envoys met at Camp Ardent Friday and signed the Fort Bellamy Accords. "
                + "Senator Paul Camp Renner spoke.", new PlaceOpenerFinder());
        assertEquals(MentionType.PLACE, claimOf(m, "Camp Ardent").type);
        assertEquals(MentionType.PLACE, claimOf(m, "Fort Bellamy").type);
        assertEquals(2, m.claims.size(), m.claims.toString());
    }

    @Test
    void aShoutedHeadlinesWordsAfterATitleAreNoName() {
        ArticleMentions m = run("HARBOUR MINISTER QUITS OVER FERRY ROW .\n\nThe minister resigned on Tuesday.",
                new TitleFinder());
        assertTrue(m.claims.isEmpty(), m.claims.toString());
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

    /** Invented towns in regions that bear a state's or a capital's name. */
    private static final RegionIndex REGIONS = new RegionIndex() {
        private final Map<String, Region> around = Map.ofEntries(
                Map.entry("Lakeport|Georgia", new Region("Georgia", "state/USA")),
                Map.entry("Brindle|Washington", new Region("Washington", "state/USA")),
                Map.entry("Ostrova|Georgia", new Region("Georgia", "state/GEO")),
                Map.entry("Pinecrest|Canberra", new Region("Canberra", "state/AUS")),
                Map.entry("Canberra|Canberra", new Region("Canberra", "state/AUS")),
                Map.entry("Lakeport|Vermont", new Region("Vermont", "state/USA")),
                Map.entry("Brindle|Virginia", new Region("Virginia", "state/USA")),
                Map.entry("Lakeport|Aachen", new Region("Aachen", "state/USA")),
                Map.entry("Canberra|Vermont", new Region("Vermont", "state/USA")),
                Map.entry("Aachen|Vermont", new Region("Vermont", "state/USA")),
                Map.entry("Canberra|Tasmania", new Region("Tasmania", "state/AUS")));

        @java.lang.Override
        public java.util.Optional<Region> around(String placeName, String regionName) {
            return java.util.Optional.ofNullable(around.get(placeName + "|" + regionName));
        }

        private final Map<String, Region> named = Map.of("Georgia", new Region("Georgia", "state/USA"),
                "Washington", new Region("Washington", "state/USA"), "Canberra", new Region("Canberra", "state/AUS"));

        @java.lang.Override
        public java.util.Optional<Region> named(String regionName) {
            return java.util.Optional.ofNullable(named.get(regionName));
        }
    };

    private static ArticleMentions regions(String text) {
        return run(text, new RegistryFinder(GAZETTEER, REGISTRY), new RegionFinder(REGIONS, REGISTRY));
    }

    /** A town before a region's abbreviation in news style ("Brindle, Va.") is that region's town. */
    @Test
    void aTownBeforeARegionsAbbreviationIsThatRegionsTown() {
        ArticleMentions m = regions("The senator left for Brindle, Va., on Friday after a rally in Ostrova, Va.");
        assertEquals("place/brindle-usa", claimOf(m, "Brindle").key);
        assertEquals(Mention.REGION, claimOf(m, "Va.").rule);
        assertNull(claimOf(m, "Ostrova"), "no town of that name in the region");
    }

    @Test
    void aStatesNameAfterATownInARegionOfThatNameIsTheRegion() {
        ArticleMentions m = regions("The council met in Lakeport, Georgia, on Tuesday.");
        Claim region = claimOf(m, "Georgia");
        assertEquals(MentionType.PLACE, region.type);
        assertEquals("place/georgia-usa", region.key);
        assertEquals(Mention.REGION, region.rule);
        assertEquals("state/USA", region.stateKey);
        assertEquals(List.of(Override.REGION_OF_PLACE), m.overrides.stream().map(ArticleMentions.Overridden::why).toList());
        Claim town = claimOf(m, "Lakeport");
        assertEquals(MentionType.PLACE, town.type);
        assertEquals("state/USA", town.stateKey);
        // the same after "in", and at the start of a sentence
        assertEquals("place/georgia-usa", claimOf(regions("Lakeport in Georgia voted on Tuesday."), "Georgia").key);
    }

    @Test
    void aCapitalsNameAfterATownInARegionOfThatNameIsTheRegion() {
        ArticleMentions m = regions("Engineers from Brindle, Washington, and Lakeport, Georgia, met on Friday.");
        assertEquals("place/washington-usa", claimOf(m, "Washington").key);
        assertEquals("place/georgia-usa", claimOf(m, "Georgia").key);
    }

    @Test
    void aStateStaysTheStateWithoutATownOfItsRegionBeforeIt() {
        for (String text : List.of("Foreign ministers met in Tbilisi, Georgia, on Monday.",
                "Georgia and Armenia signed a trade agreement.", "Trade between Lakeport and Georgia grew.",
                "Officials from Georgia, Armenia and Azerbaijan met.")) {
            ArticleMentions m = regions(text);
            assertEquals(MentionType.STATE, claimOf(m, "Georgia").type, text);
            assertTrue(m.overrides.isEmpty(), text);
        }
    }

    @Test
    void aStateNamedAfterATownInItsOwnRegionOfItsNameStaysTheState() {
        assertEquals("state/GEO", claimOf(regions("The talks in Ostrova, Georgia, ended."), "Georgia").key);
    }

    @Test
    void aCityNamedAfterATownOfTheRegionItLiesInStaysTheCity() {
        assertEquals("place/canberra", claimOf(regions("The talks in Pinecrest, Canberra, ended."), "Canberra").key);
    }

    @Test
    void aListedPlaceIsTheRegionOnlyWhenTheListPutsItInAnotherState() {
        // the list's Vermont is the region of every other mention of that name; its Aachen is a German city's
        assertEquals("place/vermont", claimOf(regions("The talks in Lakeport, Vermont, ended."), "Vermont").key);
        assertEquals("place/aachen-usa", claimOf(regions("The talks in Lakeport, Aachen, ended."), "Aachen").key);
    }

    @Test
    void aCapitalOrAListedTownBeforeARegionOfAnotherStateWithATownOfItsNameIsThatTown() {
        ArticleMentions m = regions("The talks in Canberra, Vermont, ended.");
        Claim town = claimOf(m, "Canberra");
        assertEquals("place/canberra-usa", town.key);
        assertEquals(Mention.TOWN_IN_REGION, town.rule);
        assertEquals("state/USA", town.stateKey);
        assertEquals(List.of(Override.TOWN_OF_REGION), m.overrides.stream().map(ArticleMentions.Overridden::why).toList());
        assertEquals("place/vermont", claimOf(m, "Vermont").key);
        assertEquals("place/aachen-usa", claimOf(regions("The talks in Aachen, Vermont, ended."), "Aachen").key);
        // a capital before a region of its own state is the capital
        ArticleMentions home = regions("The talks in Canberra, Tasmania, ended.");
        assertEquals("place/canberra", claimOf(home, "Canberra").key);
        assertTrue(home.overrides.isEmpty());
    }

    @Test
    void aTownMustBeAPlaceOrComeAfterAWordForPlaces() {
        // "Lakeport" after "told" is someone addressed; a state before the name is no town
        assertEquals(MentionType.STATE, claimOf(regions("She told Lakeport, Georgia would vote."), "Georgia").type);
        assertEquals(MentionType.STATE, claimOf(regions("Envoys from Armenia, Georgia and Iran met."), "Georgia").type);
    }

    @Test
    void aNameNextToWordsOnlyARegionTakesIsTheRegion() {
        for (String text : List.of("The governor of Georgia signed the bill.", "Officials in Washington state voted.",
                "The state of Washington sued the firm.", "The Georgia governor signed the bill.")) {
            ArticleMentions m = regions(text);
            Claim region = m.claims.stream().filter(c -> c.key.endsWith("-usa")).findFirst().orElse(null);
            assertEquals(Mention.REGION, region == null ? null : region.rule, text);
            assertEquals("state/USA", region.stateKey, text);
        }
    }

    @Test
    void wordsThatAStateOrACityTakesTooLeaveTheName() {
        // a country is a state too, and a governor of a country's bank is no region's
        for (String text : List.of("Georgia state media reported the talks.", "The state of Georgia joined the talks.",
                "The governor of Georgia's central bank spoke.")) {
            assertEquals("state/GEO", claimOf(regions(text), "Georgia").key, text);
        }
        for (String text : List.of("Officials in Washington voted.", "Washington State won the game.",
                "The governor of Canberra spoke.")) {
            ArticleMentions m = regions(text);
            String name = text.contains("Canberra") ? "Canberra" : "Washington";
            assertEquals("place/" + name.toLowerCase(java.util.Locale.ROOT), claimOf(m, name).key, text);
        }
    }

    @Test
    void aTownTheNameFinderFindsLaterMakesTheRegionOnTheSecondPass() {
        RegionFinder regionFinder = new RegionFinder(REGIONS, REGISTRY);
        ArticleMentions m = run("The minister visited Lakeport, Georgia, on Friday.",
                new RegistryFinder(GAZETTEER, REGISTRY), regionFinder);
        // "visited" introduces no place for the rules: Georgia stays the state until the town is a place
        assertEquals(MentionType.STATE, claimOf(m, "Georgia").type);
        int from = m.tokens.stream().filter(t -> t.text().equals("Lakeport")).findFirst().orElseThrow().index();
        m.claim(from, from + 1, MentionType.PLACE, "place/lakeport", "Lakeport", "model", null);
        regionFinder.find(m);
        assertEquals("place/georgia-usa", claimOf(m, "Georgia").key);
    }
}
