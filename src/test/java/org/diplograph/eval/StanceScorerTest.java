package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stances scored by hand, on the offsets of an invented sentence: "Ruritania condemned the border closure of
 * Freedonia" with Ruritania 0–9, condemned 10–19, "border closure of Freedonia" 24–51 (head closure 31–38,
 * Freedonia 42–51).
 */
class StanceScorerTest {

    static final Span SENTENCE = new Span(0, 52);
    static final Span RURITANIA = new Span(0, 9);
    static final Span TARGET = new Span(24, 51);
    static final Span CLOSURE = new Span(31, 38);
    static final Span FREEDONIA = new Span(42, 51);

    static StanceScorer.Stance s(Span holder, boolean supports, Span target, Span head) {
        return new StanceScorer.Stance("d", SENTENCE, holder, false, supports, target,
                head == null ? List.of() : List.of(head), "condemn", "");
    }

    @Test
    void theTargetsHeadMustLieInTheOtherSpanBothWays() {
        StanceScorer.Stance gold = s(RURITANIA, false, TARGET, CLOSURE);
        // "the border closure" (20–38), head closure: both heads inside the other span
        assertEquals(new Counts(1, 0, 0), StanceScorer.score(List.of(gold),
                List.of(s(new Span(0, 9), false, new Span(20, 38), CLOSURE))).all());
        // the name inside the phrase is not its head
        assertEquals(new Counts(0, 1, 1), StanceScorer.score(List.of(gold),
                List.of(s(RURITANIA, false, FREEDONIA, FREEDONIA))).all());
        // the gold phrase's owner, when the gold lists it among its head words
        StanceScorer.Stance owned = new StanceScorer.Stance("d", SENTENCE, RURITANIA, false, false, TARGET,
                List.of(CLOSURE, FREEDONIA), "condemn", "");
        assertEquals(new Counts(1, 0, 0), StanceScorer.score(List.of(owned),
                List.of(s(RURITANIA, false, FREEDONIA, FREEDONIA))).all());
        // a span as wide as the sentence holds the gold head, but its own head lies outside the gold phrase
        assertEquals(new Counts(0, 1, 1), StanceScorer.score(List.of(gold),
                List.of(s(RURITANIA, false, SENTENCE, new Span(10, 19)))).all());
    }

    @Test
    void polarityAndHolderCountAndTargetOnlyIgnoresTheHolder() {
        StanceScorer.Stance gold = s(RURITANIA, false, TARGET, CLOSURE);
        StanceScorer.Result wrongPolarity = StanceScorer.score(List.of(gold),
                List.of(s(RURITANIA, true, CLOSURE, CLOSURE)));
        assertEquals(new Counts(0, 1, 0), wrongPolarity.support());
        assertEquals(new Counts(0, 0, 1), wrongPolarity.oppose());
        assertEquals(new Counts(0, 1, 1), wrongPolarity.targetOnly());
        StanceScorer.Result wrongHolder = StanceScorer.score(List.of(gold),
                List.of(s(FREEDONIA, false, CLOSURE, CLOSURE)));
        assertEquals(new Counts(0, 1, 1), wrongHolder.all());
        assertEquals(new Counts(1, 0, 0), wrongHolder.targetOnly());
        // a pronoun holder takes any named holder, but not none
        StanceScorer.Stance pronoun = new StanceScorer.Stance("d", SENTENCE, new Span(10, 12), true, false, TARGET,
                List.of(CLOSURE), "condemn", "");
        assertEquals(new Counts(1, 0, 0), StanceScorer.score(List.of(pronoun),
                List.of(s(FREEDONIA, false, CLOSURE, CLOSURE))).all());
        assertEquals(new Counts(0, 1, 1), StanceScorer.score(List.of(pronoun),
                List.of(s(null, false, CLOSURE, CLOSURE))).all());
        // a gold stance whose text names no holder takes any, even none
        assertEquals(new Counts(1, 0, 0), StanceScorer.score(List.of(s(null, false, TARGET, CLOSURE)),
                List.of(s(null, false, CLOSURE, null))).all());
    }

    /** Two gold stances, one prediction that fits both: one match, and a maximum matching of the others. */
    @Test
    void oneToOneAndErrors() {
        StanceScorer.Stance g1 = s(RURITANIA, false, TARGET, CLOSURE);
        StanceScorer.Stance g2 = s(null, false, TARGET, CLOSURE);
        StanceScorer.Stance p1 = s(RURITANIA, false, CLOSURE, CLOSURE);
        StanceScorer.Stance p2 = s(FREEDONIA, false, CLOSURE, CLOSURE);
        StanceScorer.Result r = StanceScorer.score(List.of(g1, g2), List.of(p1, p2));
        // p2's holder fits only g2 (no holder), p1 fits both: both are matched
        assertEquals(new Counts(2, 0, 0), r.all());
        StanceScorer.Result one = StanceScorer.score(List.of(g1, g1), List.of(p1));
        assertEquals(new Counts(1, 0, 1), one.all());
        assertEquals(1, one.errors().size());
        assertEquals(StanceScorer.Mistake.MISSED, one.errors().get(0).mistake());
        assertNull(one.errors().get(0).counterpart());
        StanceScorer.Result spurious = StanceScorer.score(List.of(g1), List.of(s(RURITANIA, true, CLOSURE, CLOSURE)));
        assertEquals(2, spurious.errors().size());
        assertEquals(StanceScorer.Mistake.MISSED, spurious.errors().get(0).mistake());
        assertEquals(true, spurious.errors().get(0).counterpart().supports());
    }
}
