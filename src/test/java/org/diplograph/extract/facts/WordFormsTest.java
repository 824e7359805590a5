package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFormsTest {
    @Test
    void regularEndingsAndIrregularFormsOfTheLemmasOnly() {
        Set<String> forms = WordForms.of(List.of("say", "urge", "deny", "plan"));
        for (String f : List.of("says", "said", "urged", "urging", "denies", "denied", "planned", "planning")) {
            assertTrue(forms.contains(f), f);
        }
        assertFalse(forms.contains("told"), "an irregular form of a lemma not asked for");
    }
}
