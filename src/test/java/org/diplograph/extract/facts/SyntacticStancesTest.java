package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stance component alone, on invented sentences. */
class SyntacticStancesTest {
    private static final SyntacticStances STANCES = new SyntacticStances(ConceptLexicon.bundled());
    private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    private static void has(String text, String holder, StanceFact.Polarity polarity, String target) {
        FactDocument d = doc(text);
        List<StanceFact> found = STANCES.extract(d);
        assertTrue(found.stream().anyMatch(s -> s.holderKey().equals(holder) && s.polarity() == polarity
                && s.targetKey().equals(target)), found + "\n" + parses(d));
    }

    private static void none(String text, String target) {
        FactDocument d = doc(text);
        List<StanceFact> found = STANCES.extract(d);
        assertTrue(found.stream().noneMatch(s -> s.targetKey().equals(target)), found + "\n" + parses(d));
    }

    private static String parses(FactDocument d) {
        return d.sentences().stream().map(s -> d.parse(s).map(Object::toString).orElse("(no parse)"))
                .collect(Collectors.joining("\n"));
    }

    private static final StanceFact.Polarity SUPPORTS = StanceFact.Polarity.SUPPORTS;
    private static final StanceFact.Polarity OPPOSES = StanceFact.Polarity.OPPOSES;

    /** Some stance the test picks has its holder spanned at these words of the text. */
    private static void holderSpannedAt(String text, String words, java.util.function.Predicate<StanceFact> which) {
        List<StanceFact> found = STANCES.extract(doc(text));
        assertTrue(found.stream().anyMatch(s -> which.test(s) && s.holderSpan() != null
                && text.substring(s.holderSpan().start(), s.holderSpan().end()).equals(words)), found.toString());
    }

    @Test
    void subjectAndObjectOfAVerbCue() {
        has("Brazil condemned Norway on Monday.", "state/BRA", OPPOSES, "state/NOR");
        has("Kenya welcomed Peru at the forum.", "state/KEN", SUPPORTS, "state/PER");
    }

    /** A label's words of judgement say the position, whatever the verb: "called X a partner", "branded X a threat". */
    @Test
    void aLabelGivenToAnActorStatesThePositionItsWordsJudge() {
        has("Kenya called Peru a reliable partner on Monday.", "state/KEN", SUPPORTS, "state/PER");
        has("Brazil branded Norway a threat to the region.", "state/BRA", OPPOSES, "state/NOR");
        none("Kenya called Peru a neighbour on Monday.", "state/PER");
    }

    /** A body of a state addressing that state's people states no position towards the state. */
    @Test
    void aStatesOwnBodyHoldsNoStanceTowardsIt() {
        String warning = "Kenya's Foreign Affairs Department warned Kenyans to avoid travel to Peru.";
        none(warning, "state/KEN");
        List<StanceFact> condemned = STANCES.extract(doc("Kenya's Foreign Affairs Department condemned Peru on Monday."));
        assertTrue(condemned.stream().anyMatch(f -> f.targetKey().equals("state/PER") && f.polarity() == OPPOSES),
                condemned.toString());
    }

    /** A statement's own "we" holds its stances, spanned at the pronoun, as a voice the text does not name. */
    @Test
    void anUnquotedWeIsTheStatementsUnnamedVoice() {
        has("We strongly condemn Norway for the raid on the border.", StanceFact.FIRST_PERSON, OPPOSES, "state/NOR");
    }

    /** "the Alliance to Oppose X" names a body; joining it states no position of its own words. */
    @Test
    void aCueInsideATitleIsNoStance() {
        none("Kenya joined the Alliance to Oppose Norway on Monday.", "state/NOR");
    }

    /**
     * A stance preposition hung on a proper name ("the Farmers' Union against X") reads no holder, and reading it
     * must not fail the whole component (it once threw on the name's missing part of speech).
     */
    @Test
    void aCuePrepositionInsideANameHasNoHolder() {
        assertTrue(STANCES.extract(doc("\"Trade is a trap,\" said Lars Holm, who chairs the Farmers' Action against NATO."))
                .isEmpty());
    }

    @Test
    void negationTurnsThePolarity() {
        has("Chile did not support Austria in the vote.", "state/CHL", OPPOSES, "state/AUT");
    }

    @Test
    void attributionGivesTheStanceToTheReportedSubject() {
        has("Greece said Portugal opposes Finland.", "state/PRT", OPPOSES, "state/FIN");
        none("Greece said Portugal opposes Finland.", "state/GRC");
    }

    @Test
    void theMembersNamedInAGroupHold() {
        has("Several governments including Norway and Chile have denounced the Peruvian blockade.", "state/CHL",
                OPPOSES, "state/PER");
    }

    @Test
    void theyAfterNamedLeadersIsThem() {
        has("Kenya and Ghana met in Accra on Monday. They reaffirmed their support for Togo.", "state/GHA", SUPPORTS,
                "state/TGO");
    }

    @Test
    void passiveAgentHolds() {
        has("Finland was praised by Sweden for its restraint.", "state/SWE", SUPPORTS, "state/FIN");
    }

    @Test
    void nominalForms() {
        has("Egypt voiced support for Jordan on Sunday.", "state/EGY", SUPPORTS, "state/JOR");
        has("Mexico's condemnation of Canada was swift.", "state/MEX", OPPOSES, "state/CAN");
        has("Spain drew sharp criticism from Morocco.", "state/MAR", OPPOSES, "state/ESP");
    }

    @Test
    void theActorsOfAnEventPhraseAreTheTarget() {
        has("Vietnam criticised Thailand's talks with Laos.", "state/VNM", OPPOSES, "state/THA");
    }

    @Test
    void conceptsAndNamedPoliciesAreTargets() {
        has("Bolivia rejected hegemonism in all its forms.", "state/BOL", OPPOSES, "concept/hegemonism");
        has("Chile and Peru said they resist power politics of every kind.", "state/CHL", OPPOSES,
                "concept/power-politics");
        has("Ecuador backed the Coastal Fisheries Agreement.", "state/ECU", SUPPORTS,
                "concept/coastal-fisheries-agreement");
    }

    @Test
    void firstPersonInReportedSpeechIsTheSpeaker() {
        has("\"We oppose Iceland,\" said Hungary.", "state/HUN", OPPOSES, "state/ISL");
    }

    @Test
    void welcomingSomeoneToAPlaceIsHostingNotAStance() {
        none("Brazil welcomed the Norwegian delegation to Brasilia on Monday.", "state/NOR");
        none("Giorgia Meloni welcomed Emmanuel Macron to Palazzo Chigi this morning.", "person/emmanuel-macron");
        has("Norway welcomed Sweden to the alliance on Monday.", "state/NOR", SUPPORTS, "state/SWE");
    }

    @Test
    void anObjectPronounIsNotTheSubjectItself() {
        has("Emmanuel Macron spoke after Giorgia Meloni. Meloni then praised him at length.", "person/giorgia-meloni",
                SUPPORTS, "person/emmanuel-macron");
    }

    @Test
    void standingWithAndCommitmentToAreSupport() {
        has("Iceland stands with the people of Chile.", "state/ISL", SUPPORTS, "state/CHL");
        has("Denmark reaffirmed its firm commitment to Estonia.", "state/DNK", SUPPORTS, "state/EST");
    }

    @Test
    void anActOfAdoptingIsAboutWhatIsAdoptedAndAnAppositiveNamesTheHolder() {
        has("The Danish foreign minister, Lars Lokke Rasmussen, praised the imposition of sanctions on Sudan's army.",
                "person/lars-lokke-rasmussen", SUPPORTS, "concept/sanctions");
    }

    @Test
    void commitmentToAnActorsSecurityIsSupportForIt() {
        has("Peru and Chile met in Lima. They reiterated their firm commitment to Bolivia's security and to a truce.",
                "state/CHL", SUPPORTS, "state/BOL");
    }

    @Test
    void inSupportOfNamesTheTarget() {
        has("Norway remains steadfast in support of Chile's elected government.", "state/NOR", SUPPORTS, "state/CHL");
    }

    @Test
    void aPronounHolderIsSpannedAtThePronoun() {
        holderSpannedAt("Emmanuel Macron arrived in Rome on Monday. He praised Chile warmly.", "He",
                s -> s.holderKey().equals("person/emmanuel-macron"));
    }

    @Test
    void aSubjectTheParserHungOnAFrontedPhraseStillHolds() {
        has("Looking ahead to next month's Arctic Forum, the Chancellor and President Macron agreed on the need to"
                + " keep our backing for Chile.", "person/emmanuel-macron", SUPPORTS, "state/CHL");
    }

    /** A feeling told of its holder: who feels holds the position, towards what caused it, not the other way. */
    @Test
    void whoIsEncouragedOrDismayedByItHoldsThePosition() {
        has("The Kenyan government is encouraged by President William Ruto's choice of a new cabinet.",
                "state/KEN", SUPPORTS, "person/william-ruto");
        has("Brazil said it was disappointed with Norway over the fishing quota.", "state/BRA", OPPOSES, "state/NOR");
        none("Brazil said it was disappointed with Norway over the fishing quota.", "state/BRA");
    }

    /** An issue named by a common noun is minted as a concept; a lone vague or pointing noun is none. */
    @Test
    void issuesNamedByCommonNounsAreConcepts() {
        has("Uruguay opposes deep-sea mining.", "state/URY", OPPOSES, "concept/deep-sea-mining");
        has("Kenya strongly supports the abolition of export quotas.", "state/KEN", SUPPORTS,
                "concept/abolition-of-export-quotas");
        none("Ghana supports its role.", "concept/role");
        none("Ghana condemned any act.", "concept/act");
    }

    /** "the bill" is the bill the article described before; without one it is no target. */
    @Test
    void aLoneDefiniteNounIsTheFullerPhraseBeforeIt() {
        has("The assembly debated a coastal fisheries bill on Monday. Peru rejected the bill on Tuesday.",
                "state/PER", OPPOSES, "concept/coastal-fisheries-bill");
        List<StanceFact> alone = STANCES.extract(doc("Peru rejected the bill on Tuesday."));
        assertTrue(alone.stream().noneMatch(s -> s.targetKey().startsWith("concept/")), alone.toString());
    }

    /**
     * ... and when that phrase named actors (before its noun, or after it by the grammar of its own sentence), the
     * noun stands for them, as the whole phrase would in its place.
     */
    @Test
    void aLoneDefiniteNounWhosePhraseNamedActorsIsThoseActors() {
        has("Brazilian strikes hit two villages on Sunday. Canada condemned the strikes on Monday.",
                "state/CAN", OPPOSES, "state/BRA");
        has("Brazil's raids killed ten people on Sunday. Canada condemned the raids on Monday.",
                "state/CAN", OPPOSES, "state/BRA");
        has("A meeting between Brazil and Norway ended without a deal on Monday. Kenya criticised the meeting.",
                "state/KEN", OPPOSES, "state/NOR");
        // a name the words made ("the Lakeside Accords") is the thing, even when one of its words reads as a person
        has("Brazil signed the Lakeside Accords in May. Canada rejected the accords.", "state/CAN", OPPOSES,
                "concept/lakeside-accords");
    }

    /**
     * A "by" phrase the parser hangs on a verb that has a subject of its own belongs to the object: the one who did
     * what is condemned holds no position on it.
     */
    @Test
    void theAgentOfTheObjectIsNoHolderOfAnActiveVerb() {
        List<StanceFact> found = STANCES.extract(doc(
                "A draft would have firmly condemned the March raids by the Tamil Front."));
        assertTrue(found.stream().noneMatch(s -> s.holderKey().contains("tamil")), found.toString());
        has("The March raids were condemned by Canada.", "state/CAN", OPPOSES, "concept/march-raids");
    }

    /** A verb's phrases of means, place and time name no target; nor does a clause that tells news of its own. */
    @Test
    void meansPlaceAndReportedNewsAreNoTargets() {
        String means = "Germany will support a training programme by a team of Peruvian engineers at the NATO summit.";
        none(means, "state/PER");
        none(means, "org/north-atlantic-treaty-organization");
        none("I welcome the news that Kenyan troops drove the militants out of the town.", "state/KEN");
    }

    /** A noun modifying the target's head is read for its owner ("Chile's government institutions"). */
    @Test
    void theOwnerOfANounModifierIsTheTarget() {
        has("Norway backs Chile's government agencies.", "state/NOR", SUPPORTS, "state/CHL");
        has("Kenya criticised the talks between Brazil and Norway.", "state/KEN", OPPOSES, "state/NOR");
    }

    /** A pronoun holder whose name the same sentence gave before is spanned at that name. */
    @Test
    void aPronounHolderNamedEarlierInTheSentenceIsSpannedAtTheName() {
        holderSpannedAt("Daniel Moreau will fly to Lima on Monday, where he will condemn Norway.", "Daniel Moreau",
                s -> s.targetKey().equals("state/NOR"));
    }
    /**
     * A position towards a phrase an actor owns or qualifies ("the government of X", "the X-ian people") is one towards
     * the actor: the cue model sees the actor below its object, and a listed frame ("stand with") accepts it there.
     */
    @Test
    void anActorsGovernmentOrPeopleIsTheActor() {
        has("Norway renewed its promise to support the government of Chile.", "state/NOR", SUPPORTS, "state/CHL");
        has("Norway stands with the Chilean people.", "state/NOR", SUPPORTS, "state/CHL");
    }
    /** A phrase with a name in apposition stands for that name: the position is towards it, not the possessor. */
    @Test
    void aNameInAppositionToTheTargetIsTheTarget() {
        has("Kenya rejected Peru's first choice, Ghana.", "state/KEN", OPPOSES, "state/GHA");
        none("Kenya rejected Peru's first choice, Ghana.", "state/PER");
    }
}
