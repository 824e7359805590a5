package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.EventKind;
import org.diplograph.extract.facts.Evidence;
import org.diplograph.extract.facts.Modality;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static final EventKind ASSAULT = new EventKind("Assault", "182", "ASSAULT", true);
    private static final EventKind KILLING = new EventKind("Killing", "1823", "ASSAULT", true);

    private static EventFact event(EventKind kind, List<String> participants, String place) {
        return new EventFact(kind, "x", participants, List.of(), participants, place, null, Modality.ASSERTED,
                new CharSpan(0, 4), new Evidence(0, new CharSpan(0, 10), "test", 0.5));
    }

    @Test
    void namedParticipantsKeyTheEventWhateverTheArticleOrWord() {
        assertEquals(EventKeys.key(event(ASSAULT, List.of("person/a"), null), "a1"),
                EventKeys.key(event(KILLING, List.of("person/a"), "place/x"), "a2"));
    }

    @Test
    void unnamedIncidentIsKeyedByPlaceAcrossArticles() {
        assertEquals(EventKeys.key(event(ASSAULT, List.of(), "place/oakland"), "a1"),
                EventKeys.key(event(KILLING, List.of(), "place/oakland"), "a2"));
        assertNotEquals(EventKeys.key(event(ASSAULT, List.of(), "place/oakland"), "a1"),
                EventKeys.key(event(ASSAULT, List.of(), "place/chicago"), "a1"));
    }

    @Test
    void incidentWithNeitherActorNorPlaceStaysTheArticles() {
        assertNotEquals(EventKeys.key(event(ASSAULT, List.of(), null), "a1"),
                EventKeys.key(event(ASSAULT, List.of(), null), "a2"));
        assertEquals(EventKeys.key(event(ASSAULT, List.of(), null), "a1"),
                EventKeys.key(event(ASSAULT, List.of(), null), "a1"));
    }
}
