package org.diplograph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.diplograph.extract.facts.EventFact;

/**
 * Deterministic event keys, shared across articles: reports of one family of event (a meeting, talks
 * and a visit are one family) with the same participants are one event node, asserted in each
 * reporting article's graph. A resolved date splits them by month, so two meetings of the same people
 * in different months stay two events; reports that give no resolvable date join the undated node of
 * those participants. Planned, hypothetical and negated events never merge with events that happened.
 */
public final class EventKeys {

    public static String key(EventFact ev) {
        String month = ev.time() != null && ev.time().isResolved() && ev.time().value().length() >= 7
                ? ev.time().value().substring(0, 7) : "";
        String participants = String.join(",", ev.participants().stream().sorted().toList());
        String basis = ev.kind().family() + "|" + participants + "|" + month + "|" + ev.modality();
        return "event/" + ev.kind().family() + "-"
                + Hashing.sha256().hashString(basis, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    private EventKeys() {
    }
}
