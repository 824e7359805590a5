package org.diplograph.extract.facts;

import java.util.List;
import java.util.Objects;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.text.CharSpan;

/**
 * One event as an article reports it.
 *
 * @param participants every actor taking part (entity keys), in text order
 * @param sources      for directed events, who acts; empty otherwise
 * @param targets      for directed events, who is acted on; empty otherwise
 * @param placeKey     where, or null
 * @param time         when, as written and resolved where possible; null when the text says nothing
 * @param trigger      the word that signals the event
 * @param triggers     every word of the article that reports this event (the trigger first): reports merged into
 *                     one fact ("talks ... the meeting") keep each of their triggers
 */
public record EventFact(EventKind kind, String label, List<String> participants, List<String> sources,
                        List<String> targets, String placeKey, TimeValue time, Modality modality,
                        CharSpan trigger, Evidence evidence, List<CharSpan> triggers) {
    public EventFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        triggers = triggers == null || triggers.isEmpty()
                ? (trigger == null ? List.of() : List.of(trigger)) : List.copyOf(triggers);
    }

    /**
     * What makes two facts of one article one event node: family, participants, resolved date (empty when
     * unresolved) and modality. The graph's event keys are minted from it with the article.
     */
    public String identity() {
        String date = time != null && time.isResolved() ? time.value() : "";
        return kind.family() + "|" + String.join(",", participants.stream().sorted().toList()) + "|" + date + "|"
                + modality;
    }

    /** A fact read from one trigger. */
    public EventFact(EventKind kind, String label, List<String> participants, List<String> sources,
                     List<String> targets, String placeKey, TimeValue time, Modality modality,
                     CharSpan trigger, Evidence evidence) {
        this(kind, label, participants, sources, targets, placeKey, time, modality, trigger, evidence, List.of());
    }
}
