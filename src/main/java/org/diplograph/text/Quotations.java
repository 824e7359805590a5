package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;

/** Where an article quotes someone: the spans inside its quotation marks. */
public final class Quotations {

    private Quotations() {
    }

    /**
     * The quoted regions of the text. The cleaned text has straight marks only, so which way a curly mark faces is read
     * from the original (same offsets): an opening curly mark always opens, a closing one only closes (or opens a
     * paragraph, a common typo), a straight one toggles. Marks pair within a paragraph; a quotation still open where
     * its paragraph ends runs to there when the next paragraph opens with a mark (the convention for a quotation of
     * several paragraphs), and is dropped otherwise.
     */
    public static List<CharSpan> regions(String text, String original) {
        List<CharSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && paragraphEnds(text, i)) {
                    if (reopens(text, i)) {
                        out.add(new CharSpan(open + 1, i));
                    }
                    open = -1;
                }
                continue;
            }
            if (c != '"') {
                continue;
            }
            char o = original.length() == text.length() ? original.charAt(i) : c;
            boolean paragraphStart = i == 0 || text.charAt(i - 1) == '\n';
            if (open < 0 && (o != '\u201D' || paragraphStart)) {
                open = i;
            } else if (open >= 0 && o != '\u201C') {
                out.add(new CharSpan(open + 1, i));
                open = -1;
            }
        }
        return out;
    }

    /**
     * Whether the line break at {@code i} ends a paragraph: a blank line, the next line opening with a quotation mark,
     * or a line longer than hard-wrapped text has (wrapped text breaks lines inside a quotation).
     */
    private static boolean paragraphEnds(String text, int i) {
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return i + 1 >= text.length() || text.charAt(i + 1) == '\n' || reopens(text, i)
                || i - lineStart > WRAPPED_LINE;
    }

    /** Hard-wrapped text keeps its lines shorter than this; a longer line is a paragraph of its own. */
    private static final int WRAPPED_LINE = 100;

    /** The next non-blank line opens with a quotation mark. */
    private static boolean reopens(String text, int i) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '"';
    }
}
