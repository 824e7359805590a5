package org.diplograph.extract;

import static org.diplograph.extract.Extraction.at;
import static org.diplograph.extract.Extraction.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    @Test
    void registryPersonStateAndDemonymAreLinked() {
        String text = "Chinese Foreign Minister Wang Yi met Russian President Vladimir Putin in Moscow.";
        List<Mention> ms = mentions(text);
        assertEquals("person/wang-yi", at(ms, text, "Wang Yi").entityKey());
        assertEquals("person/vladimir-putin", at(ms, text, "Vladimir Putin").entityKey());
        Mention chinese = at(ms, text, "Chinese");
        assertEquals(MentionType.NORP, chinese.type());
        assertEquals("state/CHN", chinese.entityKey());
    }

    @Test
    void inASportsStoryATownThatPlaysIsItsClubEverywhere() {
        String text = "SOCCER - TOLLERBY EDGE QUENMOOR .\n\nTollerby beat Quenmoor 2-1 on Saturday to go top .\n\n"
                + "Quenmoor 's coach said his side had tired late .\n\nThe fans of Dunwick Rovers waited outside .\n\n"
                + "Dunwick have not won since March .";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Tollerby").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Quenmoor").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Quenmoor", 1).type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Dunwick Rovers").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Dunwick", 1).type(), ms.toString());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "QUENMOOR").type(), ms.toString());
    }

    @Test
    void inASportsStoryStatesAndPlayersStayWhatTheyAre() {
        String text = "Chile beat Peru 2-1 in Lima on Sunday .\n\nChile coach Paul Ostrander said he was proud .\n\n"
                + "Anna Kessler beat Maria Ostrova 6-4 6-3 in the final .";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.STATE, at(ms, text, "Chile").type());
        assertEquals(MentionType.STATE, at(ms, text, "Peru").type());
        assertEquals(MentionType.PERSON, at(ms, text, "Anna Kessler").type(), ms.toString());
        assertEquals(MentionType.PERSON, at(ms, text, "Maria Ostrova").type(), ms.toString());
    }

    @Test
    void outsideASportsStoryAPossessiveManagerMakesNoClub() {
        String text = "Tollerby council approved the new bridge on Tuesday .\n\nTollerby 's manager of works said it would open in May .";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORGANIZATION), ms.toString());
    }

    @Test
    void titleDoesNotSwallowTheNameThatFollows() {
        String text = "Chinese President Xi Jinping arrived on Monday.";
        List<Mention> ms = mentions(text);
        assertEquals("person/xi-jinping", at(ms, text, "Xi Jinping").entityKey());
    }

    @Test
    void capitalActingIsItsState() {
        String text = "Beijing affirmed its opposition to sanctions. The talks in Beijing lasted two hours.";
        List<Mention> ms = mentions(text);
        Mention actor = at(ms, text, "Beijing", 0);
        Mention place = at(ms, text, "Beijing", 1);
        assertEquals(MentionType.STATE, actor.type());
        assertEquals("state/CHN", actor.entityKey());
        assertEquals(MentionType.PLACE, place.type());
        assertEquals("place/beijing", place.entityKey());
        String travel = "The envoy left for Beijing on Friday, a visit that brought support for Beijing.";
        List<Mention> tm = mentions(travel);
        assertEquals("place/beijing", at(tm, travel, "Beijing", 0).entityKey(), "a destination is the city");
        assertEquals("state/CHN", at(tm, travel, "Beijing", 1).entityKey());
    }

    @Test
    void aSeatOfGovernmentIsAPlaceWhereThingsHappenAndTheInstitutionWhenItActs() {
        String text = "The two envoys met at the White House on Tuesday. The White House said the talks went well.";
        List<Mention> ms = mentions(text);
        Mention venue = at(ms, text, "White House", 0);
        Mention actor = at(ms, text, "White House", 1);
        assertEquals(MentionType.PLACE, venue.type());
        assertEquals(MentionType.ORGANIZATION, actor.type());
    }

    /** A state's name as news also spells it: a space for its hyphen, a curly apostrophe in an elided particle. */
    @Test
    void aStateWrittenWithASpaceForItsHyphenOrACurlyApostropheIsThatState() {
        String text = "Leaders from Guinea Bissau, Côte d’Ivoire and Timor Leste met in Accra on Monday.";
        List<Mention> ms = mentions(text);
        assertEquals("state/GNB", at(ms, text, "Guinea Bissau").entityKey());
        assertEquals("state/CIV", at(ms, text, "Côte d’Ivoire").entityKey());
        assertEquals("state/TLS", at(ms, text, "Timor Leste").entityKey());
    }

    /** A surname alone is the person the article named with it, in the spelling it used, even opening a sentence. */
    @Test
    void aSurnameInTheArticlesOwnSpellingIsThePersonItNamed() {
        String text = "President Volodymyr Zelenskiy met envoys in Kyiv on Friday. Zelenskiy told them the talks went well.";
        assertEquals("person/volodymyr-zelenskyy", at(mentions(text), text, "Zelenskiy", 1).entityKey());
    }

    /** An office named before its holder, and a title before the holder's surname alone, are that person's roles. */
    @Test
    void anOfficeBeforeItsHolderAndATitleBeforeASurnameAreRoles() {
        String text = "Envoys met the foreign minister of Kenya, Daniel Moreau, in Oslo. Later Foreign Minister Moreau left.";
        List<RoleObservation> roles = roles(text, java.time.LocalDate.of(2023, 7, 10));
        assertTrue(roles.stream().anyMatch(r -> r.personKey().equals("person/daniel-moreau")
                && r.title().equals("foreign minister") && "state/KEN".equals(r.ofKey())), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.personKey().equals("person/daniel-moreau") && r.sentence() == 1),
                roles.toString());
    }

    /** A title in apposition after its holder, after the state it is of when one is named there, is a role. */
    @Test
    void aTitleInAppositionAfterItsHolderIsARole() {
        String text = "Daniel Moreau, Kenyan ambassador to Chile, said the talks went well. Ana Ruiz, Peru's foreign "
                + "minister, agreed.";
        List<RoleObservation> roles = roles(text, java.time.LocalDate.of(2025, 3, 7));
        assertTrue(roles.stream().anyMatch(r -> r.personKey().equals("person/daniel-moreau")
                && r.title().equals("ambassador") && "state/KEN".equals(r.ofKey())), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.personKey().equals("person/ana-ruiz")
                && r.title().equals("foreign minister") && "state/PER".equals(r.ofKey())), roles.toString());
    }

    private static List<RoleObservation> roles(String text, java.time.LocalDate published) {
        return new EntityExtractor(Registry.bundled()).extract(Extraction.annotate(text, published)).roles();
    }

    /** A registry person whose given name news writes hyphenated or as two words is the same person either way. */
    @Test
    void aGivenNameHyphenatedOrNotIsTheSamePerson() {
        String text = "President Yoon Suk-yeol met Chinese officials in Seoul on Monday.";
        assertEquals("person/yoon-suk-yeol", at(mentions(text), text, "Yoon Suk-yeol").entityKey());
    }

    @Test
    void aSeatOfGovernmentBehindItsDeterminersOrNamingAGatheringIsThePlace() {
        String text = "The envoy was received in its grand Oval Office on Monday. After an Oval Office meeting, "
                + "the Oval Office said nothing.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.PLACE, at(ms, text, "Oval Office", 0).type());
        assertEquals(MentionType.PLACE, at(ms, text, "Oval Office", 1).type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Oval Office", 2).type());
        String statement = "The talks were praised in a White House statement on Monday.";
        assertEquals(MentionType.ORGANIZATION, at(mentions(statement), statement, "White House").type());
    }

    @Test
    void aTitleInThePluralIsNoOrganisation() {
        String text = "The Foreign Ministers of Portugal and Chile joined the march in Lisbon on Tuesday.";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORGANIZATION), ms.toString());
        assertEquals("state/PRT", at(ms, text, "Portugal").entityKey());
    }

    @Test
    void possessiveCapitalIsItsState() {
        String text = "Analysts doubt Moscow's commitment to the deal.";
        assertEquals("state/RUS", at(mentions(text), text, "Moscow").entityKey());
    }

    @Test
    void coordinatedCapitalsShareTheActorReading() {
        String text = "Observers said Pyongyang and Beijing's vows signal a fortified front.";
        List<Mention> ms = mentions(text);
        assertEquals("state/PRK", at(ms, text, "Pyongyang").entityKey());
        assertEquals("state/CHN", at(ms, text, "Beijing").entityKey());
    }

    @Test
    void capitalModifyingANounIsAPlace() {
        String text = "The Beijing talks follow a summit.";
        assertEquals(MentionType.PLACE, at(mentions(text), text, "Beijing").type());
    }

    @Test
    void surnameResolvesToTheFullNameInTheArticle() {
        String text = "Chinese Foreign Minister Wang Yi hosted the delegation. Wang said ties were strong.";
        List<Mention> ms = mentions(text);
        Mention wang = at(ms, text, "Wang", 1);
        assertNotNull(wang);
        assertEquals("person/wang-yi", wang.entityKey());
        assertEquals("surname", wang.rule());
    }

    @Test
    void sharedSurnameFollowsTheTitle() {
        String text = "North Korean leader Kim Jong Un attended. \"It matters,\" said Dr. Sarah Kim, a regional expert "
                + "at Seoul National University. Later, Dr. Kim added that the parade was large.";
        List<Mention> ms = mentions(text);
        assertEquals("person/sarah-kim", at(ms, text, "Sarah Kim").entityKey());
        assertEquals("person/sarah-kim", at(ms, text, "Kim", 2).entityKey());
        assertEquals("person/kim-jong-un", at(ms, text, "Kim Jong Un").entityKey());
    }

    @Test
    void organisationNameContainingACityIsOneOrganisation() {
        String text = "said Dr. Sarah Kim, a regional expert at Seoul National University.";
        List<Mention> ms = mentions(text);
        Mention university = at(ms, text, "Seoul National University");
        assertNotNull(university);
        assertEquals(MentionType.ORGANIZATION, university.type());
        assertNull(at(ms, text, "Seoul"));
    }

    /** A sentence's first word heading no organisation does not begin the one named after its "of". */
    @Test
    void aSentencesFirstWordBeforeOfIsNotPartOfTheOrganisation() {
        String text = "Shares of Norvale Airlines fell on Monday. Workers of Kestrel Motors went on strike.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Norvale Airlines"), ms.toString());
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Kestrel Motors"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Shares") || m.text().startsWith("Workers")),
                ms.toString());
    }

    /** "General" is a person's title, but a name ending in "Motors" is a company's. */
    @Test
    void aCompanyNameOpeningWithATitleWordIsAnOrganisation() {
        String text = "General Motors said on Tuesday it would cut jobs at two plants.";
        assertEquals(MentionType.ORGANIZATION, typeAt(extractWithModel(text), text, "General Motors"));
    }

    @Test
    void newsAgencyIsAnOrganisationAndItsAcronymFollows() {
        String text = "The meeting was reported by the Korean Central News Agency (KCNA). KCNA gave no details.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Korean Central News Agency").type());
        Mention second = at(ms, text, "KCNA", 1);
        assertEquals("org/korean-central-news-agency", second.entityKey());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("KCNA") && m.type() != MentionType.ORGANIZATION));
    }

    @Test
    void genericMinistryIsQualifiedByItsState() {
        String text = "A Chinese Foreign Ministry readout said the talks were frank.";
        // the demonym is part of the name as written, and names the state whose ministry it is
        Mention ministry = at(mentions(text), text, "Chinese Foreign Ministry");
        assertEquals("org/ministry-of-foreign-affairs-of-china", ministry.entityKey());
        assertEquals("Ministry of Foreign Affairs of China", ministry.label());
    }

    @Test
    void aDemonymBeginsAnOrganisationsName() {
        String text = "The Syrian Computer Society runs the registry. The U.S. Department of State commented.";
        List<Mention> ms = mentions(text);
        assertEquals("Syrian Computer Society", at(ms, text, "Syrian Computer Society").label());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "U.S. Department of State").type());
    }

    @Test
    void unqualifiedGenericMinistryIsABodyOfThisArticleOnly() {
        String text = "The Foreign Ministry did not comment on the report.";
        Mention ministry = at(mentions(text), text, "Foreign Ministry");
        assertNotNull(ministry);
        assertEquals(MentionType.ORGANIZATION, ministry.type());
        assertTrue(ministry.entityKey().matches("org/foreign-ministry-[0-9a-f]{8}"), ministry.entityKey());
    }

    @Test
    void descriptorResolvesToTheOnlyPersonOfThatState() {
        String text = "North Korean Foreign Minister Choe Son Hui arrived in Beijing. "
                + "Chinese Foreign Minister Wang Yi greeted her. The North Korean minister thanked the hosts.";
        Mention descriptor = at(mentions(text), text, "The North Korean minister");
        assertNotNull(descriptor);
        assertEquals("person/choe-son-hui", descriptor.entityKey());
    }

    @Test
    void pronounResolvesOnlyWhenOnePersonFits() {
        String text = "Choe Son Hui praised the initiative. She said ties would grow.";
        Mention she = at(mentions(text), text, "She");
        assertNotNull(she);
        assertEquals("person/choe-son-hui", she.entityKey());

        String two = "Wang Yi met Choe Son Hui. He said ties would grow.";
        assertNull(at(mentions(two), two, "He"));
    }

    @Test
    void aPronounOfTheNarrativePassesOverNamesInsideQuotations() {
        String text = "Governor Alan Price said, \"The term given to Tom Hale is too long. I am cutting the term of "
                + "Tom Hale.\" He added that the decision was final.";
        assertNull(at(mentions(text), text, "He"), "the only name in the sentence before is quoted");
        String inside = "The minister said, \"Tom Hale served well. He earned it.\"";
        Mention he = at(mentions(inside), inside, "He");
        assertNotNull(he, "inside a quotation a name of the same quotation stands");
        assertEquals("person/tom-hale", he.entityKey());
    }

    @Test
    void unknownPersonFoundByReportingVerb() {
        String text = "\"The region is tense,\" said Lena Hartmann, a senior fellow at the Baltic Policy Institute.";
        List<Mention> ms = mentions(text);
        Mention lena = at(ms, text, "Lena Hartmann");
        assertNotNull(lena);
        assertEquals(MentionType.PERSON, lena.type());
        assertEquals("person/lena-hartmann", lena.entityKey());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Baltic Policy Institute").type());
    }

    @Test
    void stateNameInsideASeaNameIsNotTheState() {
        String text = "Missiles fell into the Sea of Japan on Tuesday.";
        assertNull(at(mentions(text), text, "Japan"));
    }

    @Test
    void placesNamedNewSomethingAreNotTheStateOrItsPrince() {
        String text = "The governor of New Mexico met officials from New Jersey and New South Wales in Sydney.";
        List<Mention> ms = mentions(text);
        for (String wrong : List.of("Mexico", "Jersey", "Wales")) {
            Mention m = at(ms, text, wrong);
            assertTrue(m == null || !m.entityKey().startsWith("state/") && !m.entityKey().startsWith("person/"),
                    wrong + " -> " + m);
        }
        String zealand = "New Zealand sent a delegation.";
        assertEquals("state/NZL", at(mentions(zealand), zealand, "New Zealand").entityKey());
    }

    @Test
    void citiesOutsideTheCapitalsAreKnownPlaces() {
        String text = "Fighting spread from Mosul to Kandahar, and Aleppo said nothing.";
        List<Mention> ms = mentions(text);
        for (String city : List.of("Mosul", "Kandahar", "Aleppo")) {
            Mention m = at(ms, text, city);
            assertEquals(MentionType.PLACE, m == null ? null : m.type(), city + " in " + ms);
        }
    }

    @Test
    void companiesAndArmedGroupsFromTheActorListsAreOrganisations() {
        String text = "Lockheed Martin lost the contract, and Hezbollah fighters crossed the border.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Lockheed Martin").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Hezbollah").type());
    }

    @Test
    void aVenueTheNameFinderFindsIsAPlaceNotAnOrganisation() {
        assertEquals(MentionType.PLACE, ModelMergePolicy.typeOf("ORG", "Hotel"));
        assertEquals(MentionType.PLACE, ModelMergePolicy.typeOf("LOC", "Island"));
        assertEquals(MentionType.ORGANIZATION, ModelMergePolicy.typeOf("ORG", "Ministry"));
        assertEquals(MentionType.PERSON, ModelMergePolicy.typeOf("PER", "Park"), "Mr Park is a person");
    }

    @Test
    void anArmedGroupIsOneEntityUnderAllItsNames() {
        String text = "Islamic State of Iraq and the Levant fighters, also called ISIS or Daesh, left Mosul.";
        List<Mention> ms = mentions(text);
        for (String name : List.of("Islamic State of Iraq and the Levant", "ISIS", "Daesh")) {
            Mention m = at(ms, text, name);
            assertEquals("org/islamic-state", m == null ? null : m.entityKey(), name + " in " + ms);
        }
        assertEquals("Q2429253", org.diplograph.registry.Registry.bundled().get("org/islamic-state").orElseThrow().qid());
    }

    @Test
    void aTreatyOrAUniversityNamedAfterACityIsNotTheCity() {
        String text = "Australia refused to ratify the Kyoto Protocol. Delegates flew to Kyoto. The Oslo Accords were "
                + "signed at Kabul University.";
        List<Mention> ms = mentions(text);
        assertNull(at(ms, text, "Kyoto", 0));
        assertEquals(MentionType.PLACE, at(ms, text, "Kyoto", 1).type());
        assertNull(at(ms, text, "Oslo"));
        assertNull(at(ms, text, "Kabul"));
    }

    @Test
    void pageFurnitureYieldsNoMentions() {
        String text = "Xi Jinping spoke.\n\nAlso Read: PM Modi to Inaugurate New BJP Office in New Delhi\n\nHe left.";
        List<Mention> ms = mentions(text);
        int teaser = text.indexOf("Also Read");
        int teaserEnd = text.indexOf("\n", teaser);
        assertTrue(ms.stream().noneMatch(m -> m.span().start() >= teaser && m.span().end() <= teaserEnd), ms.toString());
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenWithCurlyApostrophes() {
        String text = "Kim Jong Un’s trip to China’s capital ended.";
        List<Mention> ms = mentions(text);
        for (Mention m : ms) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
        }
        assertEquals("person/kim-jong-un", at(ms, text, "Kim Jong Un").entityKey());
    }

    @Test
    void datelinePlaceAndStateAreMentions() {
        String text = "Talks end\nBEIJING, CHINA - SEPTEMBER 29, 2025 - The two ministers met for talks on regional issues.";
        List<Mention> ms = mentions(text, null);
        assertEquals("place/beijing", at(ms, text, "BEIJING").entityKey());
        assertEquals("state/CHN", at(ms, text, "CHINA").entityKey());
    }

    @Test
    void ambiguousDemonymPrefersTheMemberState() {
        String text = "American officials declined to comment.";
        assertEquals("state/USA", at(mentions(text), text, "American").entityKey());
    }

    @Test
    void knownPeopleWithoutRegistryEntriesAreFoundByFullName() {
        String text = "Talks between Ehud Olmert and Nicolas Sarkozy ended early.";
        List<Mention> ms = mentions(text, java.time.LocalDate.of(2008, 4, 1));
        assertEquals("person/ehud-olmert", at(ms, text, "Ehud Olmert").entityKey());
        assertEquals("person/nicolas-sarkozy", at(ms, text, "Nicolas Sarkozy").entityKey());
    }

    @Test
    void aNameFoundOnceIsFoundWhereverItRecursWhole() {
        String text = "Spokesman Xolani Mkhize said the talks had failed. Reporters asked whether Xolani Mkhize would "
                + "resign, and whether Xolani Mkhize Holdings would pay.";
        List<Mention> ms = mentions(text);
        Mention first = at(ms, text, "Xolani Mkhize", 0);
        Mention again = at(ms, text, "Xolani Mkhize", 1);
        assertNotNull(again, "the repeat in a sentence without a title or verb of saying");
        assertEquals(first.entityKey(), again.entityKey());
        assertNull(at(ms, text, "Xolani Mkhize", 2), "part of a longer name is not the name");
    }

    @Test
    void stackedTitlesAreNotPartOfTheName() {
        String text = "Major General Tobias Wrenfield took command. Brigadier General Ansel Marrow followed him.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.PERSON, at(ms, text, "Tobias Wrenfield").type());
        assertEquals(MentionType.PERSON, at(ms, text, "Ansel Marrow").type());
        assertNull(at(ms, text, "General"), "a title is not a person");
        assertTrue(mentions("The award went to the Lieutenant General").isEmpty(), "titles ending the text");
    }

    @Test
    void aTownBeforeItsRegionIsAPlace() {
        String text = "The museum is in Brackwater, Vermont. The squadron moved to Ellisby, England; later to Dunmore.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.PLACE, at(ms, text, "Brackwater").type());
        assertEquals(MentionType.PLACE, at(ms, text, "Ellisby").type());
    }

    @Test
    void continentsAreGazetteerPlaces() {
        String text = "Leaders said Africa and the Middle East need investment from Europe.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.PLACE, at(ms, text, "Africa").type());
        assertEquals(MentionType.PLACE, at(ms, text, "Middle East").type());
        assertEquals(MentionType.PLACE, at(ms, text, "Europe").type());
    }

    @Test
    void anAcronymWrittenAsAWordIsTheSameBody() {
        String text = "Opec and Nato officials met in Vienna while Unesco stayed away.";
        List<Mention> ms = mentions(text);
        assertEquals("org/organization-of-the-petroleum-exporting-countries", at(ms, text, "Opec").entityKey(),
                ms.toString());
        assertEquals("org/north-atlantic-treaty-organization", at(ms, text, "Nato").entityKey(), ms.toString());
        assertEquals("org/united-nations-educational-scientific-and-cultural-organization",
                at(ms, text, "Unesco").entityKey(), ms.toString());
    }

    @Test
    void aMakerBeforeAModelDesignationNamesTheProduct() {
        String text = "Boeing said on Monday that Qantas had ordered twelve Boeing 787 jets and two Boeing 737-800s.";
        List<Mention> ms = mentions(text);
        assertNotNull(at(ms, text, "Boeing", 0), "the company acting");
        assertNull(at(ms, text, "Boeing", 1), "the product");
        assertNull(at(ms, text, "Boeing", 2), "the product");
    }

    @Test
    void twoKnownLeadersJoinedByAHyphenAreNoThirdPerson() {
        String text = "Kim Jong Un met Xi Jinping in Beijing on Tuesday, their first talks in six years.\n\n"
                + "Ties had reportedly frayed since Xi's last visit, but the Kim-Xi summit revived momentum.";
        List<Mention> ms = extractWithModel(text);
        for (Mention m : ms) {
            assertTrue(!m.text().contains("-") || m.type() != MentionType.PERSON, "a hyphenated pair as a person: " + m);
        }
        assertEquals(MentionType.PERSON, at(ms, text, "Xi Jinping").type());
    }

    @Test
    void eventsNamedAfterAPlaceAreNeitherThePlaceNorAnOrganisation() {
        String text = "Observers praised the 2010 Ruritania Presidential Election, which followed the Ostrava Bombings.";
        List<Mention> ms = extractWithModel(text);
        assertTrue(ms.stream().noneMatch(m -> m.text().endsWith("Election") || m.text().endsWith("Bombings")),
                ms.toString());
    }

    @Test
    void aWeekdayStartingANewspapersNameStays() {
        String text = "According to the Sunday Times, the two men met in Karachi in 2000.";
        assertEquals(MentionType.ORGANIZATION, at(extractWithModel(text), text, "Sunday Times").type());
    }

    private static List<Mention> extractWithModel(String text) {
        EntityExtractor withModel = new EntityExtractor(Registry.bundled(), new Lemmatizer(),
                NameModel.bundled(NameModel.Variant.ACCURATE).orElseThrow());
        return withModel.extract(new OpenNlpAnnotator().annotate(new Cleaner()
                .clean(new Article("h", null, text, null, null, null, "h.txt")))).mentions();
    }

    @Test
    void aHeadlineWordTheStoryNeverCapitalisesIsNoName() {
        String text = "Norway, Chile Pledge Deeper Ties, Jointly Resist Protectionism\n\n"
                + "Top diplomats agree to strengthen cooperation amid shared pushback.\n\n"
                + "The foreign ministers met on Sunday and agreed to strengthen relations, said Tarek Almasi, an adviser.";
        List<Mention> ms = extractWithModel(text);
        for (Mention m : ms) {
            assertTrue(m.span().end() <= text.indexOf("Pledge") || m.span().start() > text.indexOf("\n"),
                    "headline words taken as a name: " + m);
        }
        assertEquals(MentionType.STATE, at(ms, text, "Chile").type());
        assertEquals(MentionType.PERSON, at(ms, text, "Tarek Almasi").type());
    }

    @Test
    void aPlaceBeginningALongerNameIsNotThePlace() {
        String text = "The ferry moored at Salisbury Dock. Australia First won a seat. China Daily said Iraq denied it.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.PLACE, at(ms, text, "Salisbury Dock").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Australia First").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "China Daily").type());
        assertEquals(MentionType.STATE, at(ms, text, "Iraq").type());
        String more = "The Beijing Olympic Games opened in August with a long ceremony. US First Lady Laura Bush spoke.";
        List<Mention> ms2 = mentions(more);
        assertNull(at(ms2, more, "Beijing"), "an event named after the city");
        assertEquals(MentionType.STATE, at(ms2, more, "US").type(), "a title follows, not a name");
        String headline = "Iran Rejects Nuclear Offer From Europe";
        assertEquals(MentionType.STATE, at(mentions(headline), headline, "Iran").type(), "title case is no name");
    }

    @Test
    void militaryUnitsAreOrganisationsWithTheirNumber() {
        String text = "Soldiers of the 82nd Airborne Division arrived, and the US Sixth Fleet sailed east.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "82nd Airborne Division").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "US Sixth Fleet").type());
    }

    @Test
    void twoBodiesOfAKindAndTheBodyAfterAnOffice() {
        String text = "Deliveries went to Shanghai Airlines and Xiamen Airlines. Joe Leonard, Chairman and Chief "
                + "Operating Officer of AirTran Airways, spoke.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Shanghai Airlines").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Xiamen Airlines").type());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "AirTran Airways").type());
    }

    @Test
    void aDescriptionWithAnIndefiniteArticleIsNoName() {
        String text = "A United Front: Kim, Xi, and Putin";
        assertNull(at(mentions(text), text, "United Front"));
    }

    @Test
    void aRegionsAdjectiveBeforeAReportingVerbIsNoPerson() {
        String text = "North African ministers said on Monday that the border would reopen.";
        assertTrue(mentions(text).stream().noneMatch(m -> m.type() == MentionType.PERSON), mentions(text).toString());
    }

    @Test
    void anOfficeBeforeABodysNameIsNotPartOfIt() {
        String text = "The talks were attended by the President of Andean Trade Commission and two envoys.";
        assertTrue(mentions(text).stream().noneMatch(m -> m.text().startsWith("of ")), mentions(text).toString());
    }

    private static MentionType typeAt(List<Mention> ms, String text, String surface) {
        Mention m = at(ms, text, surface);
        return m == null ? null : m.type();
    }

    @Test
    void aNounOfFirmsMakesTheNamesAfterItOrganisations() {
        String text = "The regulator fined two oil companies, Varkona and Teloris, on Monday.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Varkona"), ms.toString());
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Teloris"), ms.toString());
    }

    @Test
    void aSingularNounOfFirmsDescribesOneFirmAndNoPerson() {
        String text = "The bridge was built by the British firm Halden and Moor in 1931. "
                + "She left the company Martin Keller founded in 1990.";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Moor") || m.text().contains("Keller")
                && m.type() == MentionType.ORGANIZATION), ms.toString());
    }

    @Test
    void aCompanysOwnWordsAfterANameMakeItOne() {
        String text = "Kelvarin's chief executive resigned on Friday, and shares of Pemberlin fell. "
                + "Brenvik, a Norwegian shipping company, said it would appeal. Kelvarin said nothing.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Kelvarin").type(), ms.toString());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Pemberlin").type(), ms.toString());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Brenvik").type(), ms.toString());
        assertEquals(MentionType.ORGANIZATION, at(ms, text, "Kelvarin", 1).type(), ms.toString());
    }

    @Test
    void aCompanyNamedWithItsLegalFormIsTheSameCompanyWithoutIt() {
        String text = "On Tuesday Halbrecht AG reported a loss. Analysts said Halbrecht would recover.";
        List<Mention> ms = mentions(text);
        Mention full = at(ms, text, "Halbrecht AG");
        assertNotNull(full, ms.toString());
        assertEquals(MentionType.ORGANIZATION, full.type());
        assertEquals(full.entityKey(), at(ms, text, "Halbrecht", 1).entityKey(), ms.toString());
    }

    @Test
    void aShoutedHeadlineIsReadInUsualCasingAndItsNamesFound() {
        String text = "VARNHOLT WINS RUNOFF IN CASTELLAN PROVINCE .\n\n"
                + "Former judge Ilse Varnholt won Sunday's runoff for governor, officials said. "
                + "Varnholt promised to visit every district.";
        List<Mention> ms = extractWithModel(text);
        Mention headline = at(ms, text, "VARNHOLT");
        assertNotNull(headline, ms.toString());
        assertEquals(MentionType.PERSON, headline.type(), ms.toString());
        assertNull(at(ms, text, "WINS"), ms.toString());
        assertNull(at(ms, text, "RUNOFF"), ms.toString());
    }

    @Test
    void theModelsOtherTypeForACompanyGivesWay() {
        String text = "Zentrova Motors Inc. opened a plant in Ohio. Zentrova said it would hire 200 workers.";
        List<Mention> ms = extractWithModel(text);
        Mention bare = at(ms, text, "Zentrova", 1);
        assertNotNull(bare, ms.toString());
        assertEquals(MentionType.ORGANIZATION, bare.type(), ms.toString());
        assertEquals(at(ms, text, "Zentrova Motors Inc.").entityKey(), bare.entityKey());
    }

    @Test
    void aSentenceOpeningCommonNounIsNoCompany() {
        String text = "Company shares fell sharply on Monday.";
        assertTrue(mentions(text).isEmpty(), mentions(text).toString());
    }

    @Test
    void anOfficeAfterANameEndsItAndMakesItACompany() {
        String text = "The plant opened in March. Pemberlin CEO Jana Holt said it would hire 300 workers.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Pemberlin"), ms.toString());
    }

    @Test
    void aTradeWordAfterACompanysNameBelongsToIt() {
        String text = "On Monday the firm Drelvik Computer announced a cheaper laptop for schools.";
        List<Mention> ms = extractWithModel(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Drelvik Computer"), ms.toString());
    }

    @Test
    void aNameThatBeginsWithTheKeepsItAfterANounOfBodies() {
        String text = "In 1994 he joined the band The Velvet Lanterns as its drummer.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "The Velvet Lanterns"), ms.toString());
    }

    @Test
    void aPlatformOrAWatchdogBeforeANameMakesItAnOrganisation() {
        String text = "Users left the video platform Zorvix in May. The energy watchdog Kelmora fined two suppliers.";
        List<Mention> ms = mentions(text);
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Zorvix"), ms.toString());
        assertEquals(MentionType.ORGANIZATION, typeAt(ms, text, "Kelmora"), ms.toString());
    }
}
