package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out page furniture (captions and credits, bylines and stamps, teasers and lists of other stories, share
 * bars, cookie and newsletter boxes, leftover markup) so that none of it reaches extraction, while keeping every
 * remaining character at its original offset.
 *
 * <p>Furniture is known by its shape ({@code LineShapes}) and by where it stands: the short lines above the first
 * paragraph of prose and below the last, the names next to a byline or a stamp, the headlines under a teaser label,
 * a second copy of the headline. Its words come from a {@link FurnitureLexicon}.
 */
public final class Cleaner {

    /** A heading or a label is a few words; a standfirst without its full stop is longer. */
    private static final int SHORT_LINE_WORDS = 12;
    /** A teaser list's headlines are unfinished lines of up to this many words; a finished sentence ends it. */
    private static final int TEASER_MAX_WORDS = 30;
    /** A repeated headline may carry a section label or a credit beside it, not a paragraph. */
    private static final int HEADLINE_SLACK_CHARS = 40;
    /** Shorter headlines ("Talks end") could be found inside any line. */
    private static final int HEADLINE_MIN_CHARS = 12;

    /** Bold and italic quotes, link brackets, templates, and the "===" around section headings. */
    private static final Pattern WIKI_MARKUP = Pattern.compile("'''?|\\[\\[|\\]\\]|\\{\\{[^}\\n]{0,200}\\}\\}|={2,}");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("^#{1,6} |\\*\\*|__|^> |^[*-] ", Pattern.MULTILINE);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final LineShapes shapes;

    public Cleaner() {
        this(FurnitureLexicon.english());
    }

    public Cleaner(FurnitureLexicon lexicon) {
        this.shapes = new LineShapes(lexicon);
    }

    public CleanText clean(Article article) {
        char[] out = article.text().toCharArray();
        normaliseTypography(out);
        String typed = new String(out);
        List<CharSpan> removed = new ArrayList<>();
        List<CharSpan> lines = lines(typed);
        boolean[] furniture = furnitureLines(typed, lines, article.headline());
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i]) {
                blank(out, lines.get(i).start(), lines.get(i).end(), removed);
            }
        }
        blankMatches(shapes.inlineFurniture(), typed, out, removed);
        blankMatches(WIKI_MARKUP, typed, out, removed);
        if (article.origin().endsWith(".md") || article.origin().contains(".md#")) {
            blankMatches(MARKDOWN_MARKUP, typed, out, removed);
        }
        String text = new String(out);
        Dateline dateline = Dateline.find(text, article.published()).orElse(null);
        return new CleanText(article, text, removed, dateline);
    }

    /** Which lines are furniture, first by their own shape, then by where they stand among the others. */
    private boolean[] furnitureLines(String text, List<CharSpan> lines, String headline) {
        int n = lines.size();
        String[] line = new String[n];
        int nonEmpty = 0;
        for (int i = 0; i < n; i++) {
            line[i] = lines.get(i).of(text).strip();
            nonEmpty += line[i].isEmpty() ? 0 : 1;
        }
        LineShapes.Furniture[] kind = new LineShapes.Furniture[n];
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            kind[i] = shapes.classify(line[i], nonEmpty > 1);
            drop[i] = kind[i] != LineShapes.Furniture.NONE;
        }
        // A plain-text file opens with its own headline, which is the story's and stays; a page that came without
        // one may open with it too, below its address or stamp.
        int keep = firstStanding(line, drop);
        if (keep >= 0 && headline != null && !key(line[keep]).equals(key(headline))) {
            keep = -1;
        }
        repeatedHeadline(line, drop, headline, keep);
        teaserLists(line, kind, drop);
        bylineBlocks(line, kind, drop);
        headAndTail(line, drop, keep);
        keepWireDateline(line, drop);
        return drop;
    }

    /** The page's own headline printed again, perhaps behind a section label: the headline is metadata. */
    private static void repeatedHeadline(String[] line, boolean[] drop, String headline, int keep) {
        String head = headline == null ? "" : key(headline);
        if (head.length() < HEADLINE_MIN_CHARS) {
            return;
        }
        for (int i = 0; i < line.length; i++) {
            String k = key(line[i]);
            if (i != keep && !drop[i] && k.contains(head) && k.length() <= head.length() + HEADLINE_SLACK_CHARS) {
                drop[i] = true;
            }
        }
    }

    /**
     * Under "More stories" or "Also read", the unfinished lines that follow are other stories' headlines; the first
     * line finished like a sentence is the story again.
     */
    private static void teaserLists(String[] line, LineShapes.Furniture[] kind, boolean[] drop) {
        for (int i = 0; i < line.length; i++) {
            if (kind[i] != LineShapes.Furniture.TEASER_LABEL) {
                continue;
            }
            for (int j = i + 1; j < line.length; j++) {
                if (line[j].isEmpty() || drop[j]) {
                    continue;
                }
                if (LineShapes.endsSentence(line[j]) || LineShapes.wordCount(line[j]) > TEASER_MAX_WORDS) {
                    break;
                }
                drop[j] = true;
            }
        }
    }

    /**
     * Reporters' and photographers' names stand on lines of their own next to "By", "and", a time stamp or a
     * caption; a line of names anywhere else may be a heading of the story and stays.
     */
    private void bylineBlocks(String[] line, LineShapes.Furniture[] kind, boolean[] drop) {
        boolean[] anchor = new boolean[line.length];
        for (int i = 0; i < line.length; i++) {
            anchor[i] = kind[i].anchorsByline() || kind[i] == LineShapes.Furniture.CAPTION;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < line.length; i++) {
                if (drop[i] || line[i].isEmpty() || !shapes.isNames(line[i])) {
                    continue;
                }
                int before = previous(line, i);
                int after = next(line, i);
                if (before >= 0 && anchor[before] || after >= 0 && anchor[after]) {
                    drop[i] = true;
                    anchor[i] = true;
                    grew = true;
                }
            }
        }
    }

    /**
     * Above the first paragraph of prose and below the last, a short unfinished line is a label, a menu, a stamp or
     * a name, not the story. A page with no prose at all is left as it is.
     */
    private static void headAndTail(String[] line, boolean[] drop, int keep) {
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < line.length; i++) {
            if (!drop[i] && LineShapes.isProse(line[i])) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        if (firstProse < 0) {
            return;
        }
        for (int i = 0; i < line.length; i++) {
            boolean outside = i < firstProse || i > lastProse;
            if (outside && i != keep && !line[i].isEmpty() && !LineShapes.endsSentence(line[i])
                    && LineShapes.wordCount(line[i]) <= SHORT_LINE_WORDS && !LineShapes.isTableRow(line[i])) {
                drop[i] = true;
            }
        }
    }

    /** A wire dateline on a line of its own ("OSLO 2024-03-05") names the story's place: it is no date stamp. */
    private static void keepWireDateline(String[] line, boolean[] drop) {
        int seen = 0;
        for (int i = 0; i < line.length && seen < 6; i++) {
            if (line[i].isEmpty()) {
                continue;
            }
            seen++;
            if (Dateline.isWireStamp(line[i])) {
                drop[i] = false;
                return;
            }
        }
    }

    private static int firstStanding(String[] line, boolean[] drop) {
        for (int i = 0; i < line.length; i++) {
            if (!line[i].isEmpty() && !drop[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int previous(String[] line, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!line[j].isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    private static int next(String[] line, int i) {
        for (int j = i + 1; j < line.length; j++) {
            if (!line[j].isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    /** Letters and digits only, lower case: a headline and its copy compare equal through quotes and dashes. */
    private static String key(String s) {
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static List<CharSpan> lines(String text) {
        List<CharSpan> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new CharSpan(start, end));
            start = end + 1;
        }
        return lines;
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
