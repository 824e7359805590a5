package org.diplograph.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * A time expression as written and, when it can be pinned down, its value.
 *
 * @param value    "2025-09-28", "2025-09" or "2025" (xsd:date, xsd:gYearMonth, xsd:gYear lexical forms), or
 *                 null when there is no anchor to resolve it against: the expression is kept, no date invented
 * @param future   the expression points after the anchor ("next month", "upcoming")
 * @param inferred nothing is written next to the event: the value is the day the article reports on (see
 *                 {@link #inferred(LocalDate)}), and the expression and span are empty
 */
public record TimeValue(String expression, CharSpan span, String value, Precision precision, boolean future,
                        boolean inferred) {

    /**
     * How long before publication an event the article tells as news without a date may have happened: the window
     * an article's reports are compared in, and the one the store links them across articles in.
     */
    public static final int NEWS_REACH_DAYS = 14;

    /** How precise the value is, which is also its XSD datatype. */
    public enum Precision { DAY, MONTH, YEAR }

    public TimeValue {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(span, "span");
        if (value != null) {
            Objects.requireNonNull(precision, "precision");
        }
    }

    public TimeValue(String expression, CharSpan span, String value, Precision precision, boolean future) {
        this(expression, span, value, precision, future, false);
    }

    /**
     * The date of an event the text tells as news without dating it: the day the article reports on. Kept apart from
     * a written date so that a reader (and the cross-article linker) can weigh it as the guess it is.
     */
    public static TimeValue inferred(LocalDate day) {
        return new TimeValue("", new CharSpan(0, 0), day.toString(), Precision.DAY, false, true);
    }

    /**
     * Whether an expression names a night ("overnight", "Saturday night"): the event began the evening before the
     * morning another report may date it by, or falls on the day before in another time zone.
     */
    public static boolean namesANight(String expression) {
        for (String w : expression.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (TimeWords.EN.nights().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and last day a value allows ("2025-09-28" one day, "2025-09" a month, "2025" a year), or null when it
     * is none of these. The same lexical forms as xsd:date, xsd:gYearMonth and xsd:gYear literals.
     */
    public static LocalDate[] days(String value) {
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                return new LocalDate[] {d, d};
            }
            if (value.length() == 7) {
                YearMonth ym = YearMonth.parse(value);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (value.length() == 4) {
                int y = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    public boolean isResolved() {
        return value != null;
    }
}
