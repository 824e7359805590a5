package org.diplograph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.diplograph.extract.facts.EventFact;

/**
 * Deterministic event keys, shared across articles: reports of one family of event (a meeting, talks
 * and a visit are one family) with the same participants and the same resolved date (or none) are one
 * event node, asserted in each reporting article's graph. Reports whose keys differ but that may tell of
 * one event (more participants, a date to the day against one to the month) are linked afterwards over
 * the whole store by {@link org.diplograph.store.EventLinker}. Planned, hypothetical and negated events
 * never share a key with events that happened.
 */
public final class EventKeys {

    private static final String PREFIX = "event/";

    public static String key(EventFact ev) {
        String date = ev.time() != null && ev.time().isResolved() ? ev.time().value() : "";
        String participants = String.join(",", ev.participants().stream().sorted().toList());
        String basis = ev.kind().family() + "|" + participants + "|" + date + "|" + ev.modality();
        return PREFIX + ev.kind().family() + "-"
                + Hashing.sha256().hashString(basis, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    /** The event family an event IRI (or key) was minted for, or null when it is not an event's. */
    public static String familyOf(String iriOrKey) {
        int at = iriOrKey.lastIndexOf(PREFIX);
        int dash = iriOrKey.lastIndexOf('-');
        if (at < 0 || dash < at + PREFIX.length()) {
            return null;
        }
        return iriOrKey.substring(at + PREFIX.length(), dash);
    }

    private EventKeys() {
    }
}
