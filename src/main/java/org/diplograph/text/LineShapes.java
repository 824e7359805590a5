package org.diplograph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.text.FurnitureLexicon.Kind;

/**
 * What one line of a page is by its shape alone: a caption with its credit, a byline, a time stamp, a teaser label,
 * a share bar, a label in capitals, leftover markup, or none of these. Where the line stands on the page is the
 * {@link Cleaner}'s business; the words come from a {@link FurnitureLexicon}.
 */
final class LineShapes {

    /** Why a line is furniture by its own shape; {@code NONE} when it is not. */
    enum Furniture {
        NONE,
        /** ads, calls to action, cookie and newsletter boxes, share bars, capitalised labels, notes in brackets */
        NOTICE,
        /** "Also read: ..." or a label such as "More stories" that opens a list of other stories */
        TEASER_LABEL,
        /** a picture's caption, known by its credit or by the way it places people in the frame */
        CAPTION,
        /** "By ..." */
        BYLINE,
        /** a line that is only a date or time, or a publication stamp */
        STAMP,
        /** "and", "with" on a line of their own, between the names of a byline block */
        CONNECTOR,
        /** leftover HTML and addresses */
        MARKUP;

        /** Lines that hold the reporters' names of a byline block together. */
        boolean anchorsByline() {
            return this == BYLINE || this == STAMP || this == CONNECTOR;
        }
    }

    /** A caption is a sentence or three; a longer line is a body paragraph even when it carries a credit. */
    static final int CAPTION_MAX_CHARS = 700;
    /** Labels, stamps and byline names are a few words; a heading or a sentence is longer. */
    private static final int LABEL_MAX_WORDS = 6;
    private static final int STAMP_MAX_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:\\s*[\"'”’)\\]])*$");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d:.,/-]*(?:st|nd|rd|th|h)?");
    private static final Pattern TIME_ZONE = Pattern.compile("\\p{Lu}{1,4}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]{0,200})?/?>");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** An address as a tokeniser leaves it: "http : / / example . org / ...". */
    private static final Pattern SPACED_ADDRESS = Pattern.compile("^(?i:https?\\s*:\\s*/\\s*/|www\\s+\\.\\s)");
    /** "Reuters/File", "EPA / Jane Doe": two capitalised names joined by a slash. */
    private static final String SLASHED_NAMES = "\\p{Lu}[\\p{L}.'’-]*\\s*/\\s*[\\p{Lu}\\p{N}]";

    private final FurnitureLexicon words;
    private final Pattern teaserInline;
    private final Pattern teaserLabel;
    private final Pattern bylineStart;
    private final Pattern staffNote;
    private final Pattern noticeStart;
    private final Pattern noticeAnywhere;
    private final Pattern stampWord;
    private final Pattern creditAnywhere;
    private final Pattern creditAtEnd;
    private final Pattern captionMarker;
    private final Pattern shortCredit;
    private final Pattern inline;

    LineShapes(FurnitureLexicon words) {
        this.words = words;
        String teaser = "(?:" + words.alternation(Kind.TEASER) + ")";
        String credit = "(?:" + words.alternation(Kind.CREDIT) + ")";
        String agency = "(?:" + words.alternation(Kind.AGENCY) + ")";
        String byline = "(?:" + words.alternation(Kind.BYLINE) + ")";
        String notice = "(?:" + words.alternation(Kind.NOTICE) + ")";
        String caption = "(?:" + words.alternation(Kind.CAPTION) + ")";
        String position = "(?:" + words.alternation(Kind.POSITION) + ")";
        teaserInline = Pattern.compile("(?i)^[\\[(]?" + teaser + "\\s*[:|»>›\\]-].*");
        teaserLabel = Pattern.compile("(?i)(?<![\\p{L}])" + teaser + "(?![\\p{L}])");
        bylineStart = Pattern.compile("^(?=\\p{Lu})(?i:" + byline + ")\\s*:?\\s+(?=\\p{Lu})(?<names>.+)$");
        // Wire copy's "(Reporting by ...; Editing by ...)": a byline word of two words or more opens the note.
        staffNote = Pattern.compile("(?i)^\\(?(?:" + byline + ")(?<=\\s\\p{L}{2,4})\\s+.{1,160}$");
        noticeStart = Pattern.compile("(?i)^(?:©|" + notice + ")(?![\\p{L}]).*");
        noticeAnywhere = Pattern.compile("(?i)(?<![\\p{L}])" + notice + "(?![\\p{L}])");
        stampWord = Pattern.compile("(?i)(?<![\\p{L}])(?:" + words.alternation(Kind.STAMP) + ")(?![\\p{L}])");
        creditAnywhere = Pattern.compile(
                "\\((?i:" + credit + ")\\s*(?::|\\s+by\\s)[^()]{1,160}\\)"
                        + "|(?<![\\p{L}])(?=\\p{Lu})(?i:" + credit + ")(?:\\s*:\\s*\\S|\\s+by\\s+\\p{Lu})"
                        + "|©"
                        + "|\\b\\p{Lu}{2,}\\s+(?i:" + credit + ")\\s*/\\s*\\p{Lu}"
                        + "|(?i:\\bvia\\s+" + agency + ")\\s*(?:\\)|$)");
        creditAtEnd = Pattern.compile(
                // "... on Monday. - AFP", "... on Monday. AP": capitals alone after the last full stop
                "[.!?][\"'”’]?\\s*(?:[-–—|/]\\s*)?(?:(?:\\p{Lu}{2,}[\\p{Lu}/-]*|(?i:" + agency + "))\\s*){1,3}$"
                        // "(Getty Images)", "(Staff / Agency)"
                        + "|\\(\\s*(?:(?i:" + agency + ")|[^()]{0,80}" + SLASHED_NAMES + "[^()]{0,60})\\s*\\)$");
        captionMarker = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + caption + "(?![\\p{L}])|,\\s*(?i:" + position + "),");
        inline = Pattern.compile(HTML_TAG.pattern() + "|" + URL.pattern() + "|&(?:[a-z]{2,8}|#\\d{2,5});"
                + "|\\((?i:" + credit + ")\\s*(?::|\\s+by\\s)[^()]{1,160}\\)"
                // "(Agency/Photographer)": a picture's credit left in the paragraph it illustrates
                + "|\\((?i:" + agency + ")\\s*/[^()\\n]{1,60}\\)"
                // a wire tag opening a paragraph, after its dateline: "CITY, May 5 (ABC) --"; who filed the story is
                // the page's metadata, not an actor of it
                // (an acronym no list names only after a dateline's date or capitals, so an organisation's
                // acronym in the paragraph's opening words stays)
                // (each tag's "(" is looked for before what comes before it: the look back is dear, tried at every place)
                + "|(?=\\()(?<=(?:^|\\n)[^\\n()]{0,60})\\((?i:" + agency + ")\\)(?=\\s*(?:-{1,2}|[–—:]))"
                + "|(?=\\()(?<=(?:^|\\n)(?:[^\\n()]{0,58}[\\d\\p{Lu}]\\.?\\s{1,2})?)\\(\\p{Lu}{2,}[\\p{Lu}.]*\\)"
                + "(?=\\s*(?:-{1,2}|[–—:]))");
        shortCredit = Pattern.compile("(?i)^.{0,80}/\\s*" + agency + "(?:\\s+photo)?\\.?$");
    }

    /**
     * @param line      one line of the page, stripped
     * @param multiLine whether the page has more than one paragraph; a page that is one long line has no
     *                  caption lines to drop whole
     */
    Furniture classify(String line, boolean multiLine) {
        if (line.isEmpty()) {
            return Furniture.NONE;
        }
        if (line.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Furniture.NOTICE;
        }
        if (line.startsWith("<") && HTML_TAG.matcher(line).lookingAt() || isMostlyAddress(line)) {
            return Furniture.MARKUP;
        }
        if (teaserInline.matcher(line).matches() || isTeaserLabel(line)) {
            return Furniture.TEASER_LABEL;
        }
        boolean caption = multiLine && line.length() <= CAPTION_MAX_CHARS;
        if (caption && (creditAnywhere.matcher(line).find() || creditAtEnd.matcher(line).find()
                || captionMarker.matcher(line).find()) || shortCredit.matcher(line).matches()) {
            return Furniture.CAPTION;
        }
        if (isByline(line) || staffNote.matcher(line).matches()) {
            return Furniture.BYLINE;
        }
        if (isStamp(line)) {
            return Furniture.STAMP;
        }
        if (words.has(Kind.CONNECTOR, line)) {
            return Furniture.CONNECTOR;
        }
        if (isNotice(line) || isBar(line) || isCapitalLabel(line) || isBracketedNote(line)) {
            return Furniture.NOTICE;
        }
        return Furniture.NONE;
    }

    /**
     * Spans that are furniture wherever they stand, even inside a paragraph that is kept: leftover tags and
     * entities, addresses, and a credit in brackets.
     */
    Pattern inlineFurniture() {
        return inline;
    }

    static int wordCount(String line) {
        Matcher m = WORD.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).find();
    }

    /**
     * A row of a results or standings table, the body of a wire sports story: names and numbers with at most a few
     * small words ("Northvale 2 Castlebay 1", "K. Marsh c Okafor b Lund 45", "Northvale 15 10 3 2 33").
     */
    static boolean isTableRow(String line) {
        int numbers = 0;
        int names = 0;
        int small = 0;
        for (String t : line.trim().split("\\s+")) {
            boolean digits = t.chars().anyMatch(Character::isDigit);
            boolean letters = t.chars().anyMatch(Character::isLetter);
            if (digits && !letters) {
                numbers++;
            } else if (letters && Character.isUpperCase(t.codePointAt(0))) {
                names++;
            } else if (letters) {
                small++;
            }
        }
        // one number alone is an address or a heading ("10 Harbour Street"); a scorecard's one has its small words, a
        // list of scorers their clubs in brackets ("12 - Ana Ruiz ( Northvale )")
        boolean bracketed = line.matches(".*\\(\\s*\\p{Lu}.*\\).*");
        return (numbers >= 2 || numbers == 1 && (small >= 1 || bracketed)) && names >= 1 && small <= 3
                && numbers + names >= 2 * small;
    }

    /** A paragraph of running text: long enough to be prose, and finished like a sentence. */
    static boolean isProse(String line) {
        return endsSentence(line) && wordCount(line) >= 8;
    }

    /**
     * Only capitalised words and the connectors of a byline ("Jane Roe and John Doe", "Staff Reporter"):
     * what a line of reporters' names looks like, and a heading in running text seldom does.
     */
    boolean isNames(String line) {
        if (endsSentence(line) || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] tokens = line.split("[\\s|,]+");
        if (tokens.length > LABEL_MAX_WORDS) {
            return false;
        }
        boolean named = false;
        for (String t : tokens) {
            if (t.isEmpty() || words.has(Kind.CONNECTOR, t)) {
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private boolean isTeaserLabel(String line) {
        if (endsSentence(line) || wordCount(line) > 4 || !teaserLabel.matcher(line).find()) {
            return false;
        }
        // "More Stories", "ALSO READ": a label is set in capitals or title case; running text is not.
        Matcher w = WORD.matcher(line);
        while (w.find()) {
            if (!Character.isUpperCase(w.group().codePointAt(0)) && !Character.isDigit(w.group().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private boolean isByline(String line) {
        Matcher m = bylineStart.matcher(line);
        return m.matches() && isNames(m.group("names").replaceAll("\\s*&\\s*", " and "))
                || words.has(Kind.BYLINE, line.replaceAll("[:\\s]+$", ""));
    }

    /** "March 3, 2024, 9:47 AM ET", "Published: 14:02 02.03.2024", "Monday": a date and nothing to read. */
    private boolean isStamp(String line) {
        if (wordCount(line) > STAMP_MAX_WORDS) {
            return false;
        }
        boolean stamped = stampWord.matcher(line).find();
        String rest = stampWord.matcher(line).replaceAll(" ");
        boolean dated = false;
        for (String t : rest.split("[\\s,;|()\\[\\]:]+")) {
            // an agency's name before the time ("Agency) 10:15, May 5, 2024") is part of the stamp, as a date word is
            if (t.isEmpty() || t.codePoints().noneMatch(Character::isLetterOrDigit) || words.has(Kind.DATEJOIN, t)
                    || words.has(Kind.AGENCY, t)) {
                continue;
            }
            if (NUMBER.matcher(t).matches() || Months.isName(t) || words.has(Kind.DATEWORD, t)) {
                dated = true;
            } else if (!TIME_ZONE.matcher(t).matches()) {
                return stamped && hasDate(rest);
            }
        }
        return dated || stamped;
    }

    /** "FE Staff | Published: March 3, 2024": a stamp that also names its writers. */
    private static boolean hasDate(String text) {
        Matcher m = WORD.matcher(text);
        boolean month = false;
        boolean number = false;
        while (m.find()) {
            month |= Months.isName(m.group());
            number |= Character.isDigit(m.group().codePointAt(0));
        }
        return month && number;
    }

    private boolean isNotice(String line) {
        if (noticeStart.matcher(line).matches()) {
            return !isProse(line) || wordCount(line) <= STAMP_MAX_WORDS;
        }
        return !endsSentence(line) && wordCount(line) <= LABEL_MAX_WORDS && noticeAnywhere.matcher(line).find();
    }

    /** A share bar or gallery strip: nothing but the words of one. */
    private boolean isBar(String line) {
        Matcher w = WORD.matcher(line);
        int total = 0;
        while (w.find()) {
            if (!words.has(Kind.BAR, w.group())) {
                return false;
            }
            total++;
        }
        return total > 0 && total <= 20 && !line.endsWith(".");
    }

    /** "WORLD", "VIDEO", "CONFLICT-TALKS": a short label set in capitals; a sentence never is. */
    private static boolean isCapitalLabel(String line) {
        return line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase)
                && wordCount(line) <= LABEL_MAX_WORDS && !endsSentence(line);
    }

    /** "(This story was produced from a feed.)": an editor's note stands whole in brackets. */
    private static boolean isBracketedNote(String line) {
        return line.startsWith("(") && line.endsWith(")") && line.length() <= 300
                && line.indexOf(')') == line.length() - 1;
    }

    private static boolean isMostlyAddress(String line) {
        if (SPACED_ADDRESS.matcher(line).lookingAt() && line.length() <= 300) {
            return true;
        }
        Matcher m = URL.matcher(line);
        if (!m.find()) {
            return false;
        }
        return wordCount(URL.matcher(line).replaceAll(" ")) <= LABEL_MAX_WORDS;
    }
}
