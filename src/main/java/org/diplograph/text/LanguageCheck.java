package org.diplograph.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English prose from other languages by function words: a text is English when English
 * function words are common in it and more common than those of the other major news languages.
 * Share alone is not enough: English tables and lists (election results, cabinet line-ups) have few
 * function words but still none of another language. Short texts pass: too little to judge.
 */
public final class LanguageCheck {

    private static final ImmutableSet<String> ENGLISH = words(
            "the of and to in a is that for on was with he she it as at by from his her has have had are were be "
                    + "been this an which or their they not but said its will would who after also we there than into "
                    + "over about more says new two");
    private static final ImmutableMap<String, ImmutableSet<String>> OTHERS = ImmutableMap.of(
            "Spanish", words("el la los las de del que y en un una por con para es se su al lo como más pero sus"),
            "French", words("le la les de des du et en un une est que qui dans pour pas sur au aux par avec il elle"),
            "German", words("der die das und ist nicht mit den dem des ein eine auf für sich von zu im auch wird"),
            "Portuguese", words("o os as de do da dos das e em um uma que para com não por se no na ao"),
            "Italian", words("il lo gli le di del della e che un una per con non sono nel alla è"),
            "Dutch", words("de het een en van is dat op te niet met voor zijn er aan ook als bij"),
            "Indonesian", words("yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah ke"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 25;
    private static final int MIN_WORDS_FOR_SHARE = 60;
    private static final double MIN_ENGLISH_SHARE = 0.02;

    /** Null when the text reads as English (or is too short to judge), else the reason it does not. */
    public static String reasonNotEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        int nonLatin = 0;
        int[] other = new int[OTHERS.size()];
        while (m.find() && words < 3000) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            words++;
            if (ENGLISH.contains(lower)) {
                english++;
            }
            int i = 0;
            for (ImmutableSet<String> lexicon : OTHERS.values()) {
                if (lexicon.contains(lower)) {
                    other[i]++;
                }
                i++;
            }
            if (Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
                nonLatin++;
            }
        }
        if (nonLatin * 2 > words && words > 0) {
            return String.format(Locale.ROOT, "not English (%d of %d words in a non-Latin script)", nonLatin, words);
        }
        if (words < MIN_WORDS) {
            return null;
        }
        String best = null;
        int bestCount = 0;
        int i = 0;
        for (String lang : OTHERS.keySet()) {
            if (other[i] > bestCount) {
                best = lang;
                bestCount = other[i];
            }
            i++;
        }
        if (best != null && bestCount > english * 1.2 && bestCount >= words * 0.05) {
            return String.format(Locale.ROOT, "not English (reads as %s: %d %s function words, %d English, in %d words)",
                    best, bestCount, best, english, words);
        }
        // Lists and tables have few function words; only a long text with almost none is suspect.
        if (words >= MIN_WORDS_FOR_SHARE && (double) english / words < MIN_ENGLISH_SHARE) {
            return String.format(Locale.ROOT, "not English (%d common English words in %d words)", english, words);
        }
        return null;
    }

    private static ImmutableSet<String> words(String spaceSeparated) {
        return ImmutableSet.copyOf(spaceSeparated.split(" "));
    }

    private LanguageCheck() {
    }
}
