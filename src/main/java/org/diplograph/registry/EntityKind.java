package org.diplograph.registry;

/** What a named thing is, as far as the graph's contract cares. */
public enum EntityKind {
    PERSON("person"),
    STATE("state"),
    ORGANIZATION("org"),
    PLACE("place");

    private final String keyPrefix;

    EntityKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The first segment of the entity's key and IRI path: person/, state/, org/, place/. */
    public String keyPrefix() {
        return keyPrefix;
    }
}
