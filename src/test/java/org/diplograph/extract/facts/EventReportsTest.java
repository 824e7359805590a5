package org.diplograph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

class EventReportsTest {
    private static final EventKind ATTACK = EventVocabulary.bundled().kind("Attack").orElseThrow();

    private static EventFact attack(List<String> participants, TimeValue time, int sentence) {
        return new EventFact(ATTACK, "attack", participants, List.of(), List.of(), null, time, Modality.ASSERTED,
                new CharSpan(sentence * 10, sentence * 10 + 6), new Evidence(sentence, new CharSpan(sentence * 10,
                sentence * 10 + 9), "test", 0.5));
    }

    /** "Peru attacked Chile on Sunday. ... The attack on Chile ..." told twice, the second dated only by the news day. */
    @Test
    void aDayInferredForOneReportYieldsToTheDayAnotherWrites() {
        TimeValue sunday = new TimeValue("on Sunday", new CharSpan(20, 29), "2025-03-02", TimeValue.Precision.DAY,
                false, false);
        TimeValue newsDay = TimeValue.inferred(LocalDate.of(2025, 3, 2));
        List<EventFact> out = EventReports.writtenDayOverInferred(List.of(
                attack(List.of("state/chile", "state/peru"), newsDay, 0),
                attack(List.of("state/peru", "state/chile"), sunday, 1),
                attack(List.of("state/peru"), newsDay, 2)));
        assertEquals(sunday, out.get(0).time(), "same family, participants, day and modality: the written day");
        assertEquals(sunday, out.get(1).time());
        assertTrue(out.get(2).time().inferred(), "other participants: another event, its own inferred day");
        assertFalse(out.get(0).time().inferred());
        assertEquals(0, out.get(0).evidence().sentence(), "each fact keeps its own evidence");
    }
}
