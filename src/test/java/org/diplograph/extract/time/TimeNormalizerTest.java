package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {

    private static final LocalDate MONDAY_29_SEPT_2025 = LocalDate.of(2025, 9, 29);
    private final TimeNormalizer normalizer = new TimeNormalizer();

    private TimeValue only(String text, LocalDate anchor) {
        List<TimeValue> found = normalizer.find(text, anchor);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void weekdayIsTheLastOneOnOrBeforeTheAnchor() {
        TimeValue t = only("The ministers met on Sunday in Beijing.", MONDAY_29_SEPT_2025);
        assertEquals("2025-09-28", t.value());
        assertEquals(TimeValue.Precision.DAY, t.precision());
        assertEquals("Sunday", t.expression());
    }

    @Test
    void withoutAnchorTheExpressionIsKeptAndNoDateInvented() {
        TimeValue t = only("The ministers met on Sunday.", null);
        assertEquals("Sunday", t.expression());
        assertNull(t.value());
    }

    @Test
    void monthDayWithoutYearTakesTheNearestYear() {
        assertEquals("2025-10-10", only("the October 10 parade", MONDAY_29_SEPT_2025).value());
        assertEquals("2024-12-30", only("on December 30", LocalDate.of(2025, 1, 3)).value());
    }

    @Test
    void fullDatesAreReadInBothOrders() {
        assertEquals("2025-09-29", only("SEPTEMBER 29, 2025".charAt(0) + "eptember 29, 2025", null).value());
        assertEquals("2018-06-12", only("signed on 12 June 2018", null).value());
    }

    @Test
    void relativeMonthsAndYears() {
        TimeValue earlier = only("a visit earlier this month", MONDAY_29_SEPT_2025);
        assertEquals("2025-09", earlier.value());
        assertEquals(TimeValue.Precision.MONTH, earlier.precision());
        TimeValue next = only("a parade next month", MONDAY_29_SEPT_2025);
        assertEquals("2025-10", next.value());
        assertTrue(next.future());
        assertEquals("2024", only("talks last year", MONDAY_29_SEPT_2025).value());
    }

    @Test
    void yearAfterAPreposition() {
        TimeValue t = only("the invasion, which began in 2022", MONDAY_29_SEPT_2025);
        assertEquals("2022", t.value());
        assertEquals(TimeValue.Precision.YEAR, t.precision());
        assertFalse(t.future());
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertTrue(normalizer.find("over 500,000 lives and $1.5 billion", MONDAY_29_SEPT_2025).isEmpty());
    }

    @Test
    void nextWeekdayIsAfterTheAnchor() {
        assertEquals(LocalDate.of(2025, 10, 3), TimeNormalizer.weekday(MONDAY_29_SEPT_2025, java.time.DayOfWeek.FRIDAY, "next"));
        assertEquals(LocalDate.of(2025, 9, 22), TimeNormalizer.weekday(MONDAY_29_SEPT_2025, java.time.DayOfWeek.MONDAY, "last"));
    }
}
