package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.diplograph.text.FurnitureLexicon.Kind;
import org.junit.jupiter.api.Test;

class FurnitureLexiconTest {

    private static FurnitureLexicon parse(String tsv) throws IOException {
        return FurnitureLexicon.parse(new BufferedReader(new StringReader(tsv)));
    }

    @Test
    void phrasesAreReadByKindIgnoringCaseAndComments() throws IOException {
        FurnitureLexicon lexicon = parse("# a comment\nteaser\tSee Also\n\nagency\tfile\n");
        assertTrue(lexicon.has(Kind.TEASER, "see also"));
        assertTrue(lexicon.has(Kind.TEASER, "SEE ALSO"));
        assertFalse(lexicon.has(Kind.AGENCY, "see also"));
        assertFalse(lexicon.has(Kind.BAR, "file"));
    }

    @Test
    void alternationPrefersTheLongerPhraseAndAnyRunOfBlanks() throws IOException {
        FurnitureLexicon lexicon = parse("credit\tfile\ncredit\tfile photo\n");
        Pattern p = Pattern.compile("^(?:" + lexicon.alternation(Kind.CREDIT) + ")");
        var m = p.matcher("file   photo of the port");
        assertTrue(m.find());
        assertEquals("file   photo", m.group());
    }

    @Test
    void phraseWithRegexCharactersIsTakenLiterally() throws IOException {
        FurnitureLexicon lexicon = parse("caption\t(l)\n");
        Pattern p = Pattern.compile(lexicon.alternation(Kind.CAPTION));
        assertTrue(p.matcher("Ana Vell (L)").find() || p.matcher("Ana Vell (l)").find());
        assertFalse(p.matcher("Ana Vell l").find());
    }

    @Test
    void lineWithoutATabIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parse("teaser also read\n"));
    }

    @Test
    void unknownKindIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parse("gossip\tsomething\n"));
    }

    @Test
    void bundledEnglishFileHasEveryKind() {
        FurnitureLexicon english = FurnitureLexicon.english();
        for (Kind kind : Kind.values()) {
            assertFalse(english.alternation(kind).isEmpty(), kind + " has no phrase");
        }
    }
}
