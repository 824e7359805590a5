package org.diplograph.extract.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.facts.SyntacticEvents.Report;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.text.CharSpan;

/**
 * The policy that brings an article's reports of one event together, and the facts it keeps. A report naming no
 * actor ("the talks") is the most recent earlier report of its family that names some, when it points back with a
 * definite word; an incident naming no actor stays when its clause says where; any other report without actors goes.
 * Reports of one family and modality whose actors are the same and whose dates do not disagree are one event.
 */
final class EventReports {

    private static final String MEETING = "meeting";

    private EventReports() {
    }

    /** A report naming no one takes the actors of the report it points back to, and keeps its own kind. */
    private static Report adopt(Report r, Report from) {
        List<String> attendees = r.kind().directed() ? List.of() : from.participants();
        return new Report(r.kind(), r.kind().directed() ? from.sources() : List.of(),
                r.kind().directed() ? from.targets() : List.of(), attendees,
                r.placeKey() != null ? r.placeKey() : from.placeKey(), r.time() != null ? r.time() : from.time(),
                r.modality(),
                r.definite(), r.parseIndex(), r.trigger(), r.sentence(), r.triggers(), Math.min(r.confidence(), 0.5));
    }

    static List<EventFact> consolidate(FactDocument doc, List<Report> reports) {
        List<Report> kept = new ArrayList<>();
        for (Report r : reports) {
            if (!r.participants().isEmpty()) {
                kept.add(r);
                continue;
            }
            Report antecedent = null;
            if (r.definite()) {
                for (Report k : kept) {
                    if (k.kind().family().equals(r.kind().family()) && k.modality() == r.modality()) {
                        antecedent = k;
                    }
                }
                if (antecedent == null && r.kind().family().equals(MEETING) && r.modality() == Modality.ASSERTED) {
                    // "The meeting took place in X": the meeting the article leads with, whoever it says met first
                    antecedent = kept.stream().filter(k -> k.participants().size() >= 2).findFirst().orElse(null);
                    if (antecedent != null) {
                        kept.add(adopt(r, antecedent));
                        continue;
                    }
                }
            }
            if (antecedent != null) {
                kept.set(kept.indexOf(antecedent), merge(antecedent, r));
            } else if (r.kind().incident() && r.placeKey() != null) {
                kept.add(r);
            }
        }
        List<Report> merged = new ArrayList<>();
        for (Report r : kept) {
            int same = -1;
            for (int k = 0; k < merged.size(); k++) {
                if (sameEvent(merged.get(k), r)) {
                    same = k;
                    break;
                }
            }
            if (same >= 0) {
                merged.set(same, merge(merged.get(same), r));
            } else {
                merged.add(r);
            }
        }
        merged = foldPartialReports(merged);
        List<EventFact> facts = new ArrayList<>();
        for (Report r : merged) {
            facts.add(fact(doc, r));
        }
        return facts;
    }

    /**
     * An undated report naming some of the actors of one dated report of its family and modality ("the meeting of X"
     * after "X met Y on Monday") is that report, when no other dated report of the family could be meant.
     */
    private static List<Report> foldPartialReports(List<Report> reports) {
        List<Report> out = new ArrayList<>(reports);
        for (Report r : reports) {
            if (r.time() != null && r.time().isResolved() || r.participants().isEmpty()) {
                continue;
            }
            List<Report> fits = out.stream().filter(o -> o != r && o.kind().family().equals(r.kind().family())
                    && o.modality() == r.modality() && o.time() != null && o.time().isResolved()
                    && o.participants().containsAll(r.participants())).toList();
            if (fits.size() == 1 && out.contains(r)) {
                Report into = fits.get(0);
                out.set(out.indexOf(into), merge(into, r));
                out.remove(r);
            }
        }
        return out;
    }

    static boolean sameEvent(Report a, Report b) {
        return a.kind().family().equals(b.kind().family()) && a.modality() == b.modality()
                && Set.copyOf(a.participants()).equals(Set.copyOf(b.participants()))
                && !datesDisagree(a.time(), b.time());
    }

    private static boolean datesDisagree(TimeValue a, TimeValue b) {
        if (a == null || b == null || !a.isResolved() || !b.isResolved()) {
            return false;
        }
        return !(a.value().startsWith(b.value()) || b.value().startsWith(a.value()));
    }

    /** One report of two: the actors of both, the first's place and resolved date where it has them. */
    static Report merge(Report a, Report b) {
        EventKind kind = a.kind().ontologyClass().equals("Meeting") ? b.kind() : a.kind();
        TimeValue time = a.time() != null && a.time().isResolved() ? a.time()
                : b.time() != null && b.time().isResolved() ? b.time() : a.time() != null ? a.time() : b.time();
        List<CharSpan> triggers = new ArrayList<>(new LinkedHashSet<>(SyntacticEvents.concat(a.triggers(), b.triggers())));
        List<String> sources = SyntacticEvents.dedupe(SyntacticEvents.concat(a.sources(), b.sources()));
        List<String> targets = SyntacticEvents.dedupe(SyntacticEvents.concat(a.targets(), b.targets()));
        targets.removeAll(sources);
        List<String> attendees = SyntacticEvents.dedupe(SyntacticEvents.concat(a.attendees(), b.attendees()));
        if (!kind.directed()) {
            attendees = SyntacticEvents.dedupe(SyntacticEvents.concat(attendees, SyntacticEvents.concat(sources, targets)));
            sources = List.of();
            targets = List.of();
        }
        return new Report(kind, sources, targets, attendees, a.placeKey() != null ? a.placeKey() : b.placeKey(), time,
                a.modality(), a.definite() && b.definite(), a.parseIndex(), a.trigger(), a.sentence(), triggers,
                Math.max(a.confidence(), b.confidence()));
    }

    private static EventFact fact(FactDocument doc, Report r) {
        List<String> participants = representedByPeople(doc, r.participants());
        List<String> sources = representedByPeople(doc, r.sources());
        List<String> targets = representedByPeople(doc, r.targets());
        return new EventFact(r.kind(), label(doc, r.kind(), participants), participants, sources, targets,
                r.placeKey(), r.time(), r.modality(), r.trigger().span(),
                new Evidence(r.sentence().index(), r.sentence().span(), "parse:event:" + r.kind().ontologyClass(),
                        r.confidence()), r.triggers());
    }

    /** A state taking part through its own leader or minister is represented by that person. */
    private static List<String> representedByPeople(FactDocument doc, List<String> keys) {
        Set<String> represented = new LinkedHashSet<>();
        for (String k : keys) {
            represented.addAll(doc.statesOf(k));
        }
        return keys.stream().filter(k -> !represented.contains(k)).toList();
    }

    /** One label per family (reports of one event may call it a meeting, talks or a summit), names sorted. */
    static String label(FactDocument doc, EventKind kind, List<String> participants) {
        String what = kind.family().equals("meeting") ? "Meeting" : switch (kind.ontologyClass()) {
            case "ShowOfForce" -> "Military parade or show of force";
            case "IntentToCooperate" -> "Pledge of cooperation";
            case "MilitaryAid" -> "Military aid";
            default -> kind.ontologyClass();
        };
        List<String> names = participants.stream().map(doc::name).sorted().limit(4).toList();
        return names.isEmpty() ? what : what + " of " + String.join(", ", names);
    }
}
