package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.diplograph.eval.TimeScorer.GoldTimex;
import org.diplograph.eval.TimeScorer.TimeGold;
import org.diplograph.eval.TimeScorer.Verdict;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.text.CharSpan;
import org.junit.jupiter.api.Test;

class TimeScorerTest {

    @Test
    void calendarPartOfTimexValues() {
        assertEquals("2009-12-15", TimeScorer.calendar("2009-12-15T18:00Z"));
        assertEquals("2006", TimeScorer.calendar("2006-Q4"));
        assertEquals("2011-06", TimeScorer.calendar("2011-06-XX"));
        assertNull(TimeScorer.calendar("PAST_REF"));
        assertNull(TimeScorer.calendar("XXXX-XX-XX"));
        assertNull(TimeScorer.calendar("200"));
    }

    @Test
    void verdictsCompareAtTheGoldPrecision() {
        assertEquals(Verdict.CORRECT, TimeScorer.verdict("2020-03-04", "2020-03-04"));
        assertEquals(Verdict.CORRECT, TimeScorer.verdict("2020-03", "2020-03-04"));
        assertEquals(Verdict.COARSER, TimeScorer.verdict("2020-03-04", "2020-03"));
        assertEquals(Verdict.WRONG, TimeScorer.verdict("2020-03-04", "2020-03-05"));
        assertEquals(Verdict.WRONG, TimeScorer.verdict("2020-03-04", "2019"));
        assertEquals(Verdict.NONE, TimeScorer.verdict("2020-03-04", null));
        assertEquals(Verdict.INVENTED, TimeScorer.verdict("PRESENT_REF", "2020-03-04"));
        assertEquals(Verdict.RIGHTLY_NONE, TimeScorer.verdict("PRESENT_REF", null));
    }

    @Test
    void recallPrecisionAndValues() {
        String text = "Dated 2 May 2021.\nThey met on Friday and will return in June for a month.";
        EvalDoc doc = new EvalDoc("d1", text, "2021-05-02");
        List<GoldTimex> gold = List.of(
                new GoldTimex("d1", new Span(6, 16), "DATE", "2021-05-02", true),
                new GoldTimex("d1", new Span(30, 36), "DATE", "2021-04-30", false),
                new GoldTimex("d1", new Span(56, 60), "DATE", "2021-06", false),
                new GoldTimex("d1", new Span(65, 72), "DURATION", "P1M", false));
        TimeValue dateline = new TimeValue("2 May 2021", new CharSpan(6, 16), "2021-05-02", TimeValue.Precision.DAY,
                false);
        TimeValue friday = new TimeValue("Friday", new CharSpan(30, 36), "2021-05-07", TimeValue.Precision.DAY, true);
        TimeValue month = new TimeValue("a month", new CharSpan(65, 72), null, null, false);
        TimeValue junk = new TimeValue("They", new CharSpan(18, 22), null, null, false);
        TimeScorer.Result r = TimeScorer.score(new TimeGold("x", List.of(doc), gold),
                Map.of("d1", List.of(dateline, junk, friday, month)));
        assertEquals(2, r.gold(), "the creation time and the duration are not scored");
        assertEquals(1, r.found());
        assertEquals(3, r.predicted(), "the dateline prediction is left out");
        assertEquals(1, r.spurious());
        assertEquals(1, r.count(Verdict.WRONG));
        assertEquals(0.0, r.valueAccuracy());
        assertEquals(0.5, r.recall());
    }

    @Test
    void aGoldWithoutValuesJudgesFindingOnly() {
        EvalDoc doc = new EvalDoc("d2", "Talks resume on 4 June 2021.", null);
        List<GoldTimex> gold = List.of(new GoldTimex("d2", new Span(16, 27), "DATE", null, false));
        TimeValue found = new TimeValue("4 June 2021", new CharSpan(16, 27), "2021-06-04", TimeValue.Precision.DAY,
                false);
        TimeScorer.Result r = TimeScorer.score(new TimeGold("x", List.of(doc), gold), Map.of("d2", List.of(found)));
        assertEquals(1.0, r.recall());
        assertEquals(0, r.count(Verdict.INVENTED));
        assertNull(r.judgements().get(0).verdict());
    }
}
