package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.diplograph.nlp.Parse;
import org.junit.jupiter.api.Test;

/** The learned trigger decision's features and model, on invented sentences and an invented toy model. */
class TriggerFeaturesTest {
    private static final EventVocabulary VOCAB = EventVocabulary.bundled();

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    @Test
    void aLexiconVerbWithActorsOnBothSides() {
        FactDocument d = doc("Russia condemned Japan on Monday.");
        Parse p = d.parse(d.sentences().get(0)).orElseThrow();
        int i = FactDocuments.word(p, "condemned");
        assertTrue(TriggerFeatures.candidate(d, p, i));
        List<String> f = TriggerFeatures.of(d, p, i, VOCAB);
        assertTrue(f.containsAll(List.of("l=condemn", "w=condemned", "lex=Criticism", "ca=nsubj", "ca=dobj", "actors",
                "headline")), f.toString());
        assertFalse(TriggerFeatures.candidate(d, p, FactDocuments.word(p, "Russia")), "a name is not a trigger");
    }

    @Test
    void aWordOutsideTheLexiconWithANegation() {
        FactDocument d = doc("The minister said on Friday that the two sides did not reconcile.");
        Parse p = d.parse(d.sentences().get(0)).orElseThrow();
        List<String> f = TriggerFeatures.of(d, p, FactDocuments.word(p, "reconcile"), VOCAB);
        assertTrue(f.containsAll(List.of("lex=none/V", "neg", "noactors")), f.toString());
    }

    @Test
    void theModelReadsBackAndNamesTheFormsItMayAdd() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            events.add(new Event("Meeting", new String[] {"bias", "w=huddled", "lp=huddle/V", "actors"}));
            events.add(new Event(TriggerModel.NONE, new String[] {"bias", "w=table", "noactors"}));
            events.add(new Event(TriggerModel.OTHER, new String[] {"bias", "w=appointed", "actors"}));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 50);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        TriggerModel m = new TriggerModel((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        TriggerModel back = TriggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        TriggerModel.Decision meet = back.decide(List.of("bias", "w=huddled", "actors"));
        assertEquals("Meeting", meet.best());
        assertTrue(meet.ours() && meet.probability() > 0.5, meet.toString());
        TriggerModel.Decision none = back.decide(List.of("bias", "w=table", "noactors"));
        assertFalse(none.ours());
        assertTrue(none.none() > 0.5, none.toString());
        assertTrue(back.mayReport("huddled"));
        assertFalse(back.mayReport("table"));
        assertFalse(back.mayReport("appointed"), "an event we do not type is not added");
        assertTrue(back.seen("huddle", true));
        assertFalse(back.seen("huddle", false), "seen as a verb, not as a noun");
        assertTrue(back.knows("Meeting"));
        assertFalse(back.knows("Protest"), "never taught");
    }

    @Test
    void withoutAModelTheLexiconDecidesAlone() {
        SyntacticEvents lexicon = new SyntacticEvents(VOCAB, Optional.empty(), Optional.empty());
        List<EventFact> e = lexicon.extract(doc("Russia condemned Japan on Monday."));
        assertEquals(List.of("Criticism"), e.stream().map(x -> x.kind().ontologyClass()).toList());
    }
}
