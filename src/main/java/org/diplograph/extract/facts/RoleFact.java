package org.diplograph.extract.facts;

import java.util.Objects;

/** A person holds a role of a state or organisation (orgKey null when unnamed), as of the article's date. */
public record RoleFact(String personKey, String role, String orgKey, String asOf, Evidence evidence) {
    public RoleFact {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evidence, "evidence");
    }
}
