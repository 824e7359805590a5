package org.diplograph.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Months;

/**
 * Finds time expressions in text and resolves them against an anchor, the article's publication date or dateline:
 * "on Sunday", "last Tuesday", "Friday night", "earlier this month", "late last year", "mid-July", "two days ago",
 * "on the 19th", "October 10", "19/06/2024", "2024-06-19", "in 2022".
 *
 * <p>The conventions: a value keeps the precision the text gives (xsd:date, gYearMonth or gYear) and is never more
 * precise than the text; an expression with no value of that kind ("in the spring") or without an anchor keeps its
 * text and gets no value, as a date is never invented. A week ("last week", "three weeks ago") has no XSD type of its
 * own, so it gets the month or year it lies in, and no value when it straddles two. Expressions that do not say which
 * way to look (a bare weekday, month or month-day, "the 19th") are resolved in a {@link Direction}: inferred from the
 * tense of the sentence by {@link #find(String, LocalDate)}, or given by the caller.
 */
public final class TimeNormalizer {

    private static final String WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));
    private static final String MONTHS_FULL = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));
    /** Abbreviations only before a day number, where "Jan" cannot be a name. */
    private static final String MONTHS_ANY = "(?:" + MONTHS_FULL + "|Sept\\.?|" + Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "\\.?").collect(Collectors.joining("|"))
            + ")(?!\\p{L})";
    /** A year; "2014-15" is a season of years, not one, but "2014-2016" is two. */
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?![\\d%\\p{L}]|[.,:/]\\d|-\\d(?!\\d{3}\\b))";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String SPAN_MODIFIERS = "early|mid|late|the end of|the start of|the beginning of|"
            + "the middle of|end of|start of";
    private static final Set<String> SPAN_LEADS = Set.of("last", "next", "this", "early", "mid", "late",
            "the end of", "the start of", "the beginning of", "the middle of", "end of", "start of");
    /** Words before a month that a name follows as often ("Johnson and May", "the May government"). */
    private static final Set<String> WEAK_LEADS = Set.of("and", "or", "to", "a", "an", "the");

    private static final Pattern ISO = Pattern.compile(
            "\\b(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>" + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?:" + WEEKDAYS + "),?\\s+)?(?<month>"
            + MONTHS_ANY + ")\\s+(?<day>\\d{1,2})" + ORDINAL + "(?!\\d|:\\d)(?:\\s*,?\\s*" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(?:" + WEEKDAYS + "),?\\s+)?(?:the\\s+)?"
            + "(?<day>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<month>" + MONTHS_ANY + ")(?:\\s*,?\\s*" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(?i:" + SPAN_MODIFIERS + ")[- ]\\s*)?"
            + "(?<month>" + MONTHS_ANY + ")\\s*,?\\s*" + YEAR);
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("\\b(?:(?i:" + SPAN_MODIFIERS + ")[- ]\\s*)?"
            + "(?<month>" + MONTHS_FULL + ")\\s+(?:of\\s+)?(?<rel>(?i:this|last|next))\\s+year\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(?<lead>(?i:in|during|since|until|till|by|from|through|"
            + "throughout|before|after|of|between|and|or|to|last|next|this|earlier in|later in|" + SPAN_MODIFIERS
            + "))[- ]\\s*(?<month>" + MONTHS_FULL + ")(?!\\p{L}|\\s*\\d)");
    /** A month naming what it modifies: "a July meeting", "the October elections". */
    private static final Pattern MONTH_MODIFIER = Pattern.compile("\\b(?<lead>(?i:a|an|the))\\s+(?<month>" + MONTHS_FULL
            + ")(?=\\s+\\p{Ll})");
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?i:on|by|until|till|since|from|before|after)\\s+"
            + "(?<expr>the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th))\\b(?!\\s+(?:of\\s+)?" + MONTHS_ANY + ")"
            + "(?=\\s*[,.;:)!?]|\\s*$|\\s+(?:and|or|at|in|when|after|before|with|to|for|as|but|until|while)\\b)");

    private final TimeWords words;
    private final Tense tense;
    private final Pattern agoOrIn;
    private final Pattern season;
    private final Pattern weekday;
    private final Pattern dayWord;
    private final Pattern relative;
    private final Pattern yearWithModifier;

    public TimeNormalizer() {
        this(TimeWords.EN);
    }

    TimeNormalizer(TimeWords words) {
        this.words = words;
        this.tense = new Tense(words);
        String numbers = TimeWords.alternation(words.numbers().keySet()) + "|\\d{1,2}";
        String parts = "(?<part>\\s+(?:" + TimeWords.alternation(words.dayParts()) + "))?";
        String seasons = TimeWords.alternation(words.seasons());
        this.weekday = Pattern.compile("\\b(?:(?<mod>(?i:this past|this coming|last|next|this|coming|past))\\s+)?"
                + "(?<weekday>" + WEEKDAYS + ")" + parts + "\\b");
        this.dayWord = Pattern.compile("\\b(?<word>(?i:the day before yesterday|the day after tomorrow|yesterday|"
                + "today|tomorrow|tonight|overnight|last night|this morning|this afternoon|this evening))" + parts
                + "\\b");
        this.relative = Pattern.compile("\\b(?:(?<pre>(?i:earlier|later|" + SPAN_MODIFIERS + "))[- ]+)?"
                + "(?<rel>(?i:this|last|next|the current|the))\\s+(?<unit>(?i:weekend|week|month|year|quarter|"
                + seasons + "))\\b");
        this.yearWithModifier = Pattern.compile("\\b(?:(?<mod>(?i:" + SPAN_MODIFIERS + "))[- ]\\s*)?"
                + "(?:(?:the\\s+)?(?<season>(?i:" + seasons + "))\\s+(?:of\\s+)?)?" + YEAR);
        this.agoOrIn = Pattern.compile("\\b(?<in>(?i:in)\\s+)?(?<n>(?i:" + numbers + "))\\s+(?<unit>(?i:day|week|"
                + "month|year))s?(?<tail>\\s+(?i:ago|from now)|['’]s?\\s+time)?\\b");
        this.season = Pattern.compile("\\b(?<lead>(?i:in|during|by|until|since|through|early|late))\\s+"
                + "(?<expr>(?:the\\s+)?(?<season>(?i:" + seasons + ")))\\b"
                + "(?!\\s+of\\b)");
    }

    /**
     * Every time expression of the text, resolved against the anchor when it has one; a bare weekday, month or
     * month-day takes the direction of the tense around it ({@link Tense}).
     */
    public List<TimeValue> find(String text, LocalDate anchor) {
        return scan(text, anchor, (start, end) -> tense.of(text, start, end));
    }

    /** Every time expression of the text, each bare one resolved in the given direction. */
    public List<TimeValue> find(String text, LocalDate anchor, Direction direction) {
        return scan(text, anchor, (start, end) -> direction);
    }

    /**
     * A found expression resolved again in the direction the caller knows better (an event reported as planned
     * looks forward), with the same span. Expressions that carry their own direction keep their value.
     */
    public TimeValue resolve(TimeValue found, LocalDate anchor, Direction direction) {
        String expr = found.expression();
        // a bare month or weekday was found after the word that made it a date ("in October"), which its
        // expression leaves out: read it again behind such a word
        for (String lead : RESOLVE_LEADS) {
            for (TimeValue t : find(lead + expr, anchor, direction)) {
                if (t.span().start() <= lead.length() && t.span().end() == lead.length() + expr.length()) {
                    return new TimeValue(expr, found.span(), t.value(), t.precision(), t.future());
                }
            }
        }
        return found;
    }

    private static final List<String> RESOLVE_LEADS = List.of("", "in ", "on ");

    /** The direction {@link #find(String, LocalDate)} reads for the expression at {@code [start, end)}. */
    public Direction direction(String text, int start, int end) {
        return tense.of(text, start, end);
    }

    private interface Directions {
        Direction at(int start, int end);
    }

    /** What one pattern made of one match; null value: the expression stands, nothing is known of its date. */
    private record Hit(int start, int end, String value, TimeValue.Precision precision, boolean future) {
    }

    /** One scan: the patterns in order, each claiming its characters so no later pattern reads them again. */
    private final class Scan {
        final String text;
        final LocalDate anchor;
        final Directions directions;
        final boolean[] taken;
        final List<TimeValue> found = new ArrayList<>();

        Scan(String text, LocalDate anchor, Directions directions) {
            this.text = text;
            this.anchor = anchor;
            this.directions = directions;
            this.taken = new boolean[text.length() + 1];
        }

        void run(Pattern p, java.util.function.Function<Matcher, Hit> rule) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!free(m.start(), m.end())) {
                    continue;
                }
                Hit h = rule.apply(m);
                if (h != null && free(h.start(), h.end())) {
                    for (int i = h.start(); i < h.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new TimeValue(text.substring(h.start(), h.end()), new CharSpan(h.start(), h.end()),
                            h.value(), h.value() == null ? null : h.precision(), h.future()));
                }
            }
        }

        boolean free(int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return false;
                }
            }
            return true;
        }

        Direction direction(Matcher m) {
            return directions.at(m.start(), m.end());
        }

        Hit day(int start, int end, LocalDate d, boolean explicitFuture) {
            return d == null ? new Hit(start, end, null, null, explicitFuture)
                    : new Hit(start, end, d.toString(), TimeValue.Precision.DAY,
                    explicitFuture || anchor != null && d.isAfter(anchor));
        }

        Hit month(int start, int end, YearMonth ym, boolean explicitFuture) {
            return ym == null ? new Hit(start, end, null, null, explicitFuture)
                    : new Hit(start, end, ym.toString(), TimeValue.Precision.MONTH,
                    explicitFuture || anchor != null && ym.isAfter(YearMonth.from(anchor)));
        }

        Hit year(int start, int end, int year, boolean explicitFuture) {
            return new Hit(start, end, Integer.toString(year), TimeValue.Precision.YEAR,
                    explicitFuture || anchor != null && year > anchor.getYear());
        }

        /** A stretch of days at the finest precision that holds all of it: its month, its year, or nothing. */
        Hit range(int start, int end, LocalDate from, LocalDate to, boolean explicitFuture) {
            if (from == null) {
                return new Hit(start, end, null, null, explicitFuture);
            }
            if (from.equals(to)) {
                return day(start, end, from, explicitFuture);
            }
            if (YearMonth.from(from).equals(YearMonth.from(to))) {
                return month(start, end, YearMonth.from(from), explicitFuture);
            }
            if (from.getYear() == to.getYear()) {
                return year(start, end, from.getYear(), explicitFuture);
            }
            return new Hit(start, end, null, null, explicitFuture || anchor != null && from.isAfter(anchor));
        }

        String word(int from, boolean forward) {
            int i = from;
            if (forward) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                return text.substring(s, i).toLowerCase(Locale.ROOT);
            }
            i--;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            int e = i + 1;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
            return text.substring(i + 1, e).toLowerCase(Locale.ROOT);
        }

        char before(int at) {
            int i = at - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i < 0 ? ' ' : text.charAt(i);
        }
    }

    private List<TimeValue> scan(String text, LocalDate anchor, Directions directions) {
        Scan s = new Scan(text, anchor, directions);
        s.run(ISO, m -> explicit(s, m.start(), m.end(), Integer.parseInt(m.group("year")),
                Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day"))));
        s.run(NUMERIC, m -> numeric(s, m));
        s.run(MONTH_DAY, m -> monthDay(s, m));
        s.run(DAY_MONTH, m -> monthDay(s, m));
        s.run(MONTH_YEAR, m -> s.month(m.start(), m.end(),
                YearMonth.of(Integer.parseInt(m.group("year")), Months.parse(m.group("month"))), false));
        s.run(MONTH_OF_YEAR, m -> monthOfYear(s, m));
        s.run(dayWord, m -> dayWord(s, m));
        s.run(relative, m -> relative(s, m));
        s.run(agoOrIn, m -> agoOrIn(s, m));
        s.run(weekday, m -> weekday(s, m));
        s.run(MONTH, m -> bareMonth(s, m));
        s.run(MONTH_MODIFIER, m -> bareMonth(s, m));
        s.run(ORDINAL_DAY, m -> ordinalDay(s, m));
        s.run(yearWithModifier, m -> year(s, m));
        s.run(season, m -> bareSeason(m));
        s.found.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(s.found);
    }

    /** A season without a year has no calendar value, but it is a time: the expression stands. */
    private static Hit bareSeason(Matcher m) {
        boolean withArticle = m.group("expr").length() > m.group("season").length();
        if (m.group("season").equalsIgnoreCase("fall") && !withArticle) {
            return null; // "killed in fall": an accident, not autumn
        }
        int start = SPAN_LEADS.contains(m.group("lead").toLowerCase(Locale.ROOT)) ? m.start() : m.start("expr");
        return new Hit(start, m.end(), null, null, false);
    }

    private static Hit explicit(Scan s, int start, int end, int year, int month, int day) {
        try {
            return s.day(start, end, LocalDate.of(year, month, day), false);
        } catch (DateTimeException e) {
            return null; // "2021-02-30", "13/13/2020": not a date
        }
    }

    /** "19/06/2024" is read only when one order is impossible (or both give the same day): 03/04 is left unresolved. */
    private static Hit numeric(Scan s, Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int year = Integer.parseInt(m.group("year"));
        if (a == b || a > 12) {
            return explicit(s, m.start(), m.end(), year, b, a);
        }
        if (b > 12) {
            return explicit(s, m.start(), m.end(), year, a, b);
        }
        return a >= 1 && b >= 1 ? new Hit(m.start(), m.end(), null, null, false) : null;
    }

    private static Hit monthDay(Scan s, Matcher m) {
        Month month = Months.parse(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (m.group("year") != null) {
            return explicit(s, m.start(), m.end(), Integer.parseInt(m.group("year")), month.getValue(), day);
        }
        if (s.anchor == null) {
            return s.day(m.start(), m.end(), null, false);
        }
        long chosen = pick(s.anchor.toEpochDay(), s.direction(m), y -> {
            try {
                return LocalDate.of(s.anchor.getYear() + (int) y, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return Long.MIN_VALUE; // 29 February of a common year
            }
        });
        return s.day(m.start(), m.end(), chosen == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(chosen), false);
    }

    private static Hit monthOfYear(Scan s, Matcher m) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        return s.month(m.start(), m.end(), s.anchor == null ? null
                : YearMonth.of(s.anchor.getYear() + shift, Months.parse(m.group("month"))), shift > 0);
    }

    private Hit dayWord(Scan s, Matcher m) {
        String w = m.group("word").toLowerCase(Locale.ROOT);
        if (w.equals("overnight") && words.determiners().contains(s.word(m.start(), false))) {
            return null; // "an overnight stay"
        }
        int shift = switch (w) {
            case "the day before yesterday" -> -2;
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        return s.day(m.start(), m.end(), s.anchor == null ? null : s.anchor.plusDays(shift), shift > 0);
    }

    private Hit relative(Scan s, Matcher m) {
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (rel.equals("the") && unit.equals("weekend") && pre.isEmpty()) {
            return theWeekend(s, m);
        }
        if (rel.equals("the") && (pre.isEmpty() || pre.equals("earlier") || pre.equals("later"))) {
            return null; // "the year" alone is no time of its own; "the end of the year" is this one's
        }
        if (pre.isEmpty() && !rel.startsWith("the") && s.word(m.start(), false).equals("the")) {
            return null; // "over the last year", "in the next month": a stretch of time, not a calendar one
        }
        int shift = switch (rel) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        boolean future = shift > 0 || pre.equals("later");
        if (s.anchor == null) {
            return new Hit(m.start(), m.end(), null, null, future);
        }
        LocalDate a = s.anchor;
        return switch (unit) {
            case "month" -> s.month(m.start(), m.end(), YearMonth.from(a).plusMonths(shift), future);
            case "year" -> s.year(m.start(), m.end(), a.getYear() + shift, future);
            case "week" -> {
                LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                yield s.range(m.start(), m.end(), monday, monday.plusDays(6), future);
            }
            case "weekend" -> {
                LocalDate saturday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5)
                        .plusWeeks(shift);
                yield s.range(m.start(), m.end(), saturday, saturday.plusDays(1), future);
            }
            case "quarter" -> {
                LocalDate first = a.withDayOfMonth(1).withMonth((a.getMonthValue() - 1) / 3 * 3 + 1)
                        .plusMonths(3L * shift);
                yield s.range(m.start(), m.end(), first, first.plusMonths(3).minusDays(1), future);
            }
            default -> season(s, m.start(), m.end(), unit, shift, future);
        };
    }

    /** "at the weekend": the Saturday and Sunday nearest the anchor in the direction of the tense. */
    private static Hit theWeekend(Scan s, Matcher m) {
        if (s.anchor == null) {
            return new Hit(m.start(), m.end(), null, null, false);
        }
        long saturday = pick(s.anchor.toEpochDay(), s.direction(m), k -> s.anchor
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).plusWeeks(k).toEpochDay());
        LocalDate from = LocalDate.ofEpochDay(saturday);
        return s.range(m.start(), m.end(), from, from.plusDays(1), false);
    }

    /** A season this, last or next: meteorological months of the northern hemisphere, so winter spans two years. */
    private static Hit season(Scan s, int start, int end, String name, int shift, boolean future) {
        int firstMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        LocalDate a = s.anchor;
        LocalDate thisOne = LocalDate.of(a.getYear(), firstMonth, 1);
        if (thisOne.isAfter(a) && thisOne.minusMonths(9).isBefore(a) && firstMonth == 12) {
            thisOne = thisOne.minusYears(1); // in February, "this winter" began last December
        }
        LocalDate from = switch (shift) {
            case -1 -> thisOne.plusMonths(3).isAfter(a) ? thisOne.minusYears(1) : thisOne;
            case 1 -> thisOne.isAfter(a) ? thisOne : thisOne.plusYears(1);
            default -> thisOne;
        };
        return s.range(start, end, from, from.plusMonths(3).minusDays(1), future);
    }

    private Hit agoOrIn(Scan s, Matcher m) {
        String tail = m.group("tail") == null ? "" : m.group("tail").trim().toLowerCase(Locale.ROOT);
        boolean ago = tail.equals("ago");
        boolean in = m.group("in") != null;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        boolean shortWait = unit.equals("day") || unit.equals("week");
        if (!ago && !tail.equals("from now")
                && !(in && (!tail.isEmpty() || shortWait && s.direction(m) == Direction.FUTURE))) {
            return null; // "two days of talks", "twice in a year": a stretch of time, not a date
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : words.numbers().get(n);
        int shift = ago ? -count : count;
        int start = in ? m.start("n") : m.start();
        if (s.anchor == null) {
            return new Hit(start, m.end(), null, null, !ago);
        }
        LocalDate a = s.anchor;
        return switch (unit) {
            case "day" -> s.day(start, m.end(), a.plusDays(shift), !ago);
            case "week" -> {
                LocalDate monday = a.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield s.range(start, m.end(), monday, monday.plusDays(6), !ago);
            }
            case "month" -> s.month(start, m.end(), YearMonth.from(a).plusMonths(shift), !ago);
            default -> s.year(start, m.end(), a.getYear() + shift, !ago);
        };
    }

    private static Hit weekday(Scan s, Matcher m) {
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        int start = mod.isEmpty() ? m.start("weekday") : m.start();
        int end = m.group("part") != null ? m.end("part") : m.end("weekday");
        boolean explicitFuture = mod.equals("next") || mod.contains("coming");
        if (s.anchor == null) {
            return s.day(start, end, null, explicitFuture);
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        Direction d = switch (mod) {
            case "last", "past", "this past" -> Direction.PAST;
            case "next", "coming", "this coming" -> Direction.FUTURE;
            default -> s.direction(m);
        };
        LocalDate value = weekday(s.anchor, day, d);
        if (value.equals(s.anchor) && (mod.equals("last") || mod.equals("next"))) {
            value = value.plusWeeks(mod.equals("last") ? -1 : 1); // "last Monday" said on a Monday is a week ago
        }
        return s.day(start, end, value, explicitFuture);
    }

    /** The weekday nearest the anchor in the direction; the anchor's own weekday is the anchor day itself. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction direction) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int forward = (7 - back) % 7;
        return switch (direction) {
            case PAST -> anchor.minusDays(back);
            case FUTURE -> anchor.plusDays(forward);
            case NEAREST -> back <= forward ? anchor.minusDays(back) : anchor.plusDays(forward);
        };
    }

    private Hit bareMonth(Scan s, Matcher m) {
        String lead = m.group("lead").toLowerCase(Locale.ROOT);
        Month month = Months.parse(m.group("month"));
        if (words.ambiguousMonths().contains(m.group("month").toLowerCase(Locale.ROOT)) && WEAK_LEADS.contains(lead)) {
            return null; // "Johnson and May": a name as likely as a month
        }
        int start = SPAN_LEADS.contains(lead) ? m.start() : m.start("month");
        boolean explicitFuture = lead.equals("next");
        if (s.anchor == null) {
            return s.month(start, m.end(), null, explicitFuture);
        }
        YearMonth now = YearMonth.from(s.anchor);
        YearMonth value = switch (lead) {
            case "last" -> now.withMonth(month.getValue()).isBefore(now) ? now.withMonth(month.getValue())
                    : now.withMonth(month.getValue()).minusYears(1);
            case "next" -> now.withMonth(month.getValue()).isAfter(now) ? now.withMonth(month.getValue())
                    : now.withMonth(month.getValue()).plusYears(1);
            case "this" -> now.withMonth(month.getValue());
            default -> {
                // "since March" looks back whatever the tense of the verb it hangs on
                Direction d = lead.equals("since") ? Direction.PAST : s.direction(m);
                long ordinal = pick(now.getYear() * 12L + now.getMonthValue() - 1, d,
                        y -> (now.getYear() + y) * 12L + month.getValue() - 1);
                yield YearMonth.of((int) (ordinal / 12), (int) (ordinal % 12) + 1);
            }
        };
        return s.month(start, m.end(), value, explicitFuture);
    }

    /** "on the 19th": that day of the anchor's month or the one before (after, when the tense looks forward). */
    private static Hit ordinalDay(Scan s, Matcher m) {
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return null;
        }
        int start = m.start("expr");
        int end = m.end("expr");
        if (s.anchor == null) {
            return s.day(start, end, null, false);
        }
        Direction d = s.direction(m) == Direction.FUTURE ? Direction.FUTURE : Direction.PAST;
        YearMonth now = YearMonth.from(s.anchor);
        long chosen = pick(s.anchor.toEpochDay(), d, k -> {
            YearMonth ym = now.plusMonths(k);
            return ym.isValidDay(day) ? ym.atDay(day).toEpochDay() : Long.MIN_VALUE;
        });
        return s.day(start, end, chosen == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(chosen), false);
    }

    private Hit year(Scan s, Matcher m) {
        boolean modified = m.group("mod") != null || m.group("season") != null;
        if (!modified) {
            char c = s.before(m.start());
            if (c == '$' || c == '€' || c == '£' || c == '#' || Character.isDigit(c)
                    || words.yearQuantityBefore().contains(s.word(m.start(), false))
                    || words.yearQuantityAfter().contains(s.word(m.end(), true))) {
                return null; // "some 2000 troops", "$ 2000": a quantity
            }
        }
        return s.year(m.start(), m.end(), Integer.parseInt(m.group("year")), false);
    }

    /**
     * The candidate nearest the anchor in the direction: candidates are given by offset (-2 to 2 years, months or
     * weeks from the anchor's), as ordinals comparable with the anchor's; Long.MIN_VALUE marks one that does not exist.
     * NEAREST prefers the past on a tie, as news reports more than it announces.
     */
    static long pick(long anchor, Direction direction, LongFunction<Long> candidate) {
        long best = Long.MIN_VALUE;
        for (long k = -2; k <= 2; k++) {
            long c = candidate.apply(k);
            if (c == Long.MIN_VALUE || direction == Direction.PAST && c > anchor
                    || direction == Direction.FUTURE && c < anchor) {
                continue;
            }
            if (best == Long.MIN_VALUE || Math.abs(c - anchor) < Math.abs(best - anchor)
                    || Math.abs(c - anchor) == Math.abs(best - anchor) && c < best) {
                best = c;
            }
        }
        return best;
    }
}
