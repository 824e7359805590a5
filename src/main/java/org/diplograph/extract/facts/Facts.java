package org.diplograph.extract.facts;

import java.util.List;

/**
 * Everything an article asserts beyond who it names. Contacts (who spoke with whom, named or described) feed the
 * relations `mentions` writes; the graph tells communication through its meeting events.
 */
public record Facts(List<EventFact> events, List<RoleFact> roles, List<StanceFact> stances, List<QuoteFact> quotes,
                    List<ContactFact> contacts) {
    public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of(), List.of());

    public Facts {
        events = List.copyOf(events);
        roles = List.copyOf(roles);
        stances = List.copyOf(stances);
        quotes = List.copyOf(quotes);
        contacts = List.copyOf(contacts);
    }
}
