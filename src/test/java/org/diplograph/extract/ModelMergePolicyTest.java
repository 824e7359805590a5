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
            ts.add(new Token(words[i], at, at + words[i].length(), "NNP", i));
            at += words[i].length() + 1;
        }
        return ts;
    }

    private static Decision decide(String type, String... words) {
        List<Token> ts = sentence(words);
        return ModelMergePolicy.decide(new NameModel.Found(0, ts.size(), type, 0.9), ts, new boolean[ts.size()]);
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
    }

    @Test
    void claimedAndUnsureSpansGiveWay() {
        List<Token> ts = sentence("Kim", "Jong", "Un");
        boolean[] claimed = {false, true, false};
        assertEquals(Decision.OVERLAPS_CLAIM, ModelMergePolicy.decide(new NameModel.Found(0, 3, "PER", 0.9), ts, claimed));
        assertEquals(Decision.LOW_CONFIDENCE,
                ModelMergePolicy.decide(new NameModel.Found(0, 3, "PER", 0.2), ts, new boolean[3]));
    }
}
