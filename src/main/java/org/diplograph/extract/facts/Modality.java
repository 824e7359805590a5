package org.diplograph.extract.facts;

/** Whether the article says an event happened, or only that it is planned, possible or did not happen. */
public enum Modality {
    ASSERTED, PLANNED, HYPOTHETICAL, NEGATED
}
