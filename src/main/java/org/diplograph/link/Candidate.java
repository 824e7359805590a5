package org.diplograph.link;

import java.util.Objects;

/**
 * A knowledge-base entry a name may stand for, and how the name reached it.
 *
 * @param how label, alias, inverted ("defence ministry" for "Ministry of Defence") or acronym
 */
public record Candidate(KbEntry entry, String how) {
    public Candidate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(how, "how");
    }

    public boolean byLabel() {
        return how.equals("label");
    }
}
