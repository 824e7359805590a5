package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.link.KbEntry;
import org.diplograph.link.KnowledgeBase;
import org.diplograph.registry.Registry;
import org.junit.jupiter.api.Test;

/** How {@code eval link} judges a knowledge-base link by the gold page title (invented names). */
class EvalLinkTitleJudgeTest {

    private static final KbEntry COMPANY = new KbEntry("Q70", KbEntry.Kind.ORGANIZATION, "Q70", null,
            "Zentrova Motors Inc.", List.of(), null, null, 0, List.of());
    private static final KbEntry REGION = new KbEntry("Q71", KbEntry.Kind.REGION, "Q71", "71", "Port Halden",
            List.of(), "XAA", null, 6.0, List.of());
    private static final KbEntry CITY = new KbEntry("gn:72", KbEntry.Kind.CITY, null, "72", "Port Halden", List.of(),
            "XAA", "Q71", 6.0, List.of());

    private final EvalLinkCommand.TitleJudge judge = new EvalLinkCommand.TitleJudge(new Registry(List.of()),
            new KnowledgeBase(List.of(COMPANY, REGION, CITY), Set.of("inc")), Map.of());

    @Test
    void aTitleWithoutTheLegalFormNamesTheCompany() {
        assertTrue(judge.kbMatches("Zentrova Motors", COMPANY));
        assertFalse(judge.kbMatches("Zentrova", COMPANY));
    }

    @Test
    void aPlainTitleNamesTheCityBeforeTheRegionOfItsNameThatItLiesIn() {
        assertTrue(judge.kbMatches("Port Halden", CITY));
        assertFalse(judge.kbMatches("Port Halden", REGION));
    }
}
