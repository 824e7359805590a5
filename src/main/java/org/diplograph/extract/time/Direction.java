package org.diplograph.extract.time;

/**
 * Which way from the article's date an expression that does not say so itself is read: "met on Monday" is the Monday
 * before, "will meet on Monday" the one after, a headline's "meet on Monday" the nearer one. Expressions that carry
 * their own direction ("last Monday", "next month", "two days ago") ignore it.
 */
public enum Direction {
    /** On or before the anchor. */
    PAST,
    /** On or after the anchor. */
    FUTURE,
    /** Whichever occurrence is closer to the anchor. */
    NEAREST
}
