package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.diplograph.eval.LinkScorer.Answer;
import org.diplograph.eval.LinkScorer.GoldLink;
import org.diplograph.eval.LinkScorer.Outcome;
import org.junit.jupiter.api.Test;

class LinkScorerTest {

    private static GoldLink gold(String type, String title) {
        return new GoldLink("d1", "topic", type, title, List.of(new Span(0, 4)));
    }

    @Test
    void countsNodesLinksAndRightLinksPerTypeAndBySource() {
        Map<String, Answer> answers = Map.of(
                "Northport", new Answer(Outcome.RIGHT, "Northport", "gn:1", "knowledge base"),
                "Eastmarch_(region)", new Answer(Outcome.WRONG, "Eastmarch", "Q2", "registry"),
                "Dana_Quill", new Answer(Outcome.UNLINKED, "Dana Quill", "no candidate", null),
                "Q%C3%BCill_Works", new Answer(Outcome.NO_NODE, null, null, null));
        LinkScorer.Report r = LinkScorer.score(List.of(gold("LOC", "Northport"), gold("LOC", "Eastmarch_(region)"),
                gold("PER", "Dana_Quill"), gold("ORG", "Q%C3%BCill_Works")), g -> answers.get(g.title()));
        assertArrayEquals(new int[] {2, 2, 2, 1}, r.counts().get("LOC"));
        assertArrayEquals(new int[] {4, 3, 2, 1}, r.counts().get("all"));
        assertArrayEquals(new int[] {1, 1}, r.bySource().get("knowledge base"));
        assertArrayEquals(new int[] {1, 0}, r.bySource().get("registry"));
        assertEquals(3, r.errors().size());
        assertEquals("Qüill Works", gold("ORG", "Q%C3%BCill_Works").readableTitle());
    }
}
