package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TruecaserTest {

    private final Truecaser truecaser = new Truecaser(Map.of(
            "talks", "talks", "resume", "resume", "in", "in", "new", "new", "new harbour", "New Harbour",
            "nato", "NATO", "mcallister", "McAllister", "anti", "anti"));

    private static String[] words(String s) {
        return s.split(" ");
    }

    @Test
    void aSentenceWithASmallLetterIsReadAsWritten() {
        String[] words = words("Talks resume in Corvale .");
        assertFalse(Truecaser.shouting(words));
        assertSame(words, truecaser.forms(words));
    }

    @Test
    void shoutedWordsTakeTheirUsualFormAndUnknownLongWordsAreNames() {
        assertArrayEquals(words("talks resume in Corvale ."), truecaser.forms(words("TALKS RESUME IN CORVALE .")));
    }

    @Test
    void aPairThatOpensANameWithACommonWordKeepsBothCapitals() {
        assertArrayEquals(words("new talks in New Harbour"), truecaser.forms(words("NEW TALKS IN NEW HARBOUR")));
    }

    @Test
    void shortUnknownWordsStayInitialsAndKnownOnesKeepTheirShape() {
        assertArrayEquals(words("NATO talks ZRV McAllister"), truecaser.forms(words("NATO TALKS ZRV MCALLISTER")));
    }

    @Test
    void hyphenatedWordsAreReadPartByPart() {
        assertArrayEquals(words("anti-Varnholt talks"), truecaser.forms(words("ANTI-VARNHOLT TALKS")));
    }

    @Test
    void aLoneDateLineIsNotShouting() {
        assertFalse(Truecaser.shouting(words("2024-03-05 , 14:00")));
        assertTrue(Truecaser.shouting(words("OSLO 2024-03-05")));
    }

    @Test
    void theBundledTableKnowsCommonWords() {
        assertArrayEquals(words("talks resume in Corvale"), Truecaser.english().forms(words("TALKS RESUME IN CORVALE")));
    }
}
