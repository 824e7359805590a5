package org.diplograph.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tenure from the reference tables: {@code officeType} is head_of_state, head_of_government,
 * foreign_minister or other; {@code ofKey} the registry key of the state or organisation; dates are
 * YYYY, YYYY-MM or YYYY-MM-DD as precise as the source, {@code end} null while in office.
 */
public record OfficeTerm(String officeType, String title, String ofKey, String start, String end) {
    public OfficeTerm {
        Objects.requireNonNull(officeType, "officeType");
    }

    /** True when the term covers the date, reading imprecise bounds generously. */
    public boolean covers(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (start == null || !date.isBefore(lowerBound(start))) && (end == null || !date.isAfter(upperBound(end)));
    }

    private static LocalDate lowerBound(String d) {
        return switch (d.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1);
            case 7 -> LocalDate.parse(d + "-01");
            default -> LocalDate.parse(d);
        };
    }

    private static LocalDate upperBound(String d) {
        return switch (d.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(d), 12, 31);
            case 7 -> LocalDate.parse(d + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(d);
        };
    }
}
