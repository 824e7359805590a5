package org.diplograph.eval;

import java.util.Locale;

/** Which documents of a corpus to use: the held-out third, the rest (free for development and training), or all. */
public enum Split {
    HELDOUT, DEV, ALL;

    public boolean includes(String corpus, String docId) {
        return switch (this) {
            case ALL -> true;
            case HELDOUT -> Splits.heldOut(corpus, docId);
            case DEV -> !Splits.heldOut(corpus, docId);
        };
    }

    public static Split parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown split '" + s + "' (heldout, dev or all)");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
