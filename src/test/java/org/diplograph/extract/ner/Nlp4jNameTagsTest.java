package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nlp4jNameTagsTest {

    private static List<String> features(String[] words, int index) {
        return features(words, index, false);
    }

    private static List<String> features(String[] words, int index, boolean clusters) {
        List<String> features = new ArrayList<>();
        new Nlp4jNameTags(clusters).createFeatures(features, words, index, new String[index]);
        return features;
    }

    @Test
    void withClustersTwoCarMakersShareTheirClusterPaths() {
        String[] words = {"Volkswagen", "and", "Peugeot", "sold", "more", "cars", "than", "Zorblatt", "."};
        List<String> first = features(words, 0, true).stream().filter(f -> f.startsWith("bc0=")).toList();
        List<String> second = features(words, 2, true).stream().filter(f -> f.startsWith("bc0=")).toList();
        assertTrue(!first.isEmpty(), first.toString());
        assertTrue(first.stream().filter(f -> f.length() >= "bc0=".length() + 10).anyMatch(second::contains),
                first + " " + second);
        assertTrue(features(words, 7, true).stream().noneMatch(f -> f.startsWith("bc0=")));
        assertTrue(features(words, 7, true).stream().anyMatch(f -> f.startsWith("bc-1=")));
        assertTrue(features(words, 0, false).stream().noneMatch(f -> f.startsWith("bc")));
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
