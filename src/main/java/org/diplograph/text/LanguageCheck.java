package org.diplograph.text;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English prose from other languages by the share of common English function words, which is
 * 30–50% in any English news text and near zero elsewhere. Short texts pass: too little to judge.
 */
public final class LanguageCheck {

    private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "she", "it",
            "as", "at", "by", "from", "his", "her", "has", "have", "had", "are", "were", "be", "been", "this",
            "an", "which", "or", "their", "they", "not", "but", "said", "its", "will", "would", "who", "after",
            "also", "we", "there", "than", "into", "over", "about", "more", "said", "says", "new", "two");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 25;
    private static final double MIN_SHARE = 0.12;

    /** Null when the text reads as English (or is too short to judge), else the reason it does not. */
    public static String reasonNotEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int function = 0;
        int nonLatin = 0;
        while (m.find() && words < 2000) {
            String w = m.group();
            words++;
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                function++;
            }
            if (Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
                nonLatin++;
            }
        }
        if (words < MIN_WORDS && nonLatin * 2 <= words) {
            return null;
        }
        double share = words == 0 ? 0 : (double) function / words;
        if (share >= MIN_SHARE) {
            return null;
        }
        return String.format(Locale.ROOT, "not English (%.0f%% common English words in %d words)", share * 100, words);
    }

    private LanguageCheck() {
    }
}
