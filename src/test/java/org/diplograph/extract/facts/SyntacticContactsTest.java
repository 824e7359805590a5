package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contact component alone, on invented sentences. */
class SyntacticContactsTest {
    private static final SyntacticContacts CONTACTS = new SyntacticContacts();

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    /** The contacts as "first -> second (mutual)" by the words naming each party. */
    private static List<String> contacts(String text) {
        FactDocument d = doc(text);
        return CONTACTS.extract(d).stream()
                .map(c -> text.substring(c.first().start(), c.first().end()) + " -> "
                        + text.substring(c.second().start(), c.second().end()) + (c.mutual() ? " (mutual)" : ""))
                .toList();
    }

    private static void has(String text, String contact) {
        List<String> found = contacts(text);
        FactDocument d = doc(text);
        assertTrue(found.contains(contact), found + "\n" + d.sentences().stream()
                .map(s -> d.parse(s).map(Object::toString).orElse("")).collect(Collectors.joining("\n")));
    }

    private static void none(String text) {
        List<String> found = contacts(text);
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aSpeakingVerbJoinsItsSubjectToEachAddressee() {
        String text = "I spoke today to the Peruvian ambassador and to senior Chilean officials.";
        has(text, "I -> the Peruvian ambassador (mutual)");
        has(text, "I -> senior Chilean officials (mutual)");
    }

    @Test
    void aRequestIsOneWay() {
        has("The council urged all armed groups to lay down their weapons.", "The council -> all armed groups");
        has("The envoy proposed a new ceasefire plan to the rebel commanders.", "The envoy -> the rebel commanders");
    }

    @Test
    void talksHeldWithSomeoneAreTheSubjectsContact() {
        has("She held a second round of talks with the trade ministers of Ghana and Togo.",
                "She -> the trade ministers (mutual)");
    }

    @Test
    void aParticipleTakesTheSubjectOfItsClauseEvenAPassiveOne() {
        has("While meeting with his advisers, he was arrested by the police.", "he -> his advisers (mutual)");
    }

    @Test
    void aPronounStandsForThePersonTheSentenceNamedBeforeIt() {
        has("Daniel Moreau flew to Oslo, where he met with regional officials.",
                "Daniel Moreau -> regional officials (mutual)");
    }

    @Test
    void partiesThatMetTogetherOrTalksBetweenThemAreJoined() {
        has("Daniel Moreau and the Kenyan envoy met in Accra on Monday.", "Daniel Moreau -> the Kenyan envoy (mutual)");
        has("Norway hosted talks between the rebel commanders and the army chiefs.",
                "the rebel commanders -> the army chiefs (mutual)");
    }

    @Test
    void noContactWithoutTwoPartiesOrWhenNegated() {
        none("The minister spoke with reporters about the budget.");
        none("Daniel Moreau did not meet the Chilean delegation.");
    }

    /** "at the invitation of X", "took orders from X": the clause's subject with the one who asked or ordered. */
    @Test
    void anInvitationOrOrdersJoinTheClausesSubjectToWhoGaveThem() {
        has("At the invitation of the Peruvian government, Kenya sent a delegation to Lima.",
                "Kenya -> the Peruvian government");
        has("After the crisis, the commander took orders from his superior, Emmanuel Macron, by letter.",
                "the commander -> Emmanuel Macron");
    }

    /** "discussed X with Y" where the parser hangs "with Y" on the object. */
    @Test
    void discussingSomethingWithSomeoneIsAContact() {
        has("The minister discussed the border dispute with Peruvian officials.",
                "The minister -> Peruvian officials (mutual)");
    }

    /** A body that meets with no one else named meets among itself. */
    @Test
    void aBodyThatMeetsAloneMeetsAmongItself() {
        has("The Security Council met on Tuesday.", "The Security Council -> The Security Council (mutual)");
        none("The president met on Tuesday.");
    }

    /** A name with a title the name finder may miss still names a party. */
    @Test
    void aTitledNameIsAParty() {
        has("Under-Secretary Zorbakin Quelldrift will host the visiting delegates.",
                "Secretary Zorbakin Quelldrift -> the visiting delegates");
    }
    /** Naming someone to a post or signing with a party: the two dealt with each other. */
    @Test
    void appointingAndSigningWithAreContacts() {
        has("The defence minister appointed General Ana Ruiz the new army chief.",
                "The defence minister -> General Ana Ruiz");
        has("Peru signed a trade deal with Chile.", "Peru -> Chile (mutual)");
    }

    /** Working with someone is one party's dealing with the other; each of a chained list of three is a party. */
    @Test
    void workingWithEachOfAListIsAContact() {
        String text = "Kenya worked with Ghana, Togo, Benin and our partners in the region.";
        has(text, "Kenya -> Ghana");
        has(text, "Kenya -> Togo");
        has(text, "Kenya -> Benin");
        has(text, "Kenya -> our partners");
    }

    /** A gerund after a preposition is done by the subject of the word it hangs on ("committed to working with"); being
     * in touch with someone is a contact. */
    @Test
    void aGerundAfterAPrepositionTakesTheClausesSubject() {
        has("Norway is committed to working with the Chilean delegation.", "Norway -> the Chilean delegation");
        has("Norway stayed in close touch with the Peruvian delegation.", "Norway -> the Peruvian delegation (mutual)");
    }

    /** When the verb the preposition hangs on has an object, that object does the gerund, not the subject. */
    @Test
    void aGerundAfterAVerbsObjectIsNotTheSubjects() {
        List<String> found = contacts("Kenya thanked Ghana for meeting the Togolese envoy.");
        assertTrue(found.stream().noneMatch(c -> c.startsWith("Kenya -> the Togolese")), found.toString());
    }
}
