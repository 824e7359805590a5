package org.diplograph.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.facts.SyntacticEvents.Report;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.text.CharSpan;

/**
 * The policy that brings an article's reports of one event together, and the facts it keeps. A report naming no
 * actor ("the talks") is the most recent earlier report of its family that names some, when it points back with a
 * definite word and its date does not put it elsewhere ("strikes on Friday, weeks after the May 2 attack"); an
 * incident naming no actor but where it was is the latest earlier report of its story ({@link #sameStory}) that names
 * actors, or stays on its own; any other report without actors goes.
 * Reports that share their sides ({@link #sharedSides}) are one event. An event told as news (or as news that did
 * not happen) with no date of its own took place on the day the article reports on ({@link FactDocument#newsDay()}),
 * marked as inferred.
 */
final class EventReports {

    private static final String MEETING = "meeting";

    private EventReports() {
    }

    /** "The general election", "voters go to the polls": an election no phrase places is in the article's state. */
    private static Report inPlace(Report r, String place) {
        return new Report(r.kind(), r.sources(), r.targets(), r.attendees(), place, r.time(), r.modality(),
                r.definite(), r.parseIndex(), r.trigger(), r.sentence(), r.triggers(), r.confidence(), r.news(),
                r.background());
    }

    /** A report naming no one takes the actors of the report it points back to, and keeps its own kind. */
    private static Report adopt(Report r, Report from) {
        List<String> attendees = r.kind().directed() ? List.of() : from.participants();
        return new Report(r.kind(), r.kind().directed() ? from.sources() : List.of(),
                r.kind().directed() ? from.targets() : List.of(), attendees,
                r.placeKey() != null ? r.placeKey() : from.placeKey(), r.time() != null ? r.time() : from.time(),
                r.modality(),
                r.definite(), r.parseIndex(), r.trigger(), r.sentence(), r.triggers(), Math.min(r.confidence(), 0.5),
                r.news(), r.background());
    }

    static List<EventFact> consolidate(FactDocument doc, List<Report> reports) {
        List<Report> kept = new ArrayList<>();
        String home = homeState(doc);
        for (Report told : reports) {
            Report r = told.participants().isEmpty() && told.placeKey() == null && home != null
                    && told.kind().family().equals(ELECTION) ? inPlace(told, home) : told;
            if (!r.participants().isEmpty()) {
                kept.add(r);
                continue;
            }
            Report antecedent = null;
            if (r.definite()) {
                for (Report k : kept) {
                    if (k.kind().family().equals(r.kind().family()) && k.modality() == r.modality()
                            && k.background() == r.background()
                            && periodsMeet(period(doc, k), period(doc, r))) {
                        antecedent = k;
                    }
                }
                if (antecedent == null && r.kind().family().equals(MEETING) && r.modality() == Modality.ASSERTED) {
                    // "The meeting took place in X": the meeting the article leads with, whoever it says met first
                    antecedent = kept.stream().filter(k -> k.participants().size() >= 2
                            && periodsMeet(period(doc, k), period(doc, r))).findFirst().orElse(null);
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
        kept = incidentsIntoTheirStories(doc, kept);
        List<Report> merged = new ArrayList<>();
        for (Report r : kept) {
            int best = -1;
            int bestShared = 0;
            for (int k = 0; k < merged.size(); k++) {
                int shared = sharedSides(doc, merged.get(k), r);
                if (shared > bestShared) {
                    best = k;
                    bestShared = shared;
                }
            }
            if (best >= 0) {
                merged.set(best, merge(merged.get(best), r));
            } else {
                merged.add(r);
            }
        }
        List<EventFact> facts = new ArrayList<>();
        for (Report r : merged) {
            facts.add(fact(doc, r));
        }
        return writtenDayOverInferred(facts);
    }

    /**
     * Two facts of one {@link EventFact#identity} are one event told twice; where one sentence
     * writes the day and the other's was inferred from the article's date, both carry the written one, so the event
     * keeps what the text says of its date.
     */
    static List<EventFact> writtenDayOverInferred(List<EventFact> facts) {
        Map<String, TimeValue> written = new HashMap<>();
        for (EventFact f : facts) {
            if (f.time() != null && !f.time().inferred() && f.time().isResolved()) {
                written.putIfAbsent(f.identity(), f.time());
            }
        }
        List<EventFact> out = new ArrayList<>(facts.size());
        for (EventFact f : facts) {
            TimeValue w = f.time() != null && f.time().inferred() ? written.get(f.identity()) : null;
            out.add(w == null ? f : new EventFact(f.kind(), f.label(), f.participants(), f.sources(), f.targets(),
                    f.placeKey(), w, f.modality(), f.trigger(), f.evidence(), f.triggers()));
        }
        return out;
    }

    /**
     * How many sides two reports share when they tell of one event, else 0. A side is a state, or an actor serving
     * none: "Kim met Putin" and "Putin's visit to North Korea" are both North Korea and Russia. One event: one family
     * and modality, both news or both background ("in retaliation for ..."), dates and places that do not disagree,
     * no side acting in one and acted on in the other, and the sides shared that the smaller report can share (both
     * of two, the one of one); when both name people, one of them.
     */
    static int sharedSides(FactDocument doc, Report a, Report b) {
        if (!sameStory(doc, a, b) || peopleDisagree(a.participants(), b.participants())) {
            return 0;
        }
        Set<String> sidesA = sides(doc, a.participants());
        Set<String> sidesB = sides(doc, b.participants());
        if (crossed(sides(doc, a.sources()), sides(doc, b.targets()))
                || crossed(sides(doc, b.sources()), sides(doc, a.targets()))) {
            return 0;
        }
        Set<String> shared = new LinkedHashSet<>(sidesA);
        shared.retainAll(sidesB);
        int needed = Math.min(2, Math.min(sidesA.size(), sidesB.size()));
        return needed > 0 && shared.size() >= needed ? shared.size() : 0;
    }

    private static Set<String> sides(FactDocument doc, List<String> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : actors) {
            Set<String> states = doc.statesOf(k);
            if (states.isEmpty()) {
                out.add(k);
            } else {
                out.addAll(states);
            }
        }
        return out;
    }

    private static boolean crossed(Set<String> sources, Set<String> targets) {
        return sources.stream().anyMatch(targets::contains);
    }

    /** Two places disagree when both are named and differ, unless one is a state (the country of the city). */
    /**
     * An incident naming no actor but where it was, told in the same article as a report of its story that names actors
     * ("X struck Y on Monday ... a missile hit a school in Z"), is that report: the nearest such report before it, else
     * the nearest after it.
     */
    private static List<Report> incidentsIntoTheirStories(FactDocument doc, List<Report> kept) {
        List<Report> out = new ArrayList<>(kept);
        for (Report r : kept) {
            if (!r.participants().isEmpty()) {
                continue;
            }
            Report before = null;
            Report after = null;
            for (Report k : out) {
                if (k.participants().isEmpty() || !sameStory(doc, k, r)) {
                    continue;
                }
                if (k.trigger().start() < r.trigger().start()) {
                    before = k;
                } else if (after == null) {
                    after = k;
                }
            }
            Report story = before != null ? before : after;
            if (story != null) {
                out.set(out.indexOf(story), merge(story, r));
                out.remove(r);
            }
        }
        return out;
    }

    /**
     * The state an article is about: the one named in at least {@link #HOME_SHARE} of its state mentions, twice or
     * more; null when no state stands out.
     */
    static String homeState(FactDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        int all = 0;
        for (var m : doc.extracted().mentions()) {
            if (m.type() == org.diplograph.extract.MentionType.STATE && m.entityKey() != null) {
                counts.merge(m.entityKey(), 1, Integer::sum);
                all++;
            }
        }
        for (var e : counts.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() >= HOME_SHARE * all) {
                return e.getKey();
            }
        }
        return null;
    }

    private static final double HOME_SHARE = 0.6;
    private static final String ELECTION = "election";

    /** One family, modality and news status, periods that meet and places that do not disagree. */
    private static boolean sameStory(FactDocument doc, Report a, Report b) {
        return a.kind().family().equals(b.kind().family()) && a.modality() == b.modality()
                && a.background() == b.background() && periodsMeet(period(doc, a), period(doc, b))
                && !placesDisagree(a.placeKey(), b.placeKey());
    }

    private static boolean placesDisagree(String a, String b) {
        return a != null && b != null && !a.equals(b) && !a.startsWith(STATE) && !b.startsWith(STATE);
    }

    private static final String STATE = "state/";

    /**
     * The days a report allows: its date's day, month or year; for news told without a date, the fortnight up to the
     * article's date (so "the 2019 summit" is not this week's meeting); anything when nothing is known.
     */
    private static LocalDate[] period(FactDocument doc, Report r) {
        TimeValue t = r.time();
        LocalDate[] days = t != null && t.isResolved() ? TimeValue.days(t.value()) : null;
        if (days != null) {
            return days;
        }
        if (toldAsNews(r) && doc.anchor() != null) {
            return new LocalDate[] {doc.anchor().minusDays(TimeValue.NEWS_REACH_DAYS), doc.anchor()};
        }
        return new LocalDate[] {LocalDate.MIN, LocalDate.MAX};
    }

    /** What happened, or failed to happen ("the deal was not signed"), told as news rather than as background. */
    private static boolean toldAsNews(Report r) {
        return r.news() && (r.modality() == Modality.ASSERTED || r.modality() == Modality.NEGATED);
    }

    /** Whether the days two reports allow overlap ("strikes today, weeks after the May 2 attack" do not). */
    static boolean periodsMeet(FactDocument doc, Report a, Report b) {
        return periodsMeet(period(doc, a), period(doc, b));
    }

    private static boolean periodsMeet(LocalDate[] a, LocalDate[] b) {
        return !a[0].isAfter(b[1]) && !b[0].isAfter(a[1]);
    }

    /** Two reports that both name people but none in common tell of different meetings of the same states. */
    private static boolean peopleDisagree(List<String> a, List<String> b) {
        Set<String> peopleA = new LinkedHashSet<>(a.stream().filter(k -> k.startsWith(PERSON)).toList());
        List<String> peopleB = b.stream().filter(k -> k.startsWith(PERSON)).toList();
        return !peopleA.isEmpty() && !peopleB.isEmpty() && peopleB.stream().noneMatch(peopleA::contains);
    }

    private static final String PERSON = "person/";

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
                Math.max(a.confidence(), b.confidence()), a.news() || b.news(), a.background() && b.background());
    }

    private static EventFact fact(FactDocument doc, Report r) {
        List<String> participants = representedByPeople(doc, r.participants());
        List<String> sources = representedByPeople(doc, r.sources());
        List<String> targets = representedByPeople(doc, r.targets());
        TimeValue time = r.time();
        LocalDate newsDay = doc.newsDay();
        if ((time == null || !time.isResolved()) && toldAsNews(r) && newsDay != null) {
            time = TimeValue.inferred(newsDay);
        }
        return new EventFact(r.kind(), label(doc, r.kind(), participants), participants, sources, targets,
                r.placeKey(), time, r.modality(), r.trigger().span(),
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
