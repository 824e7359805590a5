package org.diplograph.link;

import java.util.Objects;

/**
 * What the linker decided for one entity, and why: the chosen entry, or none ({@link Status#NIL} when candidates
 * were found but none was clearly ahead or fitted the context; {@link Status#NO_CANDIDATE} when the knowledge base
 * knows no such name).
 *
 * @param chosen    the entry linked, or null
 * @param runnerUp  the next best candidate, or null
 * @param reason    one line for people: "ahead by 2.1", "ambiguous: 0.4 ahead of gn:4936008", "no context"
 */
public record LinkDecision(String entityKey, String label, Status status, KbEntry chosen, KbEntry runnerUp,
                           double margin, String reason) {

    public enum Status { LINKED, NIL, NO_CANDIDATE }

    public LinkDecision {
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
