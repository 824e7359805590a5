package org.diplograph.extract.facts;

import java.util.List;

/** Everything an article asserts beyond who it names. */
public record Facts(List<EventFact> events, List<RoleFact> roles, List<StanceFact> stances, List<QuoteFact> quotes) {
    public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of());

    public Facts {
        events = List.copyOf(events);
        roles = List.copyOf(roles);
        stances = List.copyOf(stances);
        quotes = List.copyOf(quotes);
    }
}
