package org.diplograph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.diplograph.extract.facts.EventFact;

/**
 * Deterministic event keys. Events of one family with the same participants on the same resolved date
 * are one real event, whichever article reports them; an event without a resolved date is kept to its
 * own article until cross-article resolution can place it.
 */
public final class EventKeys {

    public static String key(EventFact ev, String articleId) {
        String when = ev.time() != null && ev.time().isResolved() ? ev.time().value() : "article:" + articleId;
        String participants = String.join(",", ev.participants().stream().sorted().toList());
        String basis = ev.kind().family() + "|" + participants + "|" + when + "|" + ev.modality();
        return "event/" + ev.kind().family() + "-"
                + Hashing.sha256().hashString(basis, StandardCharsets.UTF_8).toString().substring(0, 16);
    }

    private EventKeys() {
    }
}
