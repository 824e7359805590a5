package org.diplograph.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** English month names as news writes them: "September", "Sept.", "SEP". */
public final class Months {

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
