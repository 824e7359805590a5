package org.diplograph.extract.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.diplograph.vocab.DataFiles;

/**
 * The written forms a lemma may take (regular endings and the irregular forms of lang/en/irregular-forms.tsv), lower
 * case: what a component looks for in a sentence's words before it pays for the sentence's parse. Generous on
 * purpose: a form too many costs a parse, a form missing loses a fact.
 */
final class WordForms {

    private WordForms() {
    }

    static Set<String> of(Collection<String> lemmas) {
        Set<String> words = new HashSet<>(lemmas);
        Set<String> forms = new HashSet<>();
        for (String lemma : words) {
            if (lemma.isEmpty()) {
                continue;
            }
            forms.add(lemma);
            forms.add(lemma + "s");
            forms.add(lemma + "es");
            forms.add(lemma + "ed");
            forms.add(lemma + "d");
            forms.add(lemma + "ing");
            String last = lemma.substring(lemma.length() - 1);
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
            if (lemma.endsWith("e")) {
                forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
            }
            if (lemma.endsWith("y")) {
                String stem = lemma.substring(0, lemma.length() - 1);
                forms.add(stem + "ies");
                forms.add(stem + "ied");
            }
        }
        for (String[] row : DataFiles.rows("lang/en/irregular-forms.tsv", 2)) {
            if (words.contains(row[1])) {
                forms.add(row[0]);
            }
        }
        return Set.copyOf(forms);
    }
}
