package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.EventKind;
import org.diplograph.extract.facts.EventVocabulary;
import org.diplograph.extract.facts.Evidence;
import org.diplograph.extract.facts.Modality;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static final EventKind ASSAULT = EventVocabulary.bundled().kind("Assault").orElseThrow();
    private static final EventKind KILLING = EventVocabulary.bundled().kind("Killing").orElseThrow();

    private static EventFact event(EventKind kind, List<String> participants, String place) {
        return new EventFact(kind, "x", participants, List.of(), participants, place, null, Modality.ASSERTED,
                new CharSpan(0, 4), new Evidence(0, new CharSpan(0, 10), "test", 0.5));
    }

    @Test
    void withinAnArticleTheFamilyAndParticipantsKeyTheEventWhateverTheWord() {
        assertEquals(EventKeys.key(event(ASSAULT, List.of("person/a"), null), "a1"),
                EventKeys.key(event(KILLING, List.of("person/a"), "place/x"), "a1"));
        assertNotEquals(EventKeys.key(event(ASSAULT, List.of("person/a"), null), "a1"),
                EventKeys.key(event(ASSAULT, List.of("person/b"), null), "a1"));
    }

    /** Whether two articles report one event is the store's to decide (EventLinker), never the key's. */
    @Test
    void eachArticleMintsItsOwnNodes() {
        assertNotEquals(EventKeys.key(event(ASSAULT, List.of("person/a"), null), "a1"),
                EventKeys.key(event(ASSAULT, List.of("person/a"), null), "a2"));
        assertNotEquals(EventKeys.key(event(ASSAULT, List.of(), "place/oakland"), "a1"),
                EventKeys.key(event(ASSAULT, List.of(), "place/oakland"), "a2"));
    }

    @Test
    void theFamilyCanBeReadBackFromTheIri() {
        String key = EventKeys.key(event(KILLING, List.of("person/a"), null), "a1");
        assertEquals("assault", EventKeys.familyOf("https://example.org/id/" + key));
        assertEquals(null, EventKeys.familyOf("https://example.org/id/person/a"));
    }
}
