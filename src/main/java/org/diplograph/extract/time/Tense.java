package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction the tense points for a time expression, read from the words of its sentence: the tense cue nearest
 * the expression wins ("met on Monday" past, "will meet on Monday" future), so in "they met on Monday ahead of the
 * summit that will open on Friday" each day takes its own verb's tense. Cues are the lists of
 * {@code lang/en/time.properties}: future auxiliaries and phrases ("will", "is due to", "plans to"), past forms
 * (irregular past tenses, and words in -ed unless they follow "is"/"are" or a determiner), and reporting verbs, which
 * count only right beside the expression because "said" dates the saying, not what was said. After the expression only
 * the next few words count: a verb there governs a fronted time ("On Monday, the ministers met"), one further on
 * belongs to another clause. No cue: NEAREST.
 */
public final class Tense {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private final TimeWords words;

    Tense(TimeWords words) {
        this.words = words;
    }

    /** With the English word lists. */
    public Tense() {
        this(TimeWords.EN);
    }

    /** The direction for the expression at {@code [start, end)} of {@code text}, from the sentence around it. */
    public Direction of(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        List<int[]> spans = new ArrayList<>();
        List<String> ws = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            ws.add(m.group().replace('’', '\'').toLowerCase(Locale.ROOT));
        }
        int firstInside = 0;
        while (firstInside < spans.size() && spans.get(firstInside)[1] <= start) {
            firstInside++;
        }
        int firstAfter = firstInside;
        while (firstAfter < spans.size() && spans.get(firstAfter)[0] < end) {
            firstAfter++;
        }
        Direction best = Direction.NEAREST;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < ws.size(); i++) {
            if (i >= firstInside && i < firstAfter) {
                continue;
            }
            boolean before = i < firstInside;
            if (!before && i - firstAfter >= words.followingReach()) {
                break;
            }
            int phrase = futurePhrase(ws, i);
            Direction cue = phrase > 0 ? Direction.FUTURE : cue(ws, i, before ? firstInside - 1 - i : i - firstAfter);
            int last = Math.max(i, i + phrase - 1);
            if (cue != null && before && last >= firstInside) {
                cue = null; // a phrase that runs into the expression is part of neither
            }
            if (cue != null) {
                int distance = before ? start - spans.get(last)[1] : spans.get(i)[0] - end;
                // Before wins a tie: English puts the verb ahead of its time adjunct more often than after it.
                if (distance < bestDistance || distance == bestDistance && before) {
                    best = cue;
                    bestDistance = distance;
                }
            }
            i = last;
        }
        return best;
    }

    /** How many words the future phrase starting at i has ("is due to": 3), or 0. */
    private int futurePhrase(List<String> ws, int i) {
        int longest = 0;
        for (List<String> phrase : words.future()) {
            boolean suffix = phrase.size() == 1 && phrase.get(0).startsWith("'");
            if (suffix ? ws.get(i).endsWith(phrase.get(0)) : startsAt(ws, i, phrase)) {
                longest = Math.max(longest, phrase.size());
            }
        }
        return longest;
    }

    /** The direction the word at i sets, or null; {@code gap} is how many words lie between it and the expression. */
    private Direction cue(List<String> ws, int i, int gap) {
        String w = ws.get(i);
        if (words.reporting().contains(w)) {
            return gap < words.reportingReach() ? Direction.PAST : null;
        }
        String previous = i > 0 ? ws.get(i - 1) : "";
        // A participle after "is" or "be" is passive present ("is held", "will be signed"), not a past tense.
        if (words.presentAuxiliaries().contains(previous)) {
            return null;
        }
        if (words.past().contains(w)) {
            return Direction.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !words.notPast().contains(w) && !words.determiners().contains(previous)) {
            return Direction.PAST;
        }
        return null;
    }

    private static boolean startsAt(List<String> ws, int i, List<String> phrase) {
        if (i + phrase.size() > ws.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!ws.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || Character.isWhitespace(c) && isStop(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || isStop(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
