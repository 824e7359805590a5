package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nlp4jNameTagsTest {

    private static List<String> features(String[] words, int index) {
        List<String> features = new ArrayList<>();
        new Nlp4jNameTags().createFeatures(features, words, index, new String[index]);
        return features;
    }

    @Test
    void aTokenSeesItsOwnLabelItsTypeAndItsNeighboursLabels() {
        String[] words = {"Talks", "between", "Tomas", "Varga", "and", "Freedonian", "envoys", "ended", "in",
                "Vienna", "."};
        List<String> onSurname = features(words, 3);
        assertTrue(onSurname.contains("nx=L-PERSON"), onSurname.toString());
        assertTrue(onSurname.contains("nxt=PERSON"), onSurname.toString());
        assertTrue(onSurname.contains("nxp=B-PERSON"), onSurname.toString());
        assertTrue(onSurname.contains("nxn=O"), onSurname.toString());
        assertTrue(onSurname.contains("nxw=L-PERSON,varga"), onSurname.toString());
        List<String> onFirstWord = features(words, 0);
        assertTrue(onFirstWord.contains("nxp=BOS"), onFirstWord.toString());
        List<String> onLastWord = features(words, words.length - 1);
        assertTrue(onLastWord.contains("nxn=EOS"), onLastWord.toString());
    }
}
