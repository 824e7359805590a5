package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ArgumentFeaturesTest {
    private static final EventVocabulary VOCAB = EventVocabulary.bundled();

    private static FactDocument doc(String text) {
        return FactDocuments.of(text);
    }

    @Test
    void thePathRunsFromTheTriggerToTheNameWithItsPrepositions() {
        FactDocument d = doc("Chile held talks with Peru in Lima.");
        Parse p = d.parse(d.sentences().get(0)).orElseThrow();
        assertEquals("^dobj vnsubj", ArgumentFeatures.path(p, FactDocuments.word(p, "talks"), FactDocuments.word(p, "Chile")), p.toString());
        assertEquals("vprep:with vpobj", ArgumentFeatures.path(p, FactDocuments.word(p, "talks"), FactDocuments.word(p, "Peru")), p.toString());
        List<Integer> names = ArgumentFeatures.candidates(d, p);
        List<String> f = ArgumentFeatures.of(d, p, FactDocuments.word(p, "talks"), FactDocuments.word(p, "Peru"), names,
                EventVocabulary.bundled());
        assertTrue(f.contains("prep=with|N"), f.toString());
        assertTrue(f.contains("side=after|N"), f.toString());
        assertTrue(f.contains("cls=Meeting"), f.toString());
        assertTrue(f.contains("n=2") && f.contains("rank=0"), "Chile is no nearer the talks: " + f);
    }

    @Test
    void eachNamedActorIsOneCandidateAndPlacesAreNone() {
        FactDocument d = doc("North Korea and the European Union met in Lima.");
        Parse p = d.parse(d.sentences().get(0)).orElseThrow();
        List<String> heads = ArgumentFeatures.candidates(d, p).stream().map(i -> p.token(i).text()).toList();
        assertEquals(List.of("Korea", "Union"), heads, p.toString());
    }

    /**
     * Where neither the parse nor the trigger's clause links an actor to a trigger, the names the role model gives
     * it are its parties.
     */
    @Test
    void theLearnedRolesFillAnEventTheRulesLeaveWithoutParties() throws Exception {
        String text = "Chile said the talks would resume in Lima.";
        SyntacticEvents rules = new SyntacticEvents(VOCAB, Optional.empty(), Optional.empty());
        assertTrue(rules.extract(doc(text)).isEmpty(), rules.extract(doc(text)).toString());
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            events.add(new Event(ArgumentModel.ATTENDEE, new String[] {"bias", "type=STATE"}));
            events.add(new Event(ArgumentModel.NONE, new String[] {"bias", "type=ORGANIZATION"}));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        ArgumentModel everyStateTakesPart = new ArgumentModel((AbstractModel) trainer.train(
                ObjectStreamUtils.createObjectStream(events)));
        List<EventFact> learned = new SyntacticEvents(VOCAB, Optional.empty(), Optional.of(everyStateTakesPart))
                .extract(doc(text));
        assertTrue(learned.stream().anyMatch(e -> e.kind().ontologyClass().equals("Meeting")
                && e.participants().contains("state/CHL")), learned.toString());
    }
}
