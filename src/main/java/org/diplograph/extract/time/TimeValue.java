package org.diplograph.extract.time;

import java.util.Objects;
import org.diplograph.text.CharSpan;

/**
 * A time expression as written and, when it can be pinned down, its value.
 *
 * @param value    "2025-09-28", "2025-09" or "2025" (xsd:date, xsd:gYearMonth, xsd:gYear lexical forms), or
 *                 null when there is no anchor to resolve it against: the expression is kept, no date invented
 * @param future   the expression points after the anchor ("next month", "upcoming")
 */
public record TimeValue(String expression, CharSpan span, String value, Precision precision, boolean future) {

    /** How precise the value is, which is also its XSD datatype. */
    public enum Precision { DAY, MONTH, YEAR }

    public TimeValue {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(span, "span");
        if (value != null) {
            Objects.requireNonNull(precision, "precision");
        }
    }

    public boolean isResolved() {
        return value != null;
    }
}
