package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTest {

    private static KbEntry org(String id, String label) {
        return new KbEntry(id, KbEntry.Kind.ORGANIZATION, id, null, label, List.of(), "XAA", null, 1, List.of());
    }

    private final CandidateGenerator gen = new CandidateGenerator(new KnowledgeBase(List.of(
            org("Q1", "Ministry of Fisheries"), org("Q2", "Northland Audit Office"), org("Q3", "Fisheries Ministry"))),
            Set.of("ministry", "office"));

    @Test
    void aHeadNounTurnsAround() {
        assertEquals("Ministry of Fisheries", gen.invert("Fisheries Ministry"));
        assertEquals("Fisheries Ministry", gen.invert("Ministry of Fisheries"));
        assertNull(gen.invert("Fisheries"));
        assertEquals(List.of("Q3", "Q1"), ids(gen.candidates("the fisheries ministry")));
        assertEquals("inverted", gen.candidates("fisheries ministry").get(1).how());
    }

    @Test
    void capitalsAreTriedAsAnOrganisationsAcronym() {
        assertEquals("NAO", CandidateGenerator.acronymOf("Northland Audit Office"));
        assertEquals("MF", CandidateGenerator.acronymOf("Ministry of Fisheries"));
        assertEquals(List.of("Q2"), ids(gen.candidates("NAO")));
        assertEquals("acronym", gen.candidates("NAO").get(0).how());
    }

    @Test
    void onlyALabelOfThreeCapitalisedWordsSpellsAnAcronym() {
        assertEquals(true, CandidateGenerator.spellsAnAcronym("Northland Audit Office"));
        assertEquals(false, CandidateGenerator.spellsAnAcronym("Quarrow Autocentres"));
        assertEquals(false, CandidateGenerator.spellsAnAcronym("STAYWELL by Quarrow Mews"));
        CandidateGenerator brands = new CandidateGenerator(new KnowledgeBase(List.of(org("Q5", "Quarrow Autocentres"))),
                Set.of());
        assertEquals(List.of(), brands.candidates("QA"));
    }

    private static List<String> ids(List<Candidate> cs) {
        return cs.stream().map(c -> c.entry().id()).toList();
    }
}
