package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relation triples with overlapping spans, counted by hand. */
class RelationScorerTest {

    static RelationTriple t(int s0, int s1, String type, int t0, int t1) {
        return new RelationTriple("d", new Span(s0, s1), type, new Span(t0, t1));
    }

    /**
     * Gold: A(0–10) Likes B(20–30); A CommWith C(40–50); A Dislikes C. Predicted: A'(2–8) Likes B'(25–35), spans
     * overlap → tp; C CommWith A, reversed but CommWith is symmetric → tp; B Likes A, reversed and Likes is directed
     * → fp; nothing for Dislikes → fn.
     */
    @Test
    void overlapDirectionAndSymmetry() {
        List<RelationTriple> gold = List.of(t(0, 10, "Likes", 20, 30), t(0, 10, "CommWith", 40, 50),
                t(0, 10, "Dislikes", 40, 50));
        List<RelationTriple> pred = List.of(t(2, 8, "Likes", 25, 35), t(40, 50, "CommWith", 0, 10),
                t(20, 30, "Likes", 0, 10));
        RelationScorer.Result r = RelationScorer.score(gold, pred);
        assertEquals(new Counts(1, 1, 0), r.byType().get("Likes"));
        assertEquals(new Counts(1, 0, 0), r.byType().get("CommWith"));
        assertEquals(new Counts(0, 0, 1), r.byType().get("Dislikes"));
        // micro tp 2 fp 1 fn 1 → P = R = F1 = 2/3
        assertEquals(new Counts(2, 1, 1), r.micro());
        assertEquals(2.0 / 3, r.micro().f1(), 1e-9);
    }

    /**
     * Two gold triples g1 source 0–10, g2 source 5–15 (same type and target). p1 source 5–8 overlaps both, p2
     * source 0–3 overlaps g1 only. Pairing g1 with p1 first would leave g2 alone (1 match); the best is g1–p2,
     * g2–p1 (2 matches), and that is what is counted.
     */
    @Test
    void maximumMatchingNotGreedy() {
        List<RelationTriple> gold = List.of(t(0, 10, "Likes", 20, 30), t(5, 15, "Likes", 20, 30));
        List<RelationTriple> pred = List.of(t(5, 8, "Likes", 20, 30), t(0, 3, "Likes", 20, 30));
        assertEquals(new Counts(2, 0, 0), RelationScorer.score(gold, pred).micro());
    }

    @Test
    void oneGoldTripleIsMatchedOnce() {
        // two predictions overlap the same gold triple: one tp, one fp
        RelationScorer.Result r = RelationScorer.score(List.of(t(0, 10, "Likes", 20, 30)),
                List.of(t(0, 4, "Likes", 20, 24), t(5, 10, "Likes", 25, 30)));
        assertEquals(new Counts(1, 1, 0), r.micro());
    }

    @Test
    void differentDocumentsNeverMatch() {
        RelationTriple g = t(0, 10, "Likes", 20, 30);
        RelationTriple p = new RelationTriple("other", g.source(), "Likes", g.target());
        assertEquals(new Counts(0, 1, 1), RelationScorer.score(List.of(g), List.of(p)).micro());
    }

    /**
     * The error list is the matching's leftovers: a missed gold triple names the unmatched prediction sharing its
     * ends as its counterpart (here the same pair read as the other polarity), and that prediction is listed as
     * spurious with the gold triple as its counterpart; a matched pair is listed nowhere.
     */
    @Test
    void errorsAreTheTriplesTheMatchingLeaves() {
        List<RelationTriple> gold = List.of(t(0, 10, "Likes", 20, 30), t(0, 10, "Dislikes", 40, 50));
        List<RelationTriple> pred = List.of(t(2, 8, "Likes", 25, 35), t(0, 10, "Likes", 40, 50),
                t(60, 70, "CommWith", 80, 90));
        List<RelationScorer.Error> errors = RelationScorer.errors(gold, pred);
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(new RelationScorer.Error(RelationScorer.Mistake.MISSED, t(0, 10, "Dislikes", 40, 50),
                t(0, 10, "Likes", 40, 50)), errors.get(0));
        assertEquals(new RelationScorer.Error(RelationScorer.Mistake.SPURIOUS, t(0, 10, "Likes", 40, 50),
                t(0, 10, "Dislikes", 40, 50)), errors.get(1));
        assertEquals(new RelationScorer.Error(RelationScorer.Mistake.SPURIOUS, t(60, 70, "CommWith", 80, 90), null),
                errors.get(2));
    }
}
