package org.diplograph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Months;

/**
 * Finds time expressions in text and resolves them against an anchor (the article's publication
 * date or dateline): "on Sunday", "earlier this month", "next month", "October 10", "in 2022",
 * "September 29, 2025", "last year". Without an anchor, relative expressions keep their text and
 * get no value: a date is never invented.
 */
public final class TimeNormalizer {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTHS + ")(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:in|during|since|until|by|of)\\s+(?:early |late |mid-)?(?<month>" + MONTHS + ")(?:\\s+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|until|by|during|of)\\s+(?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>last|next|this|on|earlier on|late on|early on)\\s+)?(?<weekday>" + WEEKDAYS + ")\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?<expr>earlier this (?<m1>month|year|week)|later this (?<m2>month|year|week)|this (?<m3>month|year)"
                    + "|last (?<m4>month|year|week)|next (?<m5>month|year|week)|the previous (?<m6>month|year)"
                    + "|yesterday|today|tomorrow)\\b");

    /** Every time expression of the text, resolved against the anchor when it has one. */
    public List<TimeValue> find(String text, LocalDate anchor) {
        List<TimeValue> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        explicitDates(text, anchor, MONTH_DAY_YEAR, found, taken);
        explicitDates(text, anchor, DAY_MONTH_YEAR, found, taken);
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (free(taken, m.start("month"), m.end())) {
                Month month = Months.parse(m.group("month"));
                String year = m.group("year");
                String value = year != null ? YearMonth.of(Integer.parseInt(year), month).toString()
                        : anchor != null ? nearestYearMonth(anchor, month).toString() : null;
                add(found, taken, text, m.start("month"), m.end(), value, TimeValue.Precision.MONTH,
                        anchor != null && value != null && YearMonth.parse(value).isAfter(YearMonth.from(anchor)));
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (free(taken, m.start("year"), m.end("year"))) {
                String year = m.group("year");
                add(found, taken, text, m.start("year"), m.end("year"), year, TimeValue.Precision.YEAR,
                        anchor != null && Integer.parseInt(year) > anchor.getYear());
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                String mod = m.group("mod") == null ? "" : m.group("mod");
                DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                LocalDate value = anchor == null ? null : weekday(anchor, day, mod);
                add(found, taken, text, m.start("weekday"), m.end(), value == null ? null : value.toString(),
                        TimeValue.Precision.DAY, value != null && value.isAfter(anchor));
            }
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                relative(text, m, anchor, found, taken);
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private void explicitDates(String text, LocalDate anchor, Pattern p, List<TimeValue> found, boolean[] taken) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!free(taken, m.start(), m.end())) {
                continue;
            }
            int day = Integer.parseInt(m.group("day"));
            Month month = Months.parse(m.group("month"));
            String year = m.group("year");
            LocalDate value = null;
            try {
                if (year != null) {
                    value = LocalDate.of(Integer.parseInt(year), month, day);
                } else if (anchor != null) {
                    value = nearestDate(anchor, month, day);
                }
            } catch (java.time.DateTimeException e) {
                continue; // "February 30": not a date
            }
            add(found, taken, text, m.start(), m.end(), value == null ? null : value.toString(),
                    TimeValue.Precision.DAY, value != null && anchor != null && value.isAfter(anchor));
        }
    }

    private void relative(String text, Matcher m, LocalDate anchor, List<TimeValue> found, boolean[] taken) {
        String expr = m.group("expr").toLowerCase(Locale.ROOT);
        String unit = java.util.stream.Stream.of("m1", "m2", "m3", "m4", "m5", "m6").map(m::group)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String value = null;
        TimeValue.Precision precision = TimeValue.Precision.DAY;
        boolean future = expr.startsWith("next") || expr.startsWith("later") || expr.equals("tomorrow");
        if (anchor != null) {
            if (expr.equals("yesterday")) {
                value = anchor.minusDays(1).toString();
            } else if (expr.equals("today")) {
                value = anchor.toString();
            } else if (expr.equals("tomorrow")) {
                value = anchor.plusDays(1).toString();
            } else if ("month".equals(unit)) {
                int shift = expr.startsWith("last") || expr.startsWith("the previous") ? -1 : expr.startsWith("next") ? 1 : 0;
                value = YearMonth.from(anchor).plusMonths(shift).toString();
                precision = TimeValue.Precision.MONTH;
            } else if ("year".equals(unit)) {
                int shift = expr.startsWith("last") || expr.startsWith("the previous") ? -1 : expr.startsWith("next") ? 1 : 0;
                value = Integer.toString(anchor.getYear() + shift);
                precision = TimeValue.Precision.YEAR;
            }
            // weeks are too coarse for a date and too fine for a month: the text is kept, no value
        }
        add(found, taken, text, m.start(), m.end(), value, value == null ? null : precision, future);
    }

    /** The weekday named relative to the anchor: "on Sunday" in news is the last one on or before it. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, String mod) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        LocalDate previous = anchor.minusDays(back);
        return switch (mod) {
            case "next" -> anchor.plusDays(((day.getValue() - anchor.getDayOfWeek().getValue() + 6) % 7) + 1);
            case "last" -> back == 0 ? anchor.minusDays(7) : previous;
            default -> previous;
        };
    }

    /** A month-day without a year: the occurrence nearest the anchor (within six months either way). */
    static LocalDate nearestDate(LocalDate anchor, Month month, int day) {
        LocalDate same = LocalDate.of(anchor.getYear(), month, day);
        if (same.isAfter(anchor.plusMonths(6))) {
            return same.minusYears(1);
        }
        if (same.isBefore(anchor.minusMonths(6))) {
            return same.plusYears(1);
        }
        return same;
    }

    static YearMonth nearestYearMonth(LocalDate anchor, Month month) {
        LocalDate d = nearestDate(anchor, month, 1);
        return YearMonth.from(d);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<TimeValue> found, boolean[] taken, String text, int start, int end, String value,
                            TimeValue.Precision precision, boolean future) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new TimeValue(text.substring(start, end), new CharSpan(start, end), value,
                value == null ? null : precision, future));
    }

}
