package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.facts.ContactFact;
import org.diplograph.extract.facts.Evidence;
import org.diplograph.extract.facts.Facts;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

/** The re3d-style relations `mentions` writes from hand-built facts (no meeting events, so no text is read). */
class MentionsRelationsTest {
    private static final Evidence EVIDENCE = new Evidence(0, new CharSpan(0, 100), "test", 0.5);

    private static StanceFact stance(String target, CharSpan targetSpan) {
        return new StanceFact("state/KEN", null, StanceFact.Polarity.SUPPORTS, target, "t", new CharSpan(0, 5),
                targetSpan, EVIDENCE, List.of(), "support");
    }

    private static List<String> relations(Facts facts) {
        ArrayNode out = new ObjectMapper().createArrayNode();
        MentionsCommand.relations(out, null, facts);
        List<String> rows = new ArrayList<>();
        out.forEach(r -> rows.add(r.get("type").asText() + " " + r.get("source").get("start").asInt() + "-"
                + r.get("target").get("start").asInt()));
        return rows;
    }

    @Test
    void stancesTowardsConceptsAreNoRelationsAndContactsGoBothWaysOnlyWhenMutual() {
        Facts facts = new Facts(List.of(), List.of(),
                List.of(stance("state/PER", new CharSpan(20, 24)), stance("concept/sovereignty", new CharSpan(30, 41))),
                List.of(),
                List.of(new ContactFact(new CharSpan(50, 52), new CharSpan(60, 70), "meet", new CharSpan(53, 57), true,
                                EVIDENCE),
                        new ContactFact(new CharSpan(80, 82), new CharSpan(90, 95), "urge", new CharSpan(83, 88), false,
                                EVIDENCE)));
        assertEquals(List.of("Likes 0-20", "CommWith 50-60", "CommWith 60-50", "CommWith 80-90"), relations(facts));
    }

    @Test
    void aBodyMeetingAmongItselfIsWrittenOnce() {
        Facts facts = new Facts(List.of(), List.of(), List.of(), List.of(),
                List.of(new ContactFact(new CharSpan(0, 11), new CharSpan(0, 11), "meet", new CharSpan(12, 15), true,
                        EVIDENCE)));
        assertEquals(List.of("CommWith 0-0"), relations(facts));
    }
}
