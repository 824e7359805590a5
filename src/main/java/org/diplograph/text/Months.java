package org.diplograph.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** English month names as news writes them: "September", "Sept.", "SEP". */
public final class Months {

    private static final Pattern NAME = Pattern.compile("(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
            + "june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");

    /** Whether a word is a month's name or its abbreviation, and not merely starts like one ("Marching"). */
    public static boolean isName(String word) {
        return NAME.matcher(word).matches();
    }

    /** The month a name or abbreviation stands for, by its first three letters. */
    public static Month parse(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private Months() {
    }
}
