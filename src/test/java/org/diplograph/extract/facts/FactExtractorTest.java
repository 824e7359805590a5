package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final EntityExtractor ENTITIES = new EntityExtractor(Registry.bundled());
    private static final FactExtractor FACTS = new FactExtractor(Registry.bundled(), ConceptLexicon.bundled(), Nlp4j.shared());
    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 29);

    private static Facts facts(String text, LocalDate published) {
        Article a = new Article("t", null, text, null, published, null, "t.txt");
        return FACTS.extract(ENTITIES.extract(ANNOTATOR.annotate(new Cleaner().clean(a))));
    }

    private static EventFact only(List<EventFact> events, String cls) {
        List<EventFact> of = events.stream().filter(e -> e.kind().ontologyClass().equals(cls)).toList();
        assertEquals(1, of.size(), events.toString());
        return of.get(0);
    }

    @Test
    void meetingBetweenTwoMinistersWithPlaceAndAnchoredDate() {
        Facts f = facts("Chinese Foreign Minister Wang Yi held talks in Beijing on Sunday with his Russian counterpart "
                + "Sergey Lavrov.", MONDAY);
        EventFact meeting = only(f.events(), "Meeting");
        assertTrue(meeting.participants().containsAll(List.of("person/wang-yi", "person/sergey-lavrov")), meeting.toString());
        assertEquals("place/beijing", meeting.placeKey());
        assertEquals("2025-09-28", meeting.time().value());
        assertEquals("040", meeting.kind().cameo());
        assertEquals("CONSULT", meeting.kind().plover());
        assertEquals(Modality.ASSERTED, meeting.modality());
    }

    @Test
    void weekdayWithoutAnchorKeepsTheExpressionOnly() {
        Facts f = facts("Wang Yi met Sergey Lavrov on Sunday.", null);
        EventFact meeting = only(f.events(), "Meeting");
        assertEquals("Sunday", meeting.time().expression());
        assertEquals(null, meeting.time().value());
    }

    @Test
    void anticipatedParadeIsPlannedNotPast() {
        Facts f = facts("Brazil anticipates a naval parade of its newest frigates next month.", MONDAY);
        EventFact parade = only(f.events(), "ShowOfForce");
        assertEquals(Modality.PLANNED, parade.modality());
        assertEquals("150", parade.kind().cameo());
    }

    @Test
    void paradeAttendeesComeFromSubjectsAndHost() {
        Facts f = facts("Vladimir Putin and Kim Jong Un watched a military parade in Beijing organised by Xi Jinping "
                + "on a rainy morning.", MONDAY);
        EventFact parade = only(f.events(), "ShowOfForce");
        assertTrue(parade.participants().containsAll(List.of("person/kim-jong-un", "person/vladimir-putin",
                "person/xi-jinping")), parade.participants().toString());
        assertEquals("place/beijing", parade.placeKey());
    }

    @Test
    void militarySupportIsDirectedAid() {
        Facts f = facts("Brazil has drifted away from its allies, dispatching troops and munitions to help Venezuela.", MONDAY);
        EventFact aid = only(f.events(), "MilitaryAid");
        assertEquals(List.of("state/BRA"), aid.sources());
        assertEquals("AID", aid.kind().plover());
    }

    @Test
    void titlesAndAppositivesGiveRoles() {
        Facts f = facts("\"It matters,\" said Dr. Lena Hartmann, a senior fellow at the Baltic Policy Institute. "
                + "Chinese Foreign Minister Wang Yi agreed.", MONDAY);
        assertTrue(f.roles().stream().anyMatch(r -> r.personKey().equals("person/lena-hartmann")
                && r.role().equals("senior fellow") && "org/baltic-policy-institute".equals(r.orgKey())), f.roles().toString());
        assertTrue(f.roles().stream().anyMatch(r -> r.personKey().equals("person/wang-yi")
                && r.role().equals("foreign minister") && "state/CHN".equals(r.orgKey())), f.roles().toString());
    }

    @Test
    void possessiveHolderOpposesAConcept() {
        Facts f = facts("Wang restated Beijing's opposition to \"hegemonism in every shape\".", MONDAY);
        assertTrue(f.stances().stream().anyMatch(s -> s.holderKey().equals("state/CHN")
                && s.polarity() == StanceFact.Polarity.OPPOSES && s.targetKey().equals("concept/hegemonism")),
                f.stances().toString());
    }

    @Test
    void negatedSupportIsOpposition() {
        Facts f = facts("\"We do not support Taiwan independence,\" said US Secretary of State Antony Blinken.", MONDAY);
        assertTrue(f.stances().stream().anyMatch(s -> s.holderKey().equals("person/antony-blinken")
                && s.onBehalfOfKeys().contains("state/USA")
                && s.polarity() == StanceFact.Polarity.OPPOSES && s.targetKey().equals("concept/taiwan-independence")),
                f.stances().toString());
    }

    @Test
    void quoteIsAttributedToTheSpeakerAfterIt() {
        Facts f = facts("Chinese Foreign Minister Wang Yi spoke first. \"China wants calmer seas and closer trade with "
                + "its neighbours,\" Wang said, according to Xinhua.", MONDAY);
        assertEquals(1, f.quotes().size(), f.quotes().toString());
        QuoteFact q = f.quotes().get(0);
        assertEquals("person/wang-yi", q.speakerKey());
        assertEquals("China wants calmer seas and closer trade with its neighbours", q.text());
        assertEquals("org/xinhua-news-agency", q.channelKey());
    }

    @Test
    void scareQuotesAreNotQuotations() {
        Facts f = facts("Wang Yi denounced \"hegemonism\" on Monday, his aides said.", MONDAY);
        assertTrue(f.quotes().isEmpty(), f.quotes().toString());
    }

    @Test
    void evidencePointsAtTheSentence() {
        String text = "Headline here\n\nWang Yi met Sergey Lavrov in Moscow.";
        Facts f = facts(text, MONDAY);
        Evidence e = only(f.events(), "Meeting").evidence();
        assertEquals("Wang Yi met Sergey Lavrov in Moscow.", e.span().of(text));
    }

    @Test
    void passiveArrestHasTheSubjectAsTarget() {
        Facts f = facts("Sergey Lavrov was arrested in Moscow on Sunday.", MONDAY);
        EventFact arrest = only(f.events(), "Arrest");
        assertEquals(List.of("person/sergey-lavrov"), arrest.targets());
        assertEquals(List.of(), arrest.sources());
        assertEquals("173", arrest.kind().cameo());
        assertEquals("COERCE", arrest.kind().plover());
    }

    @Test
    void incidentWithoutNamedActorIsKeptWithItsPlaceAndEveryTrigger() {
        String text = "A gunman shot three people in Moscow on Sunday. The shooting shocked the city.";
        EventFact shooting = only(facts(text, MONDAY).events(), "Assault");
        assertEquals(List.of(), shooting.participants());
        assertEquals("place/moscow", shooting.placeKey());
        assertEquals(List.of("shot", "shooting"), shooting.triggers().stream().map(t -> t.of(text)).toList());
    }

    @Test
    void unnamedReportsJoinTheArticlesNamedIncident() {
        String text = "Sergey Lavrov was shot in Moscow on Sunday. Police are investigating the shooting.";
        EventFact shooting = only(facts(text, MONDAY).events(), "Assault");
        assertEquals(List.of("person/sergey-lavrov"), shooting.participants());
        assertEquals(List.of("shot", "shooting"), shooting.triggers().stream().map(t -> t.of(text)).toList());
    }

    @Test
    void deathsInAccidentsAreNotKillings() {
        Facts f = facts("Three people were killed in a car crash in Moscow on Sunday.", MONDAY);
        assertTrue(f.events().stream().noneMatch(e -> e.kind().family().equals("assault")), f.events().toString());
    }

    @Test
    void diplomaticWordsStillNeedNamedActors() {
        Facts f = facts("The talks were held in Moscow on Sunday.", MONDAY);
        assertTrue(f.events().isEmpty(), f.events().toString());
    }

    @Test
    void anOrganisationNamedAsTheVenueIsNoParticipant() {
        Facts f = facts("Donald Trump met Vladimir Putin at the White House on Sunday.", MONDAY);
        assertEquals(1, f.events().size(), f.events().toString());
        assertFalse(f.events().get(0).participants().contains("org/white-house"), f.events().toString());
        assertTrue(f.events().get(0).participants().contains("person/vladimir-putin"), f.events().toString());
    }

    @Test
    void firingsAreDismissalsAndWildfiresAreDisastersButWeaponsFiredAreAttacks() {
        assertEquals(List.of("Dismissal"), classes("Vladimir Putin fired Sergey Lavrov on Sunday."));
        assertEquals(List.of("Disaster"), classes("A wildfire destroyed homes in Moscow on Sunday."));
        assertEquals(List.of("Attack"), classes("Troops opened fire in Moscow on Sunday."), "gunfire, not a blaze");
        assertEquals(List.of("Attack"), classes("Missiles were fired at Moscow on Sunday."));
        assertTrue(classes("Gunmen threw grenades in Moscow and fire their weapons at the checkpoint.").stream()
                .noneMatch("Disaster"::equals));
        assertTrue(classes("Gunmen set fire to tents in Moscow on Sunday.").stream().noneMatch("Disaster"::equals));
        assertEquals(List.of(), classes("Riot police and the fire brigade guarded the detention centre in Moscow."));
        assertTrue(classes("Russia will not be bound by the cease-fire.").stream().noneMatch("Disaster"::equals));
        assertTrue(classes("The deal was killed by Russia.").stream().noneMatch("Killing"::equals));
        assertEquals(List.of("Arrest"), classes("Sergey Lavrov was convicted in Moscow on Sunday."));
    }

    @Test
    void deathsAndElectionsAreEventsOutsideCameo() {
        EventFact death = only(facts("Sergey Lavrov died in Moscow on Sunday.", MONDAY).events(), "Death");
        assertEquals(List.of("person/sergey-lavrov"), death.participants());
        assertEquals(null, death.kind().cameo());
        EventFact election = only(facts("Russia held a parliamentary election on Sunday.", MONDAY).events(),
                "Election");
        assertEquals(List.of("state/RUS"), election.participants());
    }

    private static List<String> classes(String text) {
        return facts(text, MONDAY).events().stream().map(e -> e.kind().ontologyClass()).toList();
    }

    @Test
    void aDisasterHasAPlaceNotParticipants() {
        EventFact quake = only(facts("A powerful earthquake struck Russia on Sunday.", MONDAY).events(), "Disaster");
        assertEquals(List.of(), quake.participants());
        assertEquals("state/RUS", quake.placeKey());
    }
}
