package org.diplograph.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news dateline such as {@code BEIJING, CHINA - SEPTEMBER 29, 2025 -} or
 * {@code GENEVA, June 16 (Reuters) -}: the place the report was filed from and, when given, its date.
 *
 * @param place the place words as written, e.g. "BEIJING, CHINA"
 * @param city  the first place component in title case, e.g. "Beijing"
 * @param date  the date, or null when the dateline has none
 * @param span  where the dateline sits in the original text
 */
public record Dateline(String place, String city, LocalDate date, CharSpan span) {

    private static final String MONTH =
            "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                    + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DASH = "\\s*(?:-|–|—|--)\\s*";
    /** Place: one to four capitalised words, optionally ", REGION"; all-caps or title case. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})?)"
                    + "(?:,?\\s+(?i:" + MONTH + ")\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?"
                    + "(?:\\s*\\((?<agency>[A-Za-z .]{2,30})\\))?"
                    + DASH
                    + "(?:(?i:" + MONTH.replace("month", "month2") + ")\\s+(?<day2>\\d{1,2}),?\\s+(?<year2>\\d{4})" + DASH + ")?");

    /**
     * A wire service's dateline on a line of its own, the place in capitals and the filing date: "OSLO 2024-03-05".
     */
    private static final Pattern WIRE_STAMP = Pattern.compile(
            "^(?<place>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})?)"
                    + "\\s+(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\s*$");

    /** Whether a line is a wire dateline of its own ({@link #WIRE_STAMP}): the story's place, not a page's stamp. */
    public static boolean isWireStamp(String line) {
        return WIRE_STAMP.matcher(line.strip()).matches();
    }

    /** Finds a dateline at the start of one of the first few paragraphs of the text. */
    public static Optional<Dateline> find(String text, LocalDate publishedHint) {
        int lineStart = 0;
        int linesSeen = 0;
        while (lineStart < text.length() && linesSeen < 6) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int indent = 0;
            while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
                indent++;
            }
            if (indent < line.length()) {
                linesSeen++;
                Optional<Dateline> found = parse(line.substring(indent), lineStart + indent, publishedHint);
                if (found.isPresent()) {
                    return found;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    static Optional<Dateline> parse(String line, int offset, LocalDate publishedHint) {
        Matcher stamp = WIRE_STAMP.matcher(line);
        if (stamp.find()) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(stamp.group("year")), Integer.parseInt(stamp.group("month")),
                        Integer.parseInt(stamp.group("day")));
            } catch (java.time.DateTimeException e) {
                date = null;
            }
            String place = stamp.group("place");
            return Optional.of(new Dateline(place, titleCase(place.split(",")[0].trim()), date,
                    new CharSpan(offset, offset + stamp.end("place"))));
        }
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place");
        boolean hasDate = m.group("day") != null || m.group("day2") != null;
        boolean hasAgency = m.group("agency") != null;
        boolean shouting = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter);
        // A capitalised sentence opening followed by a dash ("Wang Yi - the minister") is not a dateline:
        // demand an all-caps place, a date or an agency tag.
        if (!shouting && !hasDate && !hasAgency) {
            return Optional.empty();
        }
        if (place.length() > 60 || line.length() - m.end() < 20 || shouting(line.substring(m.end()))) {
            return Optional.empty();
        }
        LocalDate date = null;
        try {
            if (m.group("day2") != null) {
                date = LocalDate.of(Integer.parseInt(m.group("year2")), Months.parse(m.group("month2")),
                        Integer.parseInt(m.group("day2")));
            } else if (m.group("day") != null) {
                int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                        : publishedHint != null ? publishedHint.getYear() : -1;
                if (year > 0) {
                    date = LocalDate.of(year, Months.parse(m.group("month")), Integer.parseInt(m.group("day")));
                }
            }
        } catch (java.time.DateTimeException e) {
            date = null;
        }
        String city = titleCase(place.split(",")[0].trim());
        return Optional.of(new Dateline(place, city, date, new CharSpan(offset, offset + m.end())));
    }

    /**
     * A report's first words are written as prose; a label before a shouted headline ("SAILING - CREWS WAIT FOR
     * WIND") is a section, not the place the story was filed from.
     */
    private static boolean shouting(String rest) {
        return rest.chars().anyMatch(Character::isLetter) && rest.chars().noneMatch(Character::isLowerCase);
    }

    public static String titleCase(String words) {
        if (!words.equals(words.toUpperCase(Locale.ROOT))) {
            return words;
        }
        StringBuilder out = new StringBuilder(words.length());
        boolean wordStart = true;
        for (char c : words.toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-' || c == '.';
        }
        return out.toString();
    }
}
