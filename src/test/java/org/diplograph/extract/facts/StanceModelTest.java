package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Event;
import org.diplograph.nlp.Parse;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

/** The learned stance decisions and their training, on invented sentences. */
class StanceModelTest {
    private static final ConceptLexicon CONCEPTS = ConceptLexicon.bundled();
    private static final StanceModel MODEL = StanceModel.bundled(CONCEPTS);

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    private static Parse first(FactDocument d) {
        return d.parse(d.sentences().get(0)).orElseThrow();
    }

    private static int index(Parse p, String word) {
        for (int i = 0; i < p.size(); i++) {
            if (p.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + p);
    }

    @Test
    void aCondemnationOpposesAndItsObjectIsTheTarget() {
        FactDocument d = doc("Brazil condemned Norway on Monday.");
        Parse p = first(d);
        int cue = index(p, "condemned");
        assertEquals(Optional.of(StanceFact.Polarity.OPPOSES), MODEL.polarity(d, p, cue));
        assertEquals(index(p, "Norway"), MODEL.targets(d, p, cue).get(0).getKey());
    }

    @Test
    void aWordWithoutPositionIsNoCue() {
        FactDocument d = doc("Brazil sold rice to Norway on Monday.");
        Parse p = first(d);
        assertTrue(MODEL.polarity(d, p, index(p, "sold")).isEmpty());
    }

    @Test
    void negationIsNotAFeatureOfTheCue() {
        FactDocument plain = doc("Chile supported Austria.");
        FactDocument negated = doc("Chile did not support Austria.");
        List<String> a = StanceModel.cueFeatures(plain, first(plain), index(first(plain), "supported"),
                StanceModel.listedPolarities());
        List<String> b = StanceModel.cueFeatures(negated, first(negated), index(first(negated), "support"),
                StanceModel.listedPolarities());
        assertTrue(b.stream().noneMatch(f -> f.contains("neg")), b.toString());
        assertTrue(a.contains("list=support") && b.contains("list=support"));
    }

    @Test
    void candidatesCarryTheirPathFromTheCue() {
        FactDocument d = doc("Egypt voiced support for Jordan on Sunday.");
        Parse p = first(d);
        Map<Integer, String> c = StanceModel.candidates(p, index(p, "support"));
        assertEquals("vprep:for vpobj", c.get(index(p, "Jordan")));
        assertEquals("^dobj vnsubj", c.get(index(p, "Egypt")));
        assertFalse(c.containsKey(index(p, "support")));
    }

    @Test
    void trainingLabelsTheCueAndTheTargetsHead() {
        String text = "Peru denounced the Andean water plan of Chile.";
        FactDocument d = doc(text);
        int cue = text.indexOf("denounced");
        int target = text.indexOf("the Andean");
        StanceTraining.Annotated a = new StanceTraining.Annotated(d, 2006, List.of(new CharSpan(0, text.length())),
                List.of(new StanceTraining.GoldStance(new CharSpan(0, 4), new CharSpan(cue, cue + 9),
                        new CharSpan(target, text.indexOf(" of Chile")), StanceFact.Polarity.OPPOSES, false)));
        StanceTraining.Events e = new StanceTraining(CONCEPTS).events(a);
        assertEquals(1, e.cues().stream().filter(x -> x.getOutcome().equals("oppose")).count());
        List<Event> yes = e.targets().stream().filter(x -> x.getOutcome().equals(StanceModel.YES)).toList();
        assertEquals(1, yes.size());
        assertTrue(List.of(yes.get(0).getContext()).contains("path=vdobj"), List.of(yes.get(0).getContext()).toString());
        assertEquals(StanceTraining.head(first(d), new CharSpan(target, text.indexOf(" of Chile"))), index(first(d), "plan"));
    }

    @Test
    void theWordsWorthParsingForIncludeEveryListedCue() {
        java.util.Set<String> prefixes = StanceModel.bundled(ConceptLexicon.bundled()).cuePrefixes();
        for (String[] r : org.diplograph.vocab.DataFiles.rows("lang/en/stance-cues.tsv", 5)) {
            org.junit.jupiter.api.Assertions.assertTrue(prefixes.contains(StanceModel.prefix(r[0])), r[0]);
        }
    }
}
