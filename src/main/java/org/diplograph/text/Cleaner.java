package org.diplograph.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out page furniture (teasers, share bars, photo credits, cookie banners, wiki markup) so that
 * none of it reaches extraction, while keeping every remaining character at its original offset.
 */
public final class Cleaner {

    /** A whole line that is a teaser for another story or a call to action. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\s*(?:"
                    + "(?:also read|read also|read more|more from|related(?: articles?| stories| news)?|see also|"
                    + "recommended(?: for you)?|must read|don'?t miss|trending|watch|listen|more on this|you may also like|"
                    + "editor'?s picks?|top stories|latest news)\\s*[:|»>-].*"
                    + "|(?:photo|image|picture|file photo|photograph|credit|source image|video)s?(?: credit)?\\s*[:|].{0,120}"
                    + "|.{0,80}/(?:reuters|ap|afp|getty images?|epa|xinhua|shutterstock|file)(?: photo)?\\.?\\s*"
                    + "|(?:\\(?reporting|\\(?writing|\\(?editing|\\(?additional reporting) by .{1,120}"
                    + "|.{0,40}(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)|privacy policy).*"
                    + "|(?:subscribe|sign up)(?: now)?(?: to| for)? (?:our|the) (?:newsletter|daily|weekly).*"
                    + "|(?:follow us on|click here|tap here|download (?:the|our) app|advertisement|sponsored content|"
                    + "share this (?:article|story)|copy link|all rights reserved|©).*"
                    + ")\\s*$");

    /** Words of a share bar or gallery strip; a short line made only of them is furniture. */
    private static final ImmutableSet<String> BAR_WORDS = ImmutableSet.of(
            "gallery", "galleries", "video", "videos", "photos", "share", "shares", "on", "whatsapp", "facebook",
            "twitter", "x", "email", "e-mail", "print", "linkedin", "telegram", "reddit", "pinterest", "copy",
            "link", "comments", "comment", "tweet", "follow", "us", "subscribe", "save", "bookmark", "listen",
            "more", "menu", "home", "close", "next", "previous", "advertisement", "ad");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    /** Bold and italic quotes, link brackets, templates, and the "===" around section headings. */
    private static final Pattern WIKI_MARKUP = Pattern.compile("'''?|\\[\\[|\\]\\]|\\{\\{[^}\\n]{0,200}\\}\\}|={2,}");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("^#{1,6} |\\*\\*|__|^> |^[*-] ", Pattern.MULTILINE);

    public CleanText clean(Article article) {
        String original = article.text();
        char[] out = original.toCharArray();
        List<CharSpan> removed = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= original.length()) {
            int lineEnd = original.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = original.length();
            }
            String line = original.substring(lineStart, lineEnd);
            if (isFurniture(line)) {
                blank(out, lineStart, lineEnd, removed);
            }
            lineStart = lineEnd + 1;
        }
        blankMatches(WIKI_MARKUP, original, out, removed);
        if (article.origin().endsWith(".md") || article.origin().contains(".md#")) {
            blankMatches(MARKDOWN_MARKUP, original, out, removed);
        }
        normaliseTypography(out);
        String text = new String(out);
        Dateline dateline = Dateline.find(text, article.published()).orElse(null);
        return new CleanText(article, text, removed, dateline);
    }

    static boolean isFurniture(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        if (FURNITURE_LINE.matcher(trimmed).matches()) {
            return true;
        }
        Matcher words = WORD.matcher(trimmed);
        int total = 0;
        int bar = 0;
        while (words.find()) {
            total++;
            if (BAR_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                bar++;
            }
        }
        return total > 0 && total <= 20 && bar == total && !trimmed.endsWith(".");
    }

    /**
     * Straight quotes and apostrophes, and dashes that glue words ("Jinping—their") opened up, so
     * tokenisation and alias lookup see one form. One character for one: offsets do not move.
     */
    static void normaliseTypography(char[] out) {
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                out[i] = '\'';
            } else if (c == '\u201C' || c == '\u201D') {
                out[i] = '"';
            } else if (c == '\u2014' || c == '\u2013') {
                boolean spaced = i > 0 && out[i - 1] == ' ' || i + 1 < out.length && out[i + 1] == ' ';
                out[i] = spaced ? '-' : ' ';
            } else if (c == '\u00A0') {
                out[i] = ' ';
            }
        }
    }

    private static void blankMatches(Pattern pattern, String original, char[] out, List<CharSpan> removed) {
        Matcher m = pattern.matcher(original);
        while (m.find()) {
            blank(out, m.start(), m.end(), removed);
        }
    }

    private static void blank(char[] out, int start, int end, List<CharSpan> removed) {
        if (end <= start) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        removed.add(new CharSpan(start, end));
    }
}
