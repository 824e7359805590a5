package org.diplograph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.diplograph.extract.facts.EventFact;

/**
 * Deterministic event keys. Each article mints its own node for each event it reports, keyed by the event's family
 * (a meeting, talks and a visit are one family), participants, resolved date, modality and the article: whether
 * two articles tell of the same event is not something one article can know. Reports are linked across articles
 * afterwards, over the whole store, by {@link org.diplograph.store.EventLinker}, which renames them to one node
 * asserted in every reporting graph. (Keys shared by all articles would join every undated "attack on Iraq" of five
 * years into one event.)
 */
public final class EventKeys {

    private static final String PREFIX = "event/";

    public static String key(EventFact ev, String articleId) {
        String basis = ev.identity() + "|" + articleId;
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
