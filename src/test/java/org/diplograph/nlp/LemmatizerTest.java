package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LemmatizerTest {

    private static final Lemmatizer LEMMATIZER = new Lemmatizer();

    @Test
    void verbsComeBackToTheirLemma() {
        assertEquals("say", LEMMATIZER.lemma(new Token("said", 0, 4, "VB", 0, "VERB")));
        assertEquals("meet", LEMMATIZER.lemma(new Token("met", 0, 3, "VB", 0, "VERB")));
        assertEquals("warn", LEMMATIZER.lemma(new Token("warns", 0, 5, "VB", 0, "VERB")));
    }

    @Test
    void nounsLoseTheirPlural() {
        assertEquals("minister", LEMMATIZER.lemma(new Token("ministers", 0, 9, "NN", 0, "NOUN")));
    }

    @Test
    void repeatedPairsAreAnsweredFromTheCache() {
        Token told = new Token("told", 0, 4, "VB", 0, "VERB");
        assertEquals(LEMMATIZER.lemma(told), LEMMATIZER.lemma(told));
    }

    @Test
    void pennTagsMapToUniversalTags() {
        assertEquals("PROPN", Lemmatizer.udTag("NNP"));
        assertEquals("VERB", Lemmatizer.udTag("VB"));
        assertEquals("AUX", Lemmatizer.udTag("MD"));
        assertEquals("X", Lemmatizer.udTag("."));
    }
}
