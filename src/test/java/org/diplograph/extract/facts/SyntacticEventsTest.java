package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The event component alone, on invented sentences. */
class SyntacticEventsTest {
    private static final SyntacticEvents EVENTS = new SyntacticEvents(EventVocabulary.bundled());
    private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    private static List<EventFact> events(String text) {
        return EVENTS.extract(doc(text));
    }

    private static String parses(String text) {
        FactDocument d = doc(text);
        return d.sentences().stream().map(s -> d.parse(s).map(Object::toString).orElse("(no parse)"))
                .collect(Collectors.joining("\n"));
    }

    private static EventFact only(String text, String cls) {
        List<EventFact> all = events(text);
        List<EventFact> of = all.stream().filter(e -> e.kind().ontologyClass().equals(cls)).toList();
        assertEquals(1, of.size(), all + "\n" + parses(text));
        return of.get(0);
    }

    /** Who calls for a truce or condemns a meeting takes no part in it; who threatens sanctions would impose them. */
    @Test
    void theEventAnAppealOrACondemnationNamesIsOthers() {
        for (String text : List.of("Norway called for a truce between the two factions.",
                "Chile condemned the talks in strong terms.")) {
            List<EventFact> all = events(text);
            assertTrue(all.stream().noneMatch(e -> e.kind().family().equals("agreement")
                    || e.kind().family().equals("meeting")), all.toString());
        }
        EventFact sanctions = only("Chile threatened Peru with sanctions.", "Sanction");
        assertTrue(sanctions.participants().contains("state/CHL"), sanctions.toString());
    }

    /** Who pledges aid gives it; who threatens or vows sanctions would impose them, and they are not imposed yet. */
    @Test
    void thePledgerOrThreatenerDoesTheDeedToCome() {
        EventFact aid = only("Japan pledged humanitarian aid to Sudan.", "Aid");
        assertEquals(List.of("state/JPN"), aid.sources(), aid.toString());
        EventFact threatened = only("Chile threatened sanctions against Peru.", "Sanction");
        assertEquals(List.of("state/CHL"), threatened.sources(), threatened.toString());
        assertEquals(Modality.HYPOTHETICAL, threatened.modality(), threatened.toString());
        EventFact blacklisted = only("Chile blacklisted two Peruvian shipping firms on Monday.", "Sanction");
        assertEquals(List.of("state/CHL"), blacklisted.sources(), blacklisted.toString());
        EventFact vowed = only("Chile vowed to impose sanctions on Peru.", "Sanction");
        assertEquals(Modality.PLANNED, vowed.modality(), vowed.toString());
    }

    /** "A package of sanctions", "a round of talks": the verb that governs the package governs the sanctions. */
    @Test
    void aPackageOrRoundOfEventsIsGovernedByItsVerb() {
        EventFact vetoed = only("Hungary vetoed a package of sanctions against Chile.", "Sanction");
        assertEquals(Modality.NEGATED, vetoed.modality(), vetoed.toString());
        EventFact round = only("Chile and Peru will begin a new round of talks in May.", "Meeting");
        assertEquals(Modality.PLANNED, round.modality(), round.toString());
    }

    /** "X said it would": the pronoun of a clause a state says is that state. */
    @Test
    void itInAClauseAStateSaysIsThatState() {
        EventFact summit = only("India said it would not attend the summit in Lima.", "Summit");
        assertEquals(List.of("state/IND"), summit.participants(), summit.toString());
        assertEquals(Modality.NEGATED, summit.modality(), summit.toString());
        assertTrue(events("Narendra Modi said it would not attend the summit in Lima.").isEmpty());
    }

    /** A launch aimed at a state or against targets is an attack, not a test or a parade. */
    @Test
    void aLaunchAimedAtSomeoneIsAnAttack() {
        EventFact attack = only("Chile launched missiles at Peru on Monday.", "Attack");
        assertEquals(List.of("state/CHL"), attack.sources(), attack.toString());
        assertEquals(List.of("state/PER"), attack.targets(), attack.toString());
        only("Chile launched a ballistic missile into the sea on Monday.", "ShowOfForce");
    }

    /** Protesters marching in a town are a protest there; soldiers marching are not. */
    @Test
    void protestersMarchingAreAProtest() {
        EventFact march = only("Thousands of protesters marched in Lima on Sunday.", "Protest");
        assertTrue(march.placeKey() != null && march.placeKey().endsWith("lima"), march.toString());
        assertTrue(events("Thousands of soldiers marched in Lima on Sunday.").isEmpty());
    }

    @Test
    void aTriggerWithoutANamedActorIsDecidedButNoEventIsKept() {
        String text = "Masked gunmen attacked a checkpoint before dawn.";
        assertTrue(events(text).isEmpty(), events(text).toString());
        List<SyntacticEvents.TriggerDecision> decided = EVENTS.triggerDecisions(doc(text));
        assertEquals(1, decided.size(), decided.toString());
        assertEquals("Attack", decided.get(0).kind().ontologyClass());
        assertEquals("attacked", text.substring(decided.get(0).span().start(), decided.get(0).span().end()));
    }

    /** News names an incident by its town: the town inside the noun's phrase is where it happened. */
    @Test
    void anIncidentNamedByItsTownHappenedThere() {
        EventFact shooting = only("The Lyon shooting left nine people dead on Saturday, police said.", "Assault");
        assertTrue(shooting.placeKey() != null && shooting.placeKey().endsWith("lyon"), shooting.toString());
        EventFact bombing = only("Survivors of the Valencia bombing gathered on Sunday to remember the victims.",
                "Attack");
        assertTrue(bombing.placeKey() != null && bombing.placeKey().endsWith("valencia"), bombing.toString());
    }

    /** Gunfire and explosions are attacks where the sentence places them, the site named by its town included. */
    @Test
    void gunfireAndBombsAtANamedSiteAreAttacks() {
        EventFact gunfire = only("Gunmen opened fire on shoppers at a market in Herat on Tuesday.", "Attack");
        assertTrue(gunfire.placeKey() != null && gunfire.placeKey().endsWith("herat"), gunfire.toString());
        EventFact bomb = only("A bomb exploded outside a school in Mosul on Friday.", "Attack");
        assertTrue(bomb.placeKey() != null && bomb.placeKey().endsWith("mosul"), bomb.toString());
        EventFact site = only("Two men at Kandahar airport detonated grenades on Monday.", "Attack");
        assertTrue(site.placeKey() != null && site.placeKey().endsWith("kandahar"), site.toString());
        assertTrue(events("The boiler exploded in a hotel in Mosul on Friday.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Attack")), "an explosion with no weapon is no attack");
    }

    /** "The town of X", "the capital, X": the settlement noun names where the incident was. */
    @Test
    void aSettlementNounNamesItsPlaceThroughItsNameOrApposition() {
        EventFact killing = only("Rebels killed two policemen at a checkpoint in the city of Mosul on Monday.", "Killing");
        assertTrue(killing.placeKey() != null && killing.placeKey().endsWith("mosul"), killing.toString());
        EventFact shooting = only("Gunmen shot dead a judge in the capital, Nairobi, on Friday.", "Assault");
        assertTrue(shooting.placeKey() != null && shooting.placeKey().endsWith("nairobi"), shooting.toString());
    }

    /** Armed people or weapons in a strike's clause make it violence where no named party is struck. */
    @Test
    void armedPeopleOrWeaponsMakeAStrikeViolence() {
        EventFact bomber = only("A suicide bomber struck a police convoy in Herat on Tuesday.", "Attack");
        assertTrue(bomber.placeKey() != null && bomber.placeKey().endsWith("herat"), bomber.toString());
        only("Rebels fired mortars at a crowded market in the city of Mosul on Sunday.", "Attack");
        for (String text : List.of("The two banks struck a deal in Frankfurt on Monday.",
                "The club fired its coach in Madrid after the defeat.")) {
            assertTrue(events(text).stream().noneMatch(e -> e.kind().ontologyClass().equals("Attack")),
                    text + " -> " + events(text));
        }
    }

    /** An incident told by its place only is the report of its story that names the sides, before or after it. */
    @Test
    void anIncidentToldByItsPlaceIsTheStoryThatNamesItsSides() {
        List<EventFact> attacks = events("Russia attacked Ukraine with drones on Monday. "
                + "One drone hit a hospital in Kharkiv on Monday, killing four people.").stream()
                .filter(e -> e.kind().ontologyClass().equals("Attack")).toList();
        assertEquals(1, attacks.size(), attacks.toString());
        assertTrue(attacks.get(0).placeKey() != null && attacks.get(0).placeKey().endsWith("kharkiv"),
                attacks.toString());
        assertTrue(attacks.get(0).sources().stream().anyMatch(k -> k.endsWith("RUS")), attacks.toString());
    }

    /** An election no phrase places is in the state the article is about, when one stands out. */
    @Test
    void anUnplacedElectionIsInTheArticlesState() {
        List<EventFact> elections = events("Kenya's opposition rejected the new Kenyan electoral map on Monday. "
                + "Critics said the general election would not be fair. Kenya's president defended the map.").stream()
                .filter(e -> e.kind().ontologyClass().equals("Election")).toList();
        assertEquals(1, elections.size(), elections.toString());
        assertEquals("state/KEN", elections.get(0).placeKey(), elections.toString());
        assertTrue(events("Critics said the general election would not be fair.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Election")), "no state, no place");
    }

    /** A request is an appeal, blame a criticism. */
    @Test
    void requestsAndBlameAreEvents() {
        EventFact request = only("Chile requested the extradition of the banker from Peru on Monday.", "Appeal");
        assertEquals(List.of("state/CHL"), request.sources(), request.toString());
        EventFact blame = only("Serbia blamed Kosovo for the clashes on Monday.", "Criticism");
        assertEquals(List.of("state/XKX"), blame.targets(), blame.toString());
    }

    /** A verb in the present that says how often tells a custom, not one event. */
    @Test
    void aCustomToldInThePresentIsNoEvent() {
        assertTrue(events("The foreign ministers of France and Spain usually meet in Geneva.").isEmpty());
        assertTrue(events("Elections in Portugal are held every four years.").isEmpty());
        only("The foreign ministers of France and Spain met in Geneva on Monday.", "Meeting");
    }

    /** "Called for X to be arrested": an appeal, and the arrest it asks for has not happened. */
    @Test
    void anAppealWhoseForMarksAClauseWantsWhatTheClauseSays() {
        only("Opposition leader Karl Brenner called for Chancellor Mira Holt to be arrested.", "Appeal");
        EventFact arrest = only("Opposition leader Karl Brenner called for Chancellor Mira Holt to be arrested.",
                "Arrest");
        assertEquals(Modality.PLANNED, arrest.modality(), arrest.toString());
    }

    /** People demonstrating or taking to the streets somewhere protest; a result that demonstrates something does not. */
    @Test
    void demonstratingAndTakingToTheStreetsAreProtests() {
        EventFact students = only("Hundreds of nurses demonstrated in Lyon on Sunday.", "Protest");
        assertTrue(students.placeKey() != null && students.placeKey().endsWith("lyon"), students.toString());
        only("Thousands of farmers took to the streets in Warsaw on Friday.", "Protest");
        assertTrue(events("The launch in Nevada demonstrated the rocket's range.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Protest")));
    }

    /** Sport, campaign money, devices, broadcasts, rules and figures of speech are not the families' political events. */
    @Test
    void wordsOutsideThePoliticalSenseAreNoEvents() {
        for (String text : List.of(
                "The billionaire Arnold Wexley donated two million dollars to Senator Maria Quinlan's campaign.",
                "Governor Tom Hadley and Senator Ruth Okafor clashed over taxes during a televised debate on Monday.",
                "Norway's Ingrid Berg won bronze in shooting at the World Cup in Munich on Sunday.",
                "Critics said the bill drafted by Senator Paul Renner would invade the privacy of Canadians.",
                "Senator Ruth Okafor and Governor Tom Hadley met in a televised debate in Ohio on Monday.",
                "Senator Paul Renner said he takes a sleep aid before long flights to Brussels.",
                "Every NATO member must agree before Sweden can join.",
                "Rival fans clashed with riot police in Porto before the cup final on Saturday.",
                "Senator Ruth Okafor refused to comment on the vote in Ohio on Monday.",
                "Former Chancellor Karl Brenner battled cancer in Vienna for years.",
                "Norway's Minister for Development Aid, Ingrid Berg, spoke in Oslo on Monday.")) {
            assertTrue(events(text).isEmpty(), text + " -> " + events(text));
        }
        only("Germany donated 20 million euros to Jordan for refugee camps.", "Aid");
        only("Serbia refused the proposal of Kosovo on Monday.", "Rejection");
        only("A shooting at a football match in Lagos killed three people on Sunday.", "Assault");
        only("The UN Security Council held a debate on Syria on Monday.", "Meeting");
    }

    /** Who is asked to act, what a noun's clause says and who watched are no parties of the event. */
    @Test
    void theAskerTheWitnessAndTheContentAreNoParties() {
        List<EventFact> asked = events("The African Union has called on the two countries to agree to a truce in June.");
        assertTrue(asked.stream().noneMatch(e -> e.kind().family().equals("agreement")), asked.toString());
        EventFact talks = only("The European Union urged Serbia and Kosovo to hold talks in Brussels.", "Meeting");
        assertEquals(Modality.PLANNED, talks.modality());
        assertTrue(talks.participants().stream().noneMatch(k -> k.contains("european-union")), talks.toString());
        List<EventFact> watched = events("\"The car stopped near the gate,\" said Omar Farouk, who witnessed the attack.");
        assertTrue(watched.isEmpty(), watched.toString());
        List<EventFact> content = events("The new anthem was dropped after criticism that it glorified Portugal's past.");
        assertTrue(content.isEmpty(), content.toString());
    }

    /** An event noun that names people or a body by their work is no event; one that names a measure is. */
    @Test
    void peopleNamedByTheirWorkAreNoEvent() {
        List<EventFact> workers = events("Two aid workers from Oxfam were freed in Sudan on Monday.");
        assertTrue(workers.stream().noneMatch(e -> e.kind().family().equals("aid")), workers.toString());
        List<EventFact> observers = events("Election observers from the OSCE arrived in Georgia on Monday.");
        assertTrue(observers.stream().noneMatch(e -> e.kind().family().equals("election")), observers.toString());
        only("Germany announced an aid package for Jordan on Monday.", "Aid");
    }

    /** "Agreed" is an agreement when it says to what; alone it only concurs. */
    @Test
    void agreeingNeedsWhatWasAgreed() {
        List<EventFact> concurred = events("General Tom Baker of Peru agreed, saying the operation had worked.");
        assertTrue(concurred.isEmpty(), concurred.toString());
        only("Peru and Chile agreed on a ceasefire on Monday.", "Agreement");
    }

    /** Dismissing what someone said dismisses no one; a show named by talk is no talks. */
    @Test
    void dismissingAReportAndATalkShowAreNoEvents() {
        List<EventFact> report = events("White House spokesman Tom Reed dismissed a United Nations report on Monday.");
        assertTrue(report.isEmpty(), report.toString());
        only("The president dismissed Defence Minister Ana Ruiz on Monday.", "Dismissal");
        List<EventFact> show = events("Known for his talk show, Jerry Vance has a political pedigree.");
        assertTrue(show.isEmpty(), show.toString());
    }

    /** Verbs joined by "and" share their setting: the place of the first is where the second happened. */
    @Test
    void joinedVerbsShareTheirPlace() {
        EventFact attack = only("Three gunmen arrived at the airport in Lagos on Tuesday and attacked travellers.",
                "Attack");
        assertTrue(attack.placeKey() != null && attack.placeKey().endsWith("lagos"), attack.toString());
    }

    /** A participle on a measure's noun says whom it hits. */
    @Test
    void aParticipleOnASanctionNamesItsTargets() {
        EventFact embargo = only("Moscow announced an embargo on Tuesday restricting imports of fruit from Poland"
                + " and Lithuania.", "Sanction");
        assertEquals(2, embargo.targets().size(), embargo.toString());
        assertTrue(embargo.targets().stream().allMatch(t -> t.endsWith("POL") || t.endsWith("LTU")), embargo.toString());
        assertTrue(embargo.sources().stream().anyMatch(s -> s.endsWith("RUS")), embargo.toString());
    }

    @Test
    void talksWhereTheSidesAgreedAreNotWhatTheyAgreedTo() {
        EventFact talks = only("At talks in Lisbon on Monday, Portugal and Spain agreed to cut tariffs.", "Meeting");
        assertEquals(Modality.ASSERTED, talks.modality(), talks.toString());
        assertEquals("2025-03-10", talks.time().value(), talks.toString());
        EventFact hoped = only("Portugal and Spain hoped for talks on fishing quotas.", "Meeting");
        assertEquals(Modality.PLANNED, hoped.modality(), hoped.toString());
    }

    @Test
    void aPlanMetWithProtestsIsNoMeetingButAnEnvoyMetByOfficialsIs() {
        assertTrue(events("The proposal was met with protests in Lisbon.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Meeting")));
        only("Portuguese Prime Minister Luis Montenegro was met by Spanish officials at the airport on Monday.",
                "Meeting");
    }

    @Test
    void anEventSpokenAboutIsNotDatedByTheSpeaking() {
        EventFact raid = only("Spain said nothing about the Russian raid on Kherson while speaking in Lisbon on Monday.",
                "Attack");
        assertTrue(raid.time() == null || !raid.time().expression().equals("Monday"), raid.toString());
    }

    @Test
    void whatCameBeforeTheNewsIsNotDatedByTheArticlesDay() {
        List<EventFact> all = events("Portugal and Spain met on Monday, shortly after Russian forces shelled Kherson.");
        EventFact strike = all.stream().filter(e -> e.kind().ontologyClass().equals("Attack")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(strike.time() == null, strike.toString());
    }

    @Test
    void refrainingFromACondemnationIsNone() {
        EventFact e = only("Portugal has refrained from condemning the Spanish blockade of the port.", "Criticism");
        assertEquals(Modality.NEGATED, e.modality(), e.toString());
    }

    @Test
    void anEventWhoseAftermathIsToldIsNotDatedByIt() {
        EventFact e = only("Chile sought a seat on the council during 2019, in the aftermath of the Peruvian invasion"
                + " of Bolivia.", "Attack");
        assertTrue(e.time() == null, e.toString());
    }

    @Test
    void noAgreementSignedIsNegated() {
        EventFact e = only("Officials said no agreement had been signed yet with Chile.", "Agreement");
        assertEquals(Modality.NEGATED, e.modality(), e.toString());
    }

    @Test
    void condemningAllAttacksIsAStanceNotAnEvent() {
        assertTrue(events("Spain condemns all attacks on civilians.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Criticism")));
    }

    @Test
    void aClauseOnTheEventsNounTellsWhetherItHappened() {
        EventFact summit = only("Portugal welcomed the summit with Spain, which will be held in the autumn.", "Summit");
        assertEquals(Modality.PLANNED, summit.modality(), summit.toString());
        EventFact drills = only("Chile criticised naval drills planned by Peru and Bolivia.", "ShowOfForce");
        assertEquals(Modality.PLANNED, drills.modality(), drills.toString());
    }

    @Test
    void aRelativeClauseOnAParticipantIsNotDatedByTheMainClause() {
        EventFact coup = only("Carlos Ruiz, who led the coup against Peru, was sworn in on Friday.", "Attack");
        assertTrue(coup.time() == null, coup.toString());
    }

    @Test
    void aWillingnessToNegotiateIsNoNegotiationYet() {
        EventFact talks = only("Chile doubted Peru's willingness to negotiate with Bolivia.", "Meeting");
        assertEquals(Modality.PLANNED, talks.modality(), talks.toString());
    }

    @Test
    void anyAttackIsHypothetical() {
        EventFact attack = only("Spain warned that any attack on Portugal would be answered.", "Attack");
        assertEquals(Modality.HYPOTHETICAL, attack.modality(), attack.toString());
    }

    @Test
    void subjectAndObjectOfAVerbAreSourceAndTarget() {
        EventFact e = only("Russia condemned Japan on Monday over the fishing dispute.", "Criticism");
        assertEquals(List.of("state/RUS"), e.sources());
        assertEquals(List.of("state/JPN"), e.targets());
        assertEquals("2025-03-10", e.time().value());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aDateInsideAnotherEventsNounIsThatEventsNotTheVerbs() {
        String text = "Portugal had condemned the February 2 attacks by the rebels in a statement to parliament.";
        EventFact criticism = only(text, "Criticism");
        assertTrue(criticism.time() == null || !criticism.time().value().startsWith("2025-02"), criticism.toString());
    }

    @Test
    void aMonthNamingAMeetingAndAClauseOnTheMeetingDateIt() {
        EventFact july = only("The plan was drafted in March, but a July meeting between Portugal and Spain produced"
                + " no results.", "Meeting");
        assertEquals("2024-07", july.time().value(), july.toString());
        EventFact talks = only("The accord capped negotiations between Chile and Peru that began in 2021.", "Meeting");
        assertEquals("2021", talks.time().value(), talks.toString());
    }

    @Test
    void theAgreementIsNotDatedByTheMonthOfWhatItPlans() {
        String text = "Portugal and Spain agreed to hold a summit in October.";
        EventFact summit = only(text, "Summit");
        assertEquals("2025-10", summit.time().value(), summit.toString());
        assertEquals(Modality.PLANNED, summit.modality());
        for (EventFact e : events(text)) {
            if (e.kind().ontologyClass().equals("Agreement")) {
                assertTrue(e.time() == null || !e.time().value().endsWith("-10"), e.toString());
            }
        }
    }

    @Test
    void whatWasToHappenAtACancelledGatheringDidNotHappen() {
        String text = "A ceremony where Spain and Portugal planned to sign a fisheries treaty was cancelled on Monday.";
        assertEquals(Modality.NEGATED, only(text, "Agreement").modality());
        String later = "A ceremony set for Friday where Spain and Portugal planned to sign a fisheries treaty was cancelled.";
        EventFact called = only(later, "Agreement");
        assertEquals(Modality.NEGATED, called.modality());
        assertEquals("2025-03-07", called.time().value(), "the Friday before the article, as the cancellation is told");
    }

    @Test
    void aModalPerfectIsWhatMightHaveBeen() {
        assertEquals(Modality.HYPOTHETICAL, only("Spain would have condemned Morocco.", "Criticism").modality());
        assertEquals(Modality.PLANNED, only("Spain said it would condemn Morocco.", "Criticism").modality());
    }

    @Test
    void aCondemnedAttackHappenedWhenItsActorsOrDateAreNamed() {
        EventFact attack = only("Spain condemned the March 3 attacks by Morocco on Portugal.", "Attack");
        assertEquals(List.of("state/MAR"), attack.sources(), attack.toString());
        assertEquals(Modality.ASSERTED, attack.modality());
        EventFact criticism = only("Spain condemned the March 3 attacks by Morocco on Portugal.", "Criticism");
        assertEquals(List.of("state/MAR"), criticism.targets(), "who carried out the condemned attacks");
        assertEquals(List.of("state/MAR"), only("Spain denounced Moroccan strikes on Portugal.", "Criticism").targets());
        assertTrue(events("Spain condemned attacks on civilians.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Attack")));
    }

    @Test
    void aDocumentNounIsAnAgreementOnlyWhereItIsMade() {
        assertEquals(List.of("state/ESP", "state/PRT"),
                only("Spain and Portugal signed a fisheries treaty on Monday.", "Agreement").participants().stream()
                        .sorted().toList());
        only("The pact brokered by Spain and Portugal ended the dispute.", "Agreement");
        for (String text : List.of("Spain and Portugal discussed the fisheries treaty on Monday.",
                "Spain accused Portugal of violating the fisheries treaty.")) {
            assertTrue(events(text).stream().noneMatch(e -> e.kind().ontologyClass().equals("Agreement")),
                    text + " " + events(text));
        }
    }

    @Test
    void theAgentOfAPassiveActs() {
        EventFact e = only("Japan was sanctioned by the European Union last month.", "Sanction");
        assertEquals(List.of("org/european-union"), e.sources(), e.toString());
        assertEquals(List.of("state/JPN"), e.targets());
        assertEquals("2025-02", e.time().value());
    }

    @Test
    void aNounTriggerTakesTheSubjectOfTheVerbThatHoldsIt() {
        EventFact e = only("Brazil imposed sanctions on Venezuela.", "Sanction");
        assertEquals(List.of("state/BRA"), e.sources(), e.toString());
        assertEquals(List.of("state/VEN"), e.targets());
    }

    @Test
    void partnersOfATalkAndItsPlace() {
        EventFact e = only("Chile held talks with Peru in Lima.", "Meeting");
        assertTrue(e.participants().containsAll(List.of("state/CHL", "state/PER")), e.toString());
        assertEquals("place/lima", e.placeKey());
        assertEquals(0.7, e.evidence().confidence(), "two actors the parse links to the trigger");
    }

    @Test
    void aParadeHostedBySomeoneAndAttendedByOthers() {
        EventFact e = only("The leaders of Chile and Peru attended a military parade in Lima hosted by Brazil.", "ShowOfForce");
        assertTrue(e.participants().containsAll(List.of("state/CHL", "state/PER", "state/BRA")), e + "\n"
                + parses("The leaders of Chile and Peru attended a military parade in Lima hosted by Brazil."));
    }

    @Test
    void auxiliariesGovernorsAndNegationsGiveTheModality() {
        assertEquals(Modality.PLANNED, only("Chile will meet Peru in Lima.", "Meeting").modality());
        assertEquals(Modality.PLANNED, only("Chile plans to visit Peru.", "Visit").modality());
        assertEquals(Modality.NEGATED, only("Chile did not sign the agreement with Peru.", "Agreement").modality());
        assertEquals(Modality.HYPOTHETICAL, only("Chile could sanction Peru.", "Sanction").modality());
        assertEquals(Modality.NEGATED, only("Chile denied attacking Peru.", "Attack").modality());
    }

    @Test
    void anEventOnlyToBePreventedIsNone() {
        assertTrue(events("Chile urged everyone to prevent an attack.").stream()
                .noneMatch(e -> e.kind().family().equals("attack")), events("Chile urged everyone to prevent an attack.").toString());
    }

    @Test
    void militaryWordsMakeAidMilitaryAndAStrikeAnAttack() {
        assertEquals("072", only("Chile sent military aid to Peru.", "MilitaryAid").kind().cameo());
        assertTrue(events("Dockworkers in Chile began a strike over wages.").stream()
                .noneMatch(e -> e.kind().family().equals("attack")));
    }

    @Test
    void aDefiniteMeetingPointsBackToTheLeadAndSharesItsDate() {
        List<EventFact> es = events("Chile and Peru pledged on Monday to deepen ties. The meeting in Lima was cordial.");
        EventFact meeting = es.stream().filter(e -> e.kind().ontologyClass().equals("Meeting")).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertTrue(meeting.participants().containsAll(List.of("state/CHL", "state/PER")), meeting.toString());
        assertEquals("place/lima", meeting.placeKey());
        assertEquals("2025-03-10", meeting.time().value());
    }

    @Test
    void anIncidentWithoutActorsNeedsAPlace() {
        assertEquals(1, events("A bombing killed three people in Lima.").stream()
                .filter(e -> e.kind().family().equals("attack")).count());
        assertTrue(events("A bombing was reported.").isEmpty(), events("A bombing was reported.").toString());
    }

    @Test
    void anEarthquakeNamesWhereNotWho() {
        EventFact quake = only("A strong earthquake struck Chile on Sunday.", "Disaster");
        assertEquals(List.of(), quake.participants());
        assertEquals("state/CHL", quake.placeKey());
    }

    @Test
    void aBuildingThatModifiesTheEventIsWhereNotWho() {
        EventFact e = only("Donald Trump argued with Vladimir Putin during an Oval Office meeting on Friday.", "Meeting");
        assertTrue(e.participants().stream().noneMatch(k -> k.startsWith("org/")), e.toString());
        assertTrue(e.participants().contains("person/donald-trump"), e.toString());
    }

    @Test
    void anEventToldAsNewsWithoutADateTookPlaceOnTheDayTheArticleNamesMost() {
        List<EventFact> all = events("Chile and Peru held talks in Lima on Monday. The talks on Monday lasted six hours. "
                + "Argentina criticised Bolivia over the border.");
        EventFact criticism = all.stream().filter(e -> e.kind().ontologyClass().equals("Criticism")).findFirst()
                .orElseThrow(() -> new AssertionError(all));
        assertEquals("2025-03-10", criticism.time().value(), criticism.toString());
        assertTrue(criticism.time().inferred(), "no date is written next to the criticism");
    }

    @Test
    void anArticleThatNamesNoDayDatesItsNewsToItsOwnDate() {
        EventFact e = only("Argentina criticised Bolivia over the border.", "Criticism");
        assertEquals(TUESDAY.toString(), e.time().value());
        assertTrue(e.time().inferred());
    }

    @Test
    void backgroundInThePluperfectIsNotDated() {
        EventFact e = only("Argentina had criticised Bolivia over the border.", "Criticism");
        assertEquals(null, e.time(), e.toString());
    }

    @Test
    void aLeaderAndTheStateHeServesAreOneSideOfAnEvent() {
        List<EventFact> meetings = events("Chilean President Gabriel Boric met Peru's president in Lima on Monday. "
                + "Chile's talks with Peru were about fishing.").stream()
                .filter(e -> e.kind().family().equals("meeting")).toList();
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(2, meetings.get(0).triggers().size(), "both reports are kept as triggers of the one meeting");
        assertEquals("2025-03-10", meetings.get(0).time().value());
    }

    @Test
    void reportsOfOneFamilyOnDifferentDatesStayApart() {
        List<EventFact> meetings = events("Chile met Peru in Lima on Monday. Chile met Peru in Quito last month.")
                .stream().filter(e -> e.kind().family().equals("meeting")).toList();
        assertEquals(2, meetings.size(), meetings.toString());
    }

    @Test
    void aVowToUseForceIsAThreat() {
        EventFact e = only("Venezuela vowed to attack the ships of Guyana.", "Threat");
        assertEquals(List.of("state/VEN"), e.sources(), e.toString());
    }

    @Test
    void aThreatIsAimedAtWhomItsClauseActsOn() {
        EventFact e = only("Venezuela threatened to invade Guyana.", "Threat");
        assertEquals(List.of("state/VEN"), e.sources(), e.toString());
        assertEquals(List.of("state/GUY"), e.targets());
    }

    @Test
    void aWarningAboutWhatAnotherWillDoIsNotAimedAtTheThirdParty() {
        List<EventFact> threats = events("Venezuela warned that Brazil would attack Guyana.").stream()
                .filter(e -> e.kind().ontologyClass().equals("Threat")).toList();
        assertTrue(threats.stream().noneMatch(t -> t.targets().contains("state/GUY")), threats.toString());
    }

    @Test
    void theOneInvitedToVisitIsTheVisitorAndTheBuildingIsNoParty() {
        EventFact e = only("Brazil invited Chile to visit the Planalto Palace next month.", "Visit");
        assertEquals(List.of("state/CHL"), e.sources(), e.toString());
        assertTrue(e.participants().stream().noneMatch(k -> k.contains("palace")), e.toString());
        assertEquals(Modality.PLANNED, e.modality());
    }

    @Test
    void whatASinceClauseTellsIsBackgroundWithoutTheNewsDay() {
        List<EventFact> all = events("Chile's president is visiting Peru for the first time since Bolivia invaded Peru.");
        EventFact invasion = all.stream().filter(e -> e.kind().ontologyClass().equals("Attack")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(null, invasion.time(), invasion.toString());
        EventFact visit = all.stream().filter(e -> e.kind().family().equals("meeting")).findFirst().orElseThrow();
        assertEquals("2025-03-11", visit.time().value(), "the visit itself is today's news");
    }

    @Test
    void aPlanToSignIsPlannedAndNotDatedByTheConfirmation() {
        EventFact e = only("The ministry confirmed on Monday Spain's plans to sign a treaty with Morocco.", "Agreement");
        assertEquals(Modality.PLANNED, e.modality(), e.toString());
        assertEquals(null, e.time(), e.toString());
    }

    @Test
    void anEarlierAttackNamingNoOneIsNotTheNewStrike() {
        List<EventFact> attacks = events("Britain carried out strikes on rebel bases, weeks after the October 7 attack "
                + "on a port.").stream().filter(e -> e.kind().family().equals("attack")).toList();
        assertTrue(attacks.stream().noneMatch(e -> e.time() != null && e.time().value().equals("2024-10-07")),
                attacks.toString());
    }

    @Test
    void theRelativePronounStandsForTheOneElected() {
        EventFact e = only("Emmanuel Macron, who was elected president of France last month, is visiting Chile.",
                "Election");
        assertEquals(List.of("person/emmanuel-macron"), e.participants(), e.toString());
        assertEquals("2025-02", e.time().value());
    }

    @Test
    void runningForReElectionIsAnElectionToCome() {
        EventFact e = only("Mark Carney, who will be running for re-election in June, hosted Keir Starmer.", "Election");
        assertEquals(Modality.PLANNED, e.modality(), e.toString());
        List<EventFact> meetings = events("Mark Carney, who will be running for re-election in June, hosted Keir Starmer.")
                .stream().filter(m -> m.kind().family().equals("meeting")).toList();
        assertTrue(meetings.stream().noneMatch(m -> m.time() != null && m.time().expression().equals("June")),
                "the month is the election's: " + meetings);
    }

    @Test
    void disappointmentVoicedOverAnActsIsCriticismOfItsActor() {
        EventFact e = only("Chile's president voiced deep disappointment over Peru's choice to quit the pact.",
                "Criticism");
        assertEquals(List.of("state/CHL"), e.sources(), e.toString());
        assertEquals(List.of("state/PER"), e.targets());
    }

    @Test
    void whoCriticisesAVisitIsNoPartyToIt() {
        List<EventFact> visits = events("The Chilean leader lambasted Peru's visit to Bolivia.").stream()
                .filter(e -> e.kind().family().equals("meeting")).toList();
        assertEquals(1, visits.size(), visits.toString());
        assertTrue(!visits.get(0).participants().contains("state/CHL"), visits.toString());
    }

    @Test
    void theDayARunOfAttacksBeganDatesNoneOfThem() {
        List<EventFact> attacks = events("Yemen fired a missile at a tanker, its fifth attack on Oman since March 2.")
                .stream().filter(e -> e.kind().family().equals("attack")).toList();
        assertTrue(!attacks.isEmpty());
        assertTrue(attacks.stream().noneMatch(e -> e.time() != null && e.time().expression().contains("March")),
                attacks.toString());
    }

    @Test
    void fightingTheSidesPledgeToCeaseIsNoAttack() {
        List<EventFact> all = events("Chile and Peru pledged to cease all fighting along the river.");
        assertTrue(all.stream().noneMatch(e -> e.kind().family().equals("attack")), all.toString());
    }

    @Test
    void firingWeaponsAtAStateDismissesNobody() {
        List<EventFact> all = events("Peru fired two rockets at Chile on Sunday.");
        assertTrue(all.stream().noneMatch(e -> e.kind().ontologyClass().equals("Dismissal")), all.toString());
        only("Peru's president fired Defence Minister Jorge Salcedo on Sunday.", "Dismissal");
    }

    @Test
    void whatAnOrganOfABodyDoesTheBodyDoes() {
        EventFact named = only("The Mediation Council of the African Union condemned Chile on Monday.", "Criticism");
        assertTrue(named.sources().contains("org/african-union"), named.toString());
        EventFact prefixed = only("The African Union said its African Union Commission had condemned Peru.", "Criticism");
        assertTrue(prefixed.sources().contains("org/african-union"), prefixed.toString());
    }

    @Test
    void whatACondemningThatDidNotHappenCondemnsStillHappened() {
        EventFact attack = only("The motion would have condemned the March 3 attacks by Morocco.", "Attack");
        assertEquals(Modality.ASSERTED, attack.modality(), attack.toString());
        assertEquals(Modality.HYPOTHETICAL,
                only("The motion would have condemned the March 3 attacks by Morocco.", "Criticism").modality());
    }

    @Test
    void weaponsFiredAtAStateAreAnAttackOnIt() {
        EventFact attack = only("Peru fired two rockets at Chile on Sunday.", "Attack");
        assertEquals(List.of("state/PER"), attack.sources(), attack.toString());
        assertEquals(List.of("state/CHL"), attack.targets(), attack.toString());
        assertTrue(events("The general fired the army chief on Sunday.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Attack")));
    }

    @Test
    void aStrikeOnATownIsAnAttackThere() {
        EventFact attack = only("Peru struck Valparaiso on Sunday.", "Attack");
        assertEquals(List.of("state/PER"), attack.sources(), attack.toString());
        assertEquals("place/valparaiso", attack.placeKey(), attack.toString());
        assertTrue(events("Peru struck a deal on Sunday.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Attack")));
    }

    @Test
    void callingForSomethingAppealsForItAndDoesNotMakeIt() {
        List<EventFact> all = events("Chile called for a truce between Peru and Bolivia on Sunday.");
        EventFact appeal = only("Chile called for a truce between Peru and Bolivia on Sunday.", "Appeal");
        assertEquals(List.of("state/CHL"), appeal.sources(), all.toString());
        EventFact truce = only("Chile called for a truce between Peru and Bolivia on Sunday.", "Agreement");
        assertEquals(Modality.PLANNED, truce.modality(), all.toString());
        assertEquals(List.of("state/BOL", "state/CHL"), only("Bolivia called on Chile to end the blockade.", "Appeal")
                .participants().stream().sorted().toList());
    }

    @Test
    void aPlaceInsideAnotherEventsPhraseIsThatEventsPlace() {
        List<EventFact> all = events("Peru's attack came in retaliation for a Chilean raid on a depot in Arequipa.");
        EventFact peru = all.stream().filter(e -> e.sources().contains("state/PER")).findFirst().orElseThrow();
        assertNotEquals("place/arequipa", peru.placeKey(), all.toString());
    }

    @Test
    void whoDescribesAnEventTakesNoPartInIt() {
        List<EventFact> all = events("Peru attacked Chile on Sunday. The Bolivian president described the attack as "
                + "reckless.");
        assertTrue(all.stream().noneMatch(e -> e.participants().contains("state/BOL")), all.toString());
    }

    @Test
    void theEventAnAttackAnswersStaysItsOwnAcrossTheArticle() {
        List<EventFact> all = events("Peru struck Chile on Sunday in retaliation for a Chilean raid on Peru. "
                + "Peru's strikes on Chile continued.");
        List<EventFact> attacks = all.stream().filter(e -> e.kind().ontologyClass().equals("Attack")).toList();
        assertEquals(2, attacks.size(), all.toString());
    }

    @Test
    void aByPhraseAfterAnActiveVerbsObjectNamesWhoDidTheObject() {
        String text = "It would have firmly condemned the May 4 “cowardly attacks” by Morocco and demanded the release "
                + "of the sailors.";
        EventFact attack = only(text, "Attack");
        assertEquals(List.of("state/MAR"), attack.sources(), events(text) + "\n" + parses(text));
        assertEquals(Modality.ASSERTED, attack.modality());
        EventFact criticism = only(text, "Criticism");
        assertTrue(criticism.sources().isEmpty(), criticism.toString());
    }

    @Test
    void theBlocIsTheBodyNamedBefore() {
        String text = "Leaders of the African Union met in Accra on Sunday. The bloc imposed sanctions on Chile.";
        EventFact sanction = only(text, "Sanction");
        assertEquals(List.of("org/african-union"), sanction.sources(), sanction.toString());
        assertEquals(List.of("state/CHL"), sanction.targets(), sanction.toString());
        assertTrue(events("A bloc of voters imposed limits on Chile.").stream()
                .noneMatch(e -> e.participants().contains("org/african-union")));
    }

    @Test
    void leavingWithoutSigningIsASigningThatDidNotHappen() {
        EventFact deal = only("The Chilean president left Lima on Friday without signing the trade accord with Peru.",
                "Agreement");
        assertEquals(Modality.NEGATED, deal.modality(), deal.toString());
        assertTrue(deal.participants().contains("state/PER"), deal.toString());
    }

    @Test
    void shootingDownADroneIsNoAssault() {
        assertTrue(events("Chilean jets shot down three Peruvian drones on Friday.").stream()
                .noneMatch(e -> e.kind().family().equals("assault")));
    }

    @Test
    void anIndefiniteEventSaidToBeSomethingIsAKindNotAnEvent() {
        assertTrue(events("Under the pact, an attack on Peru is an attack on Chile.").stream()
                .noneMatch(e -> e.kind().ontologyClass().equals("Attack")));
        only("The attack on Peru was an act of war by Chile.", "Attack");
    }
}
