package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.ModelMergePolicy.Decision;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.Token;
import org.junit.jupiter.api.Test;

class ModelMergePolicyTest {

    private static List<Token> sentence(String... words) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            ts.add(new Token(words[i], at, at + words[i].length(), "NNP", i, "PROPN"));
            at += words[i].length() + 1;
        }
        return ts;
    }

    private static Decision decide(String type, String... words) {
        List<Token> ts = sentence(words);
        return decide(new NameModel.Found(0, ts.size(), type, 0.9), ts, new boolean[ts.size()], null);
    }

    /** Decides with the given tokens claimed, all by mentions of {@code claimType} lying wholly inside the span. */
    private static Decision decide(NameModel.Found found, List<Token> ts, boolean[] claimed, MentionType claimType) {
        MentionType[] types = new MentionType[ts.size()];
        boolean[] inside = new boolean[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            types[i] = claimed[i] ? claimType : null;
            inside[i] = claimed[i];
        }
        return ModelMergePolicy.decide(found, ts, claimed, types, inside);
    }

    @Test
    void acceptsOrdinaryNames() {
        assertEquals(Decision.ACCEPT, decide("PER", "Frank", "\"Greg\"", "Ford"));
        assertEquals(Decision.ACCEPT, decide("PER", "Abu", "Musab", "al-Zarqawi"));
        assertEquals(Decision.ACCEPT, decide("LOC", "New", "Caledonia"));
    }

    @Test
    void rejectsFragmentsAndNonNames() {
        assertEquals(Decision.NOT_A_NAME, decide("PER", "Dw.*"));
        assertEquals(Decision.NOT_A_NAME, decide("LOC", "Pro-"));
        assertEquals(Decision.NOT_A_NAME, decide("LOC", "New"));
        assertEquals(Decision.NOT_A_NAME, decide("ORG", "United"));
        assertEquals(Decision.NOT_A_NAME, decide("ORG", "Electoral", "Finance", "Act"));
        assertEquals(Decision.NOT_A_NAME, decide("ORG", "African"));
        assertEquals(Decision.ACCEPT, decide("ORG", "African", "Development", "Bank"));
        assertEquals(Decision.NOT_A_NAME, decide("PER", "Southern", "European"));
        assertEquals(Decision.ACCEPT, decide("PER", "Tomas", "European"));
        assertEquals(Decision.NOT_A_NAME, decide("ORG", "A330-300E"));
        assertEquals(Decision.NOT_A_NAME, decide("ORG", "Paris", "Air", "Show"));
    }

    @Test
    void aPlaceTakesInTheFeatureWordTheModelLeftOut() {
        List<Token> ts = sentence("ships", "in", "the", "Amber", "Sea", "and", "Jonas", "Park");
        assertEquals(5, ModelMergePolicy.placeEnd(new NameModel.Found(3, 4, "LOC", 0.9), ts, new boolean[8]));
        boolean[] seaClaimed = new boolean[8];
        seaClaimed[4] = true;
        assertEquals(4, ModelMergePolicy.placeEnd(new NameModel.Found(3, 4, "LOC", 0.9), ts, seaClaimed));
        assertEquals(7, ModelMergePolicy.placeEnd(new NameModel.Found(6, 7, "PER", 0.9), ts, new boolean[8]),
                "a person's name is left as the model ended it");
    }

    @Test
    void anOrganisationsHeadWordAloneBeforeOfIsALongerNameCutShort() {
        List<Token> ts = sentence("the", "Office", "of", "the", "Trade", "Council");
        assertEquals(Decision.NOT_A_NAME, decide(new NameModel.Found(1, 2, "ORG", 0.9), ts, new boolean[6], null));
        assertEquals(Decision.NOT_A_NAME, decide(new NameModel.Found(1, 3, "ORG", 0.9), ts, new boolean[6], null));
        assertEquals(Decision.ACCEPT, decide(new NameModel.Found(1, 6, "ORG", 0.9), ts, new boolean[6], null));
        assertEquals(Decision.ACCEPT, decide(new NameModel.Found(4, 6, "ORG", 0.9), ts, new boolean[6], null));
        List<Token> alone = sentence("the", "Commission", "said");
        assertEquals(Decision.ACCEPT, decide(new NameModel.Found(1, 2, "ORG", 0.9), alone, new boolean[3], null),
                "a head alone may still stand for a body the article named");
    }

    @Test
    void claimedAndUnsureSpansGiveWay() {
        List<Token> ts = sentence("Kim", "Jong", "Un");
        boolean[] claimed = {false, true, false};
        assertEquals(Decision.OVERLAPS_CLAIM,
                decide(new NameModel.Found(0, 3, "PER", 0.9), ts, claimed, MentionType.PERSON));
        assertEquals(Decision.LOW_CONFIDENCE, decide(new NameModel.Found(0, 3, "PER", 0.2), ts, new boolean[3], null));
    }

    @Test
    void aLongerNameBeginningWithAPlaceReplacesThePlace() {
        List<Token> ts = sentence("Singapore", "Airlines");
        boolean[] state = {true, false};
        assertEquals(Decision.REPLACES_PLACES, decide(new NameModel.Found(0, 2, "ORG", 0.9), ts, state, MentionType.STATE));
        // a person's name, or an organisation the registry found, is not taken apart
        assertEquals(Decision.OVERLAPS_CLAIM, decide(new NameModel.Found(0, 2, "PER", 0.9), ts, state, MentionType.STATE));
        assertEquals(Decision.OVERLAPS_CLAIM,
                decide(new NameModel.Found(0, 2, "ORG", 0.9), ts, state, MentionType.ORGANIZATION));
        // an office is no body
        assertEquals(Decision.OVERLAPS_CLAIM, decide(new NameModel.Found(0, 3, "ORG", 0.9),
                sentence("U.S.", "Secretary", "Kerry"), new boolean[] {true, false, false}, MentionType.STATE));
        // nothing but the place and a word every sentence may begin with: no longer name
        List<Token> theState = sentence("The", "Singapore");
        assertEquals(Decision.OVERLAPS_CLAIM, decide(new NameModel.Found(0, 2, "ORG", 0.9), theState,
                new boolean[] {false, true}, MentionType.STATE));
    }

    @Test
    void aPersonEndingInAVenueOrABodyWordIsNoPerson() {
        assertEquals(MentionType.PLACE, ModelMergePolicy.typeOf("PER", "Gym"));
        assertEquals(MentionType.ORGANIZATION, ModelMergePolicy.typeOf("PER", "University"));
        assertEquals(MentionType.PERSON, ModelMergePolicy.typeOf("PER", "Park"), "Park is a surname too");
        assertEquals(MentionType.PLACE, ModelMergePolicy.typeOf("ORG", "Hotel"));
    }
}
