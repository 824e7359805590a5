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
 * An incident reported with no named actor ("a shooting in Oakland") is keyed by its place instead, and one with
 * neither actor nor place stays the reporting article's own.
 */
public final class EventKeys {

    /**
     * @param articleId the reporting article; it only scopes an incident that names neither an actor nor a place
     *                  ("a man was shot"), which no other article can be shown to report
     */
    public static String key(EventFact ev, String articleId) {
        String month = ev.time() != null && ev.time().isResolved() && ev.time().value().length() >= 7
                ? ev.time().value().substring(0, 7) : "";
        String participants = String.join(",", ev.participants().stream().sorted().toList());
        if (participants.isEmpty()) {
            // an incident with no named actor: where it happened stands in for who took part
            participants = ev.placeKey() != null ? "@" + ev.placeKey() : "article:" + articleId;
        }
        String basis = ev.kind().family() + "|" + participants + "|" + month + "|" + ev.modality();
        return "event/" + ev.kind().family() + "-"
                + Hashing.sha256().hashString(basis, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    private EventKeys() {
    }
}
