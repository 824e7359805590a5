package org.diplograph.nlp;

import com.google.common.base.Suppliers;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.diplograph.vocab.DataFiles;

/**
 * Words of a shouting sentence (a wire headline, a dateline, a label: letters all in capitals) as news writes them
 * elsewhere, for the models that read casing: "TALKS RESUME IN GENEVA" is read as "talks resume in Geneva". Trained
 * on ordinary casing, the name finder takes every word of a shouted line for a name or none of them.
 *
 * <p>The table ({@code lang/en/truecase.tsv}) gives the usual form of common words, initials and word pairs that open
 * a name with a common word ("new zealand"); a word of five letters or more it does not hold is a name and is
 * capitalised, a shorter one, or one with stops, is kept in capitals as initials. Other sentences are read as
 * written.
 */
public final class Truecaser {

    /** Shorter words the table does not hold are initials ("NTSB"), longer ones names ("ROSTOCK"). */
    private static final int MAX_INITIALS = 4;

    private static final Supplier<Truecaser> ENGLISH =
            Suppliers.memoize(() -> new Truecaser(table("lang/en/truecase.tsv")));

    private final Map<String, String> usual;

    Truecaser(Map<String, String> usual) {
        this.usual = Map.copyOf(usual);
    }

    public static Truecaser english() {
        return ENGLISH.get();
    }

    private static Map<String, String> table(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : DataFiles.rows(resource, 2)) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    /** Whether news usually writes this word in small letters ("Attendance" opening a line is a common word). */
    public boolean common(String word) {
        String known = usual.get(key(word));
        return known != null && !known.isEmpty() && Character.isLowerCase(known.charAt(0));
    }

    /** Whether no word of two letters or more has a small letter, and there is such a word. */
    public static boolean shouting(String[] words) {
        boolean any = false;
        for (String w : words) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            any |= letters >= 2;
        }
        return any;
    }

    /** The words as models should read them: the same array unless the sentence shouts. */
    public String[] forms(String[] words) {
        if (!shouting(words)) {
            return words;
        }
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length) {
                String pair = usual.get(key(words[i]) + " " + key(words[i + 1]));
                int space = pair == null ? -1 : pair.indexOf(' ');
                if (space > 0 && pair.length() == words[i].length() + 1 + words[i + 1].length()) {
                    out[i] = pair.substring(0, space);
                    out[++i] = pair.substring(space + 1);
                    continue;
                }
            }
            out[i] = word(words[i]);
        }
        return out;
    }

    private String word(String w) {
        String known = usual.get(key(w));
        if (known != null && known.length() == w.length()) {
            return known;
        }
        if (w.chars().noneMatch(Character::isLetter)) {
            return w;
        }
        if (w.indexOf('.') >= 0) {
            return w; // initials with their stops ("U.N.") are written so everywhere
        }
        int hyphen = w.indexOf('-', 1);
        if (hyphen > 0 && hyphen < w.length() - 1) {
            return word(w.substring(0, hyphen)) + "-" + word(w.substring(hyphen + 1));
        }
        long letters = w.chars().filter(Character::isLetter).count();
        if (letters <= MAX_INITIALS) {
            return w;
        }
        return w.substring(0, 1) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String key(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
