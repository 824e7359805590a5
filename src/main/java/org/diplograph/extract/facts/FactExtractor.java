package org.diplograph.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.RoleObservation;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.OfficeTerm;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Dateline;

/**
 * Reads the facts of an article from its tokens and mentions: events (by trigger words, with the
 * actors of the trigger's clause as participants), roles, stances (support or opposition towards an
 * actor or a concept) and direct quotations with their speakers. Rules work on words and mentions
 * only; each fact keeps its sentence as evidence.
 */
public final class FactExtractor {

    private static final Set<String> CLAUSE_STOPS = Set.of(";", ":", "after", "before", "following", "follows",
            "followed", "follow", "since", "while", "when", "which", "as", "amid", "despite", "because", "but",
            "although", "though", "whereas", "that", "--", "-");
    private static final Set<String> PLANNED = Set.of("will", "'ll", "would", "expected", "expects", "expect", "plans",
            "planned", "plan", "scheduled", "upcoming", "next", "anticipates", "anticipate", "anticipated", "prepares",
            "preparing", "set", "due", "future", "forthcoming", "proposed", "intends");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "if", "possible", "potential",
            "potentially", "whether", "unless");
    private static final Set<String> NEGATION = Set.of("not", "n't", "no", "never", "without", "cancelled", "canceled",
            "postponed", "called off", "failed");
    private static final Set<String> OPPOSE = Set.of("oppose", "opposes", "opposed", "opposing", "opposition", "resist",
            "resists", "resisting", "counter", "counters", "countering", "counteract", "counteracting", "against",
            "condemn", "condemns", "condemned", "denounce", "denounced", "reject", "rejects", "rejected", "combat",
            "critical", "criticized", "criticised", "criticize", "criticise");
    private static final Set<String> SUPPORT = Set.of("support", "supports", "supported", "supporting", "backs",
            "backed", "backing", "endorse", "endorses", "endorsed", "endorsement", "welcome", "welcomes", "welcomed",
            "praised", "praises", "praise", "favour", "favor", "favours", "favors", "champion", "champions", "advocate",
            "advocates", "advocating", "upholds", "uphold");
    /** Verbs that attribute speech, plus what attributes a quotation only ("according to", "he continued"). */
    private static final Set<String> REPORTING = com.google.common.collect.Sets.union(
            org.diplograph.extract.Lexicon.REPORTING_VERBS, Set.of("according", "continued")).immutableCopy();
    private static final Set<String> ANAPHORIC_TARGETS = Set.of("these", "those", "this", "them", "it", "such");

    private final Registry registry;
    private final ConceptLexicon concepts;
    private final TimeNormalizer times = new TimeNormalizer();

    public FactExtractor(Registry registry, ConceptLexicon concepts) {
        this.registry = registry;
        this.concepts = concepts;
    }

    public Facts extract(ExtractedArticle extracted) {
        return new Run(extracted).run();
    }

    private final class Run {
        final ExtractedArticle ex;
        final AnnotatedText at;
        final String text;
        final List<Token> tokens;
        final int[] sentenceOf;
        final Mention[] mentionAt;
        final String[] lower;
        final LocalDate anchor;
        final List<TimeValue> timeValues;
        final Map<String, Set<String>> statesOfPerson = new HashMap<>();
        final List<EventFact> events = new ArrayList<>();
        final List<StanceFact> stances = new ArrayList<>();
        final List<QuoteFact> quotes = new ArrayList<>();

        Run(ExtractedArticle ex) {
            this.ex = ex;
            this.at = ex.annotated();
            this.text = at.text();
            this.tokens = at.tokens();
            this.sentenceOf = new int[tokens.size()];
            this.lower = new String[tokens.size()];
            for (Sentence s : at.sentences()) {
                for (Token t : s.tokens()) {
                    sentenceOf[t.index()] = s.index();
                    lower[t.index()] = t.text().toLowerCase(Locale.ROOT);
                }
            }
            this.mentionAt = new Mention[tokens.size()];
            for (Mention m : ex.mentions()) {
                for (Token t : tokensIn(m.span())) {
                    mentionAt[t.index()] = m;
                }
            }
            Dateline dl = at.clean().dateline();
            this.anchor = at.clean().article().published() != null ? at.clean().article().published()
                    : dl != null ? dl.date() : null;
            this.timeValues = times.find(text, anchor);
            for (RoleObservation r : ex.roles()) {
                if (r.ofKey() != null && r.ofKey().startsWith("state/")) {
                    statesOfPerson.computeIfAbsent(r.personKey(), k -> new LinkedHashSet<>()).add(r.ofKey());
                }
            }
            for (Mention m : ex.mentions()) {
                if (m.type() == MentionType.PERSON) {
                    registry.get(m.entityKey()).ifPresent(e -> {
                        for (OfficeTerm o : e.offices()) {
                            if (o.ofKey() != null && o.ofKey().startsWith("state/") && o.covers(anchor)) {
                                statesOfPerson.computeIfAbsent(m.entityKey(), k -> new LinkedHashSet<>()).add(o.ofKey());
                            }
                        }
                    });
                }
            }
        }

        Facts run() {
            for (Sentence s : at.sentences()) {
                eventsIn(s);
            }
            resolveDefiniteEvents();
            quotes();
            for (Sentence s : at.sentences()) {
                stancesIn(s);
            }
            return new Facts(events, roles(), stances, quotes);
        }

        // ---------------------------------------------------------------- events

        void eventsIn(Sentence s) {
            List<Token> ts = s.tokens();
            List<EventFact> found = new ArrayList<>();
            List<int[]> clauses = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                EventKind kind = EventLexicon.TRIGGERS.get(lower[t.index()]);
                if (kind == null || mentionAt[t.index()] != null || !plausibleTrigger(ts, i, kind)) {
                    continue;
                }
                kind = refine(ts, i, kind);
                int[] clause = clause(ts, i);
                List<String> left;
                List<String> right;
                if (isNounTrigger(ts, i)) {
                    left = nounModifiersAndSubjects(ts, clause[0], i);
                    right = new ArrayList<>(nounComplements(ts, i, clause[1]));
                } else {
                    left = actors(ts, clause[0], i);
                    if (left.isEmpty() && clause[0] == i && i > 0 && lower[ts.get(i - 1).index()].equals(",")) {
                        left = new ArrayList<>(subjectOfMainClause(ts, i - 1)); // "North Korea has pivoted ..., dispatching troops"
                    }
                    right = actors(ts, i + 1, clause[1]);
                    if (kind.directed() && right.size() > 1) {
                        right = new ArrayList<>(right.subList(0, 1)); // the object; later actors belong to its modifiers
                    }
                }
                left.addAll(pluralDescriptors(ts, clause[0], clause[1]));
                List<String> participants = new ArrayList<>(new LinkedHashSet<>(concat(left, right)));
                participants = dropStatesRepresentedByPeople(participants);
                List<String> sources = left;
                List<String> targets = right;
                if (kind.directed() && !isNounTrigger(ts, i) && passive(ts, i)) {
                    // "Smith was arrested by police in Ohio": the subject is acted on, the "by" phrase acts
                    targets = left;
                    sources = i + 1 < clause[1] && lower[ts.get(i + 1).index()].equals("by") ? right : List.of();
                }
                String place = place(ts, clause[0], clause[1]);
                if (kind == EventLexicon.DISASTER) {
                    // an earthquake has no actors: "a quake struck Iran" says where, not who took part
                    if (place == null) {
                        place = participants.stream().filter(k -> k.startsWith("state/")).findFirst().orElse(null);
                    }
                    participants = List.of();
                }
                TimeValue time = time(s, ts.get(clause[0]).start(), ts.get(clause[1] - 1).end());
                Modality modality = modality(ts, clause[0], i, time);
                boolean definite = participants.isEmpty() && i > 0
                        && Set.of("the", "their", "this", "that").contains(lower[ts.get(Math.max(0, i - 3)).index()]
                        ) || participants.isEmpty() && definiteBefore(ts, i);
                if (participants.isEmpty() && !definite && !kind.incident()) {
                    continue;
                }
                EventFact fact = new EventFact(kind, label(kind, participants), participants,
                        kind.directed() ? dropStatesRepresentedByPeople(sources) : List.of(),
                        kind.directed() ? dropStatesRepresentedByPeople(targets) : List.of(), place, time, modality,
                        t.span(), new Evidence(s.index(), s.span(), "rules:event:" + kind.ontologyClass(),
                        participants.size() >= 2 ? 0.8 : 0.6));
                // "a meeting in Beijing ... discussed": one event when one trigger lies in the other's clause;
                // "the meeting occurred after a summit" stays two
                int same = -1;
                for (int k = 0; k < found.size(); k++) {
                    int[] c = clauses.get(k);
                    int other = indexIn(ts, found.get(k).trigger());
                    if (found.get(k).kind().family().equals(kind.family())
                            && (other >= clause[0] && other < clause[1] || i >= c[0] && i < c[1])) {
                        same = k;
                    }
                }
                if (same >= 0) {
                    found.set(same, merge(found.get(same), fact));
                } else {
                    found.add(fact);
                    clauses.add(clause);
                }
            }
            events.addAll(found);
        }

        /** "was arrested", "were reportedly shot", "has been detained": a passive participle. */
        boolean passive(List<Token> ts, int i) {
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                String w = lower[ts.get(k).index()];
                if (Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get", "gets").contains(w)) {
                    return true;
                }
                if (!w.endsWith("ly") && !Set.of("not", "later", "also", "then").contains(w)) {
                    return false;
                }
            }
            return false;
        }

        int indexIn(List<Token> ts, CharSpan trigger) {
            for (int k = 0; k < ts.size(); k++) {
                if (ts.get(k).start() == trigger.start()) {
                    return k;
                }
            }
            return -1;
        }

        static final Set<String> NOUN_TRIGGERS = Set.of("meeting", "meetings", "talks", "discussion", "discussions",
                "dialogue", "consultations", "negotiations", "summit", "summits", "trip", "parade", "parades", "drill",
                "drills", "exercises", "manoeuvres", "maneuvers", "agreement", "agreements", "accord", "accords",
                "treaty", "deal", "criticism", "condemnation", "rejection", "threat", "threats", "protests",
                "demonstration", "demonstrations", "rally", "rallies", "sanctions", "embargo", "aid", "assistance",
                "attacks", "airstrike", "airstrikes", "strikes", "clashes", "bombing", "shelling", "invasion",
                "offensive", "pledge", "visit", "visits", "appeal", "demand", "demands", "protest", "attack", "clash",
                "vows", "pledges", "arrest", "arrests", "detention", "deportation", "deportations", "expulsion",
                "kidnapping", "kidnappings", "abduction", "abductions", "hijacking", "shooting", "shootings", "stabbing",
                "stabbings", "assault", "killing", "killings", "murder", "murders", "slaying", "slayings",
                "assassination", "assassinations", "riot", "riots", "rioting", "death", "deaths", "earthquake",
                "earthquakes", "quake", "quakes", "tsunami", "hurricane", "typhoon", "cyclone", "flood", "floods",
                "flooding", "landslide", "landslides", "mudslide", "eruption", "wildfire", "wildfires", "tornado",
                "avalanche", "blaze", "fire", "fires", "dismissal", "sacking", "firing", "appointment", "hiring",
                "resignation", "election", "elections", "referendum", "acquisition", "acquisitions", "merger",
                "takeover", "buyout", "suicide", "arson", "arsons", "vandalism");
        static final Set<String> EVENT_VERBS = Set.of("attend", "attended", "attends", "attending", "hold", "held",
                "holds", "holding", "host", "hosted", "hosts", "hosting", "join", "joined", "joins", "had", "have", "has",
                "chaired", "co-chaired", "appeared", "reached", "signed", "made", "paid", "concluded", "wrapped",
                "staged", "launched", "conducted", "began", "started", "led", "completed", "anticipates", "anticipate",
                "expects", "plans", "prepares", "stage", "stages", "organised", "organized", "marked", "watched");

        /** "a meeting", "the Kim-Xi summit", "his visit": a noun, unless a name right before makes it a verb. */
        boolean isNounTrigger(List<Token> ts, int i) {
            String w = lower[ts.get(i).index()];
            if (!NOUN_TRIGGERS.contains(w)) {
                return false;
            }
            if (i > 0 && Set.of("visit", "visits", "pledge", "appeal", "demand", "demands", "protest", "attack",
                    "clash", "rally", "threat", "vows", "pledges", "arrest", "arrests", "murder", "murders", "assault", "riot")
                    .contains(w)) {
                Token prev = ts.get(i - 1);
                Mention m = mentionAt[prev.index()];
                boolean subjectBefore = m != null && isActor(m) || Set.of("he", "she", "they", "to", "will", "would",
                        "could", "should", "may", "might", "must", "can", "also", "not").contains(lower[prev.index()]);
                return !subjectBefore;
            }
            return true;
        }

        /** "the Kim-Xi summit", "Kim's trip", and subjects of "attended"/"held" before the noun. */
        List<String> nounModifiersAndSubjects(List<Token> ts, int from, int i) {
            List<String> keys = new ArrayList<>();
            int k = i - 1;
            while (k >= from && i - k <= 4) {
                Token t = ts.get(k);
                if (t.isVerb() && mentionAt[t.index()] == null) {
                    break;
                }
                k--;
            }
            keys.addAll(actors(ts, k + 1, i));
            for (int v = i - 1; v >= from; v--) {
                if (EVENT_VERBS.contains(lower[ts.get(v).index()])) {
                    for (String a : actors(ts, from, v)) {
                        if (!keys.contains(a)) {
                            keys.add(a);
                        }
                    }
                    break;
                }
            }
            return keys;
        }

        /**
         * "meeting between A and B", "talks in Beijing between A and B", "summit with A", "parade in Beijing
         * hosted by A", "a parade ..., where he stood alongside A": actors introduced by a preposition.
         */
        List<String> nounComplements(List<Token> ts, int i, int to) {
            for (int k = i + 1; k < to; k++) {
                String w = lower[ts.get(k).index()];
                boolean reportedBy = w.equals("by") && k > 0 && lower[ts.get(k - 1).index()]
                        .matches("report(ed|s)?|announced|confirmed|cited|quoted|carried|published");
                if (reportedBy) {
                    return List.of(); // "the meeting, reported by KCNA": a source, not a participant
                }
                if (Set.of("between", "with", "among", "involving", "by", "alongside", "where", "of").contains(w)) {
                    return actors(ts, k + 1, to);
                }
                if (mentionAt[ts.get(k).index()] != null && isActor(mentionAt[ts.get(k).index()])) {
                    return List.of(); // an actor not introduced as a participant
                }
            }
            return List.of();
        }

        /** The first actor of the clause before a participial phrase: its implied subject. */
        List<String> subjectOfMainClause(List<Token> ts, int comma) {
            int from = comma;
            while (from > 0 && !CLAUSE_STOPS.contains(lower[ts.get(from - 1).index()])) {
                from--;
            }
            List<String> actors = actors(ts, from, comma);
            return actors.isEmpty() ? List.of() : List.of(actors.get(0));
        }

        boolean definiteBefore(List<Token> ts, int i) {
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (Set.of("the", "their", "this", "that").contains(lower[ts.get(k).index()])) {
                    return true;
                }
            }
            return false;
        }

        /** "riot police", "fire brigade", "detention centre", "death penalty": the trigger only modifies a noun. */
        static final Map<String, Set<String>> MODIFIED_NOUNS = modifiedNouns();

        private static Map<String, Set<String>> modifiedNouns() {
            Map<String, Set<String>> m = new HashMap<>();
            Set<String> riot = Set.of("police", "gear", "squad", "squads", "shield", "shields", "control", "act",
                    "troops", "officers", "helmets");
            Set<String> fire = Set.of("prevention", "fighters", "fighter", "department", "brigade", "brigades", "chief",
                    "station", "alarm", "alarms", "engine", "engines", "truck", "trucks", "safety", "extinguisher",
                    "hazard", "exit", "service", "services", "crews", "crew", "escape", "power", "risk", "code",
                    "marshal", "insurance", "drill", "support", "control");
            Set<String> custody = Set.of("warrant", "warrants", "powers", "centre", "centres", "center", "centers",
                    "camp", "camps", "facility", "facilities", "order", "orders", "record", "records", "rate", "rates",
                    "conditions", "laws", "policy");
            Set<String> business = Set.of("director", "chief", "program", "programme", "programs", "officer",
                    "officials", "process", "costs", "budget", "reform", "rules", "policy", "strategy", "executive");
            Set<String> election = Set.of("commission", "commissions", "law", "laws", "board", "authority",
                    "committee", "reform", "code", "rules", "workers", "officials", "official");
            Set<String> death = Set.of("penalty", "penalties", "sentence", "sentences", "row", "squad", "squads",
                    "threat", "threats", "certificate", "camp", "camps", "knell", "wish");
            for (String w : List.of("riot", "riots")) {
                m.put(w, riot);
            }
            for (String w : List.of("fire", "fires")) {
                m.put(w, fire);
            }
            for (String w : List.of("detention", "arrest", "arrests")) {
                m.put(w, custody);
            }
            for (String w : List.of("acquisition", "acquisitions", "merger", "takeover")) {
                m.put(w, business);
            }
            for (String w : List.of("election", "elections", "referendum")) {
                m.put(w, election);
            }
            for (String w : List.of("death", "deaths")) {
                m.put(w, death);
            }
            m.put("shooting", Set.of("range", "ranges", "gallery", "star", "stars", "guard"));
            return Map.copyOf(m);
        }

        /** Trigger words that are too often something else need context. */
        boolean plausibleTrigger(List<Token> ts, int i, EventKind kind) {
            String w = lower[ts.get(i).index()];
            if (i + 1 < ts.size() && MODIFIED_NOUNS.getOrDefault(w, Set.of()).contains(lower[ts.get(i + 1).index()])) {
                return false;
            }
            if (kind == EventLexicon.SHOW_OF_FORCE && (w.equals("exercises") || w.startsWith("drill"))) {
                return window(ts, i, 3).stream().anyMatch(EventLexicon.MILITARY::contains);
            }
            if (kind == EventLexicon.SANCTION && !w.equals("sanctioned")) {
                return window(ts, i, 3).stream().anyMatch(x -> Set.of("impose", "imposed", "imposes", "imposing",
                        "slapped", "announced", "new", "fresh", "additional", "tougher", "approved").contains(x));
            }
            if (kind == EventLexicon.AID && (w.startsWith("dispatch") || w.startsWith("suppl"))) {
                return windowAfter(ts, i, 4).stream().anyMatch(EventLexicon.MILITARY_SUPPLIES::contains);
            }
            if (kind == EventLexicon.DISASTER && w.startsWith("fire")) {
                // "a fire broke out", "a suspicious fire", "destroyed by fire"; not "open fire", "under fire",
                // "fire at", "to fire him"
                String before = i > 0 ? lower[ts.get(i - 1).index()] : "";
                String after = i + 1 < ts.size() ? lower[ts.get(i + 1).index()] : "";
                boolean personAfter = i + 1 < ts.size() && mentionAt[ts.get(i + 1).index()] != null;
                if (Set.of("open", "opened", "opens", "opening", "under", "cease", "returned", "return", "returning",
                        "hold", "held", "holding", "friendly", "gun", "rapid", "to", "will", "would", "could", "can",
                        "should", "must", "may", "might", "not", "they", "we", "i", "you", "he", "she", "heavy",
                        "artillery", "mortar", "rocket", "sniper", "anti-aircraft", "cross", "exchange", "exchanged",
                        "did", "didn't", "ca", "n't", "ground", "enemy", "hostile", "machine-gun", "small-arms",
                        "tank", "naval").contains(before) || before.endsWith("-")
                        || window(ts, i, 3).contains("fuel")
                        || after.equals("of") || after.equals("-")) {
                    // "cease-fire", "fuel to the fire", "the fire of freedom"
                    return false;
                }
                if (Set.of("a", "the", "major", "huge", "massive", "deadly", "big", "suspicious", "overnight", "'s",
                        "this", "that", "arson", "house", "forest", "bush", "brush", "warehouse", "apartment",
                        "building", "factory", "raging", "fatal", "devastating", "small", "electrical", "kitchen",
                        "hotel", "second", "latest", "early", "morning", "night", "blazing", "church", "store",
                        "supermarket", "by", "after", "of", "in").contains(before)) {
                    return !personAfter; // a noun: "a fire at the supermarket", "destroyed by fire"
                }
                // a verb with an object: "fire their weapons", "fire a warning shot", "set fire to the tents"
                return !Set.of("at", "on", "upon", "him", "her", "them", "back", "off", "away", "coach", "manager",
                        "shots", "missiles", "rockets", "into", "their", "his", "its", "our", "weapons", "guns",
                        "shells", "rounds", "bullets", "tear", "warning", "several", "two", "three").contains(after)
                        && !Set.of("set", "sets", "setting", "and").contains(before) && !personAfter;
            }
            if (kind == EventLexicon.DISMISSAL && (w.equals("fired") || w.equals("dismissed") || w.equals("firing"))) {
                // "fired coach X", "was fired as coach", "the firing of"; not "fired missiles", "shots were fired",
                // "dismissed the case"
                Set<String> weapons = Set.of("missile", "missiles", "shots", "shot", "rockets", "rocket", "weapon",
                        "weapons", "gun", "guns", "shells", "bullets", "rounds", "cannon", "torpedo", "torpedoes",
                        "tear", "gas", "artillery", "warning", "case", "charges", "lawsuit", "suit", "claims", "appeal",
                        "motion", "jury", "allegations", "concerns", "rumours", "rumors", "reports", "idea",
                        "suggestions", "criticism");
                String next = i + 1 < ts.size() ? lower[ts.get(i + 1).index()] : "";
                return window(ts, i, 3).stream().noneMatch(weapons::contains)
                        && windowAfter(ts, i, 3).stream().noneMatch(weapons::contains)
                        && !Set.of("at", "on", "into", "upon", "back", "off", "up", "toward", "towards").contains(next);
            }
            if (kind == EventLexicon.DEATH && w.equals("dead")) {
                // "found dead", "three dead after", "is dead at 87"; not "dead end", "the dead"
                String before = i > 0 ? lower[ts.get(i - 1).index()] : "";
                String after = i + 1 < ts.size() ? lower[ts.get(i + 1).index()] : "";
                return Set.of("found", "is", "was", "were", "are", "left", "declared", "pronounced", "lay", "lying",
                        "shot", "been", "people", "dropped", "confirmed").contains(before)
                        || before.matches("\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds")
                        || Set.of("after", "at", "following", "as").contains(after);
            }
            if (kind == EventLexicon.RESIGNATION && w.startsWith("quit")) {
                // "quit as coach", "quit his post"; not "quit smoking"
                return windowAfter(ts, i, 3).stream().anyMatch(x -> Set.of("as", "his", "her", "the", "post",
                        "job", "office", "government", "cabinet").contains(x));
            }
            if (kind == EventLexicon.KILLING && window(ts, i, 4).stream().anyMatch(x -> Set.of("deal", "bill",
                    "plan", "proposal", "project", "legislation", "idea", "measure", "talks", "program", "programme",
                    "engine", "lights", "story").contains(x))) {
                return false; // "the deal had been killed"
            }
            if (kind == EventLexicon.ASSAULT && !w.startsWith("shoot") && !w.equals("shot")) {
                // "killed in a car crash", "died in the fire": deaths, not assaults
                return windowAfter(ts, i, 5).stream().noneMatch(EventLexicon.ACCIDENTS::contains);
            }
            if (kind == EventLexicon.ASSAULT && (w.equals("shot") || w.startsWith("shoot"))) {
                // "shot a film", "a photo shoot", "a shot at the title"
                return windowAfter(ts, i, 3).stream().noneMatch(x -> Set.of("film", "movie", "video", "scene",
                        "scenes", "photo", "photos", "footage").contains(x))
                        && (i == 0 || !Set.of("photo", "video", "a", "first", "big", "long", "good", "free", "winning",
                        "mug", "booster", "flu").contains(lower[ts.get(i - 1).index()]));
            }
            if (kind == EventLexicon.ARREST && w.equals("charged")) {
                return windowAfter(ts, i, 3).contains("with");
            }
            if (kind == EventLexicon.ARREST && w.startsWith("arrest") && i > 0
                    && Set.of("cardiac", "heart", "respiratory").contains(lower[ts.get(i - 1).index()])) {
                return false;
            }
            if (kind == EventLexicon.VISIT && w.equals("tour")) {
                return false;
            }
            if (Set.of("spoke", "spoken", "speaks", "talked").contains(w)) {
                // "spoke (today) with / to X" is a conversation; "spoke of" or "spoke at" is not
                return windowAfter(ts, i, 3).stream().anyMatch(x -> x.equals("with") || x.equals("to"));
            }
            if (w.equals("received") || w.equals("hosted")) {
                // "received the visiting minister", not "received criticism"
                return i + 1 < ts.size() && (mentionAt[ts.get(i + 1).index()] != null
                        || i + 2 < ts.size() && mentionAt[ts.get(i + 2).index()] != null);
            }
            return true;
        }

        EventKind refine(List<Token> ts, int i, EventKind kind) {
            if (kind == EventLexicon.KILLING && windowAfter(ts, i, 5).stream().anyMatch(EventLexicon.ACCIDENTS::contains)) {
                return EventLexicon.DEATH; // "killed in a car crash": a death, not an assault
            }
            if (kind == EventLexicon.AID && (window(ts, i, 3).stream().anyMatch(EventLexicon.MILITARY_SUPPLIES::contains)
                    || windowAfter(ts, i, 4).stream().anyMatch(EventLexicon.MILITARY_SUPPLIES::contains))) {
                return EventLexicon.MILITARY_AID;
            }
            return kind;
        }

        List<String> window(List<Token> ts, int i, int n) {
            List<String> w = new ArrayList<>();
            for (int k = Math.max(0, i - n); k < i; k++) {
                w.add(lower[ts.get(k).index()]);
            }
            return w;
        }

        List<String> windowAfter(List<Token> ts, int i, int n) {
            List<String> w = new ArrayList<>();
            for (int k = i + 1; k < Math.min(ts.size(), i + 1 + n); k++) {
                w.add(lower[ts.get(k).index()]);
            }
            return w;
        }

        /**
         * The trigger's clause, sentence-local [from, to): up to a subordinator, a semicolon or a comma
         * that does not continue a list of actors. A "where" clause right after the event describes it.
         */
        int[] clause(List<Token> ts, int i) {
            int from = i;
            while (from > 0) {
                String w = lower[ts.get(from - 1).index()];
                if (CLAUSE_STOPS.contains(w) || w.equals("\"") || w.equals(",") && !actorSoonAfter(ts, from - 1)) {
                    break;
                }
                from--;
            }
            int to = i + 1;
            while (to < ts.size()) {
                String w = lower[ts.get(to).index()];
                if (CLAUSE_STOPS.contains(w) && !w.equals("where") || w.equals("who") || w.equals("\"")
                        || w.equals(",") && !actorSoonAfter(ts, to) && !whereClauseNext(ts, to)) {
                    break;
                }
                to++;
            }
            return new int[] {from, to};
        }

        boolean whereClauseNext(List<Token> ts, int comma) {
            return comma + 1 < ts.size() && lower[ts.get(comma + 1).index()].equals("where");
        }

        /** A comma followed by an actor before any verb: the list of participants goes on. */
        boolean actorSoonAfter(List<Token> ts, int comma) {
            for (int k = comma + 1; k < Math.min(ts.size(), comma + 7); k++) {
                Token t = ts.get(k);
                Mention m = mentionAt[t.index()];
                if (m != null && isActor(m)) {
                    return true;
                }
                if (t.isVerb() || lower[t.index()].equals(",")) {
                    return false;
                }
            }
            return false;
        }

        boolean isActor(Mention m) {
            if (m.type() == MentionType.PERSON || m.type() == MentionType.STATE) {
                return true;
            }
            if (m.type() == MentionType.ORGANIZATION) {
                return registry.get(m.entityKey()).map(e -> !e.isNewsOrganization()).orElse(true);
            }
            return false;
        }

        /** "at the White House", "in the Kremlin": an organisation named as where something happened, not who. */
        boolean venue(List<Token> ts, int k, Mention m) {
            if (m.type() != MentionType.ORGANIZATION || k < 1) {
                return false;
            }
            int p = lower[ts.get(k - 1).index()].equals("the") && k >= 2 ? k - 2 : k - 1;
            return Set.of("at", "in", "inside", "outside").contains(lower[ts.get(p).index()]);
        }

        /** Actors mentioned in [from, to), in order, leaving out those only cited as sources of news or as venues. */
        List<String> actors(List<Token> ts, int from, int to) {
            List<String> keys = new ArrayList<>();
            Mention last = null;
            for (int k = from; k < to; k++) {
                Mention m = mentionAt[ts.get(k).index()];
                if (m == null || m == last) {
                    continue;
                }
                last = m;
                boolean cited = k >= 2 && (lower[ts.get(k - 1).index()].equals("by") && lower[ts.get(k - 2).index()].startsWith("report")
                        || lower[ts.get(k - 2).index()].equals("according"));
                if (isActor(m) && !cited && !venue(ts, k, m) && !keys.contains(m.entityKey())) {
                    keys.add(m.entityKey());
                }
            }
            return keys;
        }

        /**
         * "the foreign ministers of North Korea and China": the people of the article who hold that office
         * for those states (by the registry at the article's date, or by how the article introduced them).
         */
        List<String> pluralDescriptors(List<Token> ts, int from, int to) {
            List<String> people = new ArrayList<>();
            for (int k = from; k + 2 < to; k++) {
                String w = lower[ts.get(k).index()];
                if (!Set.of("ministers", "leaders", "presidents", "diplomats", "envoys").contains(w)
                        || !lower[ts.get(k + 1).index()].equals("of")) {
                    continue;
                }
                String office = w.equals("ministers") && k > 0 && lower[ts.get(k - 1).index()].equals("foreign")
                        ? "foreign_minister" : w.equals("presidents") || w.equals("leaders") ? "head_of_state" : null;
                for (int j = k + 2; j < to; j++) {
                    Mention m = mentionAt[ts.get(j).index()];
                    if (m != null && m.type() == MentionType.STATE) {
                        String person = personOfState(m.entityKey(), office);
                        if (person != null && !people.contains(person)) {
                            people.add(person);
                        }
                    }
                }
            }
            return people;
        }

        String personOfState(String stateKey, String office) {
            for (Mention m : ex.mentions()) {
                if (m.type() != MentionType.PERSON) {
                    continue;
                }
                boolean ofState = statesOfPerson.getOrDefault(m.entityKey(), Set.of()).contains(stateKey);
                boolean holds = office == null || registry.get(m.entityKey()).map(e -> e.offices().stream()
                        .anyMatch(o -> o.officeType().equals(office) && stateKey.equals(o.ofKey()) && o.covers(anchor)))
                        .orElse(false)
                        || ex.roles().stream().anyMatch(r -> r.personKey().equals(m.entityKey())
                        && stateKey.equals(r.ofKey()) && r.title().replace('_', ' ').contains(office.replace('_', ' ')));
                if (ofState && holds) {
                    return m.entityKey();
                }
            }
            return null;
        }

        /** A state taking part through its own leader or minister is represented by that person. */
        List<String> dropStatesRepresentedByPeople(List<String> keys) {
            Set<String> represented = new LinkedHashSet<>();
            for (String k : keys) {
                represented.addAll(statesOfPerson.getOrDefault(k, Set.of()));
            }
            List<String> out = new ArrayList<>();
            for (String k : keys) {
                if (!represented.contains(k)) {
                    out.add(k);
                }
            }
            return out;
        }

        String place(List<Token> ts, int from, int to) {
            for (int k = from + 1; k < to; k++) {
                Mention m = mentionAt[ts.get(k).index()];
                if (m != null && m.type() == MentionType.PLACE
                        && Set.of("in", "at", "near").contains(lower[ts.get(k - 1).index()])) {
                    return m.entityKey();
                }
            }
            return null;
        }

        TimeValue time(Sentence s, int from, int to) {
            TimeValue best = null;
            for (TimeValue t : timeValues) {
                if (t.span().start() >= from && t.span().end() <= to) {
                    return t;
                }
                if (best == null && s.span().contains(t.span()) && !t.expression().matches("(?i).*\\b(19|20)\\d\\d\\b.*")) {
                    best = t;
                }
            }
            return best;
        }

        Modality modality(List<Token> ts, int from, int trigger, TimeValue time) {
            for (int k = Math.max(from, trigger - 6); k < trigger; k++) {
                String w = lower[ts.get(k).index()];
                if (NEGATION.contains(w)) {
                    return Modality.NEGATED;
                }
                if (HYPOTHETICAL.contains(w)) {
                    return Modality.HYPOTHETICAL;
                }
                if (PLANNED.contains(w)) {
                    return Modality.PLANNED;
                }
            }
            if (time != null && time.future()) {
                return Modality.PLANNED;
            }
            return Modality.ASSERTED;
        }

        /** "The meeting in Beijing occurred ..." names no one: it is the article's lead event of that family. */
        void resolveDefiniteEvents() {
            // The lead event: the first with two named people (a headline's "North Korea, China pledge"
            // names states; the body's first sentence names the ministers who met).
            EventFact lead = null;
            for (EventFact e : events) {
                if (e.participants().stream().filter(p -> p.startsWith("person/")).count() >= 2) {
                    lead = e;
                    break;
                }
            }
            for (EventFact e : events) {
                if (lead == null && e.participants().size() >= 2) {
                    lead = e;
                }
            }
            // an incident the article reports with named actors once ("Smith was shot") is the one its
            // unnamed reports ("the shooting") are about, when there is just one such event of the family
            Map<String, EventFact> namedIncident = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (EventFact e : events) {
                if (e.kind().incident() && !e.participants().isEmpty() && e.modality() == Modality.ASSERTED
                        && namedIncident.putIfAbsent(e.kind().family(), e) != null
                        && !sameParticipants(namedIncident.get(e.kind().family()), e)) {
                    ambiguous.add(e.kind().family());
                }
            }
            ambiguous.forEach(namedIncident::remove);
            List<EventFact> resolved = new ArrayList<>();
            for (EventFact e : events) {
                EventFact named = e.modality() == Modality.ASSERTED ? namedIncident.get(e.kind().family()) : null;
                if (!e.participants().isEmpty()) {
                    resolved.add(e);
                } else if (lead != null && e.modality() == Modality.ASSERTED
                        && (e.kind().family().equals("meeting") || e.kind().family().equals(lead.kind().family()))) {
                    resolved.add(adopt(e, lead, "+lead-event"));
                } else if (named != null) {
                    resolved.add(adopt(e, named, "+named-incident"));
                } else if (e.kind().incident() && e.placeKey() == null && leadPlace() != null) {
                    // "a man was shot" in an article whose lead is about Oakland: the incident is placed there
                    resolved.add(new EventFact(e.kind(), e.label(), e.participants(), e.sources(), e.targets(),
                            leadPlace(), e.time(), e.modality(), e.trigger(),
                            new Evidence(e.evidence().sentence(), e.evidence().span(),
                                    e.evidence().extractor() + "+lead-place", 0.4), e.triggers()));
                } else if (e.kind().incident()) {
                    // "a shooting in Oakland": an incident with no named actor, identified by place and date
                    resolved.add(e);
                }
            }
            events.clear();
            events.addAll(mergeSameEvents(resolved));
        }

        /** The first place the article's lead (dateline and first {@value #LEAD_SENTENCES} sentences) names, or null. */
        String leadPlace() {
            List<Sentence> ss = at.sentences();
            if (ss.isEmpty()) {
                return null;
            }
            int end = ss.get(Math.min(ss.size(), LEAD_SENTENCES) - 1).span().end();
            return ex.mentions().stream()
                    .filter(m -> (m.type() == MentionType.PLACE || m.type() == MentionType.STATE) && m.span().end() <= end)
                    .min(java.util.Comparator.comparingInt(m -> m.span().start()))
                    .map(Mention::entityKey).orElse(null);
        }

        static final int LEAD_SENTENCES = 6;

        EventFact adopt(EventFact e, EventFact from, String how) {
            return new EventFact(e.kind(), label(e.kind(), from.participants()), from.participants(),
                    e.kind().directed() ? from.sources() : List.of(), e.kind().directed() ? from.targets() : List.of(),
                    e.placeKey() != null ? e.placeKey() : from.placeKey(),
                    e.time() != null ? e.time() : from.time(), e.modality(), e.trigger(),
                    new Evidence(e.evidence().sentence(), e.evidence().span(), e.evidence().extractor() + how, 0.5),
                    e.triggers());
        }

        static boolean sameParticipants(EventFact a, EventFact b) {
            return new HashSet<>(a.participants()).equals(new HashSet<>(b.participants()));
        }

        /** Reports of one event within the article (same family and participants) become one. */
        List<EventFact> mergeSameEvents(List<EventFact> list) {
            Map<String, EventFact> byKey = new LinkedHashMap<>();
            for (EventFact e : list) {
                String key = e.kind().family() + "|" + String.join(",", e.participants().stream().sorted().toList())
                        + "|" + e.modality();
                EventFact prior = byKey.get(key);
                byKey.put(key, prior == null ? e : merge(prior, e));
            }
            return new ArrayList<>(byKey.values());
        }

        EventFact merge(EventFact a, EventFact b) {
            List<String> participants = new ArrayList<>(new LinkedHashSet<>(concat(a.participants(), b.participants())));
            EventKind kind = a.kind().ontologyClass().equals("Meeting") && !b.kind().ontologyClass().equals("Meeting")
                    ? b.kind() : a.kind();
            TimeValue time = a.time() != null && a.time().isResolved() ? a.time()
                    : b.time() != null && b.time().isResolved() ? b.time() : a.time() != null ? a.time() : b.time();
            return new EventFact(kind, label(kind, participants), participants,
                    new ArrayList<>(new LinkedHashSet<>(concat(a.sources(), b.sources()))),
                    new ArrayList<>(new LinkedHashSet<>(concat(a.targets(), b.targets()))),
                    a.placeKey() != null ? a.placeKey() : b.placeKey(), time, a.modality(), a.trigger(),
                    a.evidence().confidence() >= b.evidence().confidence() ? a.evidence() : b.evidence(),
                    new ArrayList<>(new LinkedHashSet<>(concat(a.triggers(), b.triggers()))));
        }

        String label(EventKind kind, List<String> participants) {
            // one label per family, since reports of one event may call it a meeting, talks or a summit
            String what = kind.family().equals("meeting") ? "Meeting" : switch (kind.ontologyClass()) {
                case "ShowOfForce" -> "Military parade or show of force";
                case "IntentToCooperate" -> "Pledge of cooperation";
                case "MilitaryAid" -> "Military aid";
                default -> kind.ontologyClass();
            };
            // sorted, so every article reporting the event gives the shared node the same label
            List<String> names = participants.stream().map(this::name).sorted().limit(4).toList();
            return names.isEmpty() ? what : what + " of " + String.join(", ", names);
        }

        String name(String key) {
            for (Mention m : ex.mentions()) {
                if (m.entityKey().equals(key)) {
                    return registry.get(key).map(RegistryEntry::label).orElse(m.label());
                }
            }
            return key;
        }

        // ---------------------------------------------------------------- roles

        List<RoleFact> roles() {
            Map<String, RoleFact> byKey = new LinkedHashMap<>();
            String asOf = anchor == null ? null : anchor.toString();
            for (RoleObservation r : ex.roles()) {
                String key = r.personKey() + "|" + r.title() + "|" + r.ofKey();
                Sentence s = at.sentences().get(r.sentence());
                byKey.putIfAbsent(key, new RoleFact(r.personKey(), r.title(), r.ofKey(), asOf,
                        new Evidence(s.index(), s.span(), "rules:role:title", 0.9)));
            }
            return new ArrayList<>(byKey.values());
        }

        // ---------------------------------------------------------------- quotes

        void quotes() {
            List<int[]> pairs = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' && open >= 0 && text.indexOf('"', i) > text.indexOf("\n\n", i) && text.indexOf("\n\n", i) >= 0) {
                    open = -1; // an unclosed quote does not run into the next paragraph
                }
                if (c == '"') {
                    if (open < 0) {
                        open = i;
                    } else {
                        pairs.add(new int[] {open + 1, i});
                        open = -1;
                    }
                }
            }
            for (int[] p : pairs) {
                String quoted = text.substring(p[0], p[1]).strip();
                if (quoted.split("\\s+").length < 5) {
                    continue; // a scare quote or a term, not a quotation
                }
                Token close = tokenAt(p[1]);
                Token opening = tokenAt(p[0] - 1);
                if (close == null || opening == null) {
                    continue;
                }
                String speaker = speakerAfter(close.index());
                if (speaker == null) {
                    speaker = speakerBefore(opening.index());
                }
                if (speaker == null) {
                    continue;
                }
                int sentence = sentenceOf[close.index()];
                Sentence s = at.sentences().get(sentence);
                CharSpan evidenceSpan = new CharSpan(Math.min(s.span().start(), p[0] - 1),
                        Math.max(s.span().end(), p[1] + 1));
                String original = at.clean().article().text().substring(p[0], p[1]).strip()
                        .replaceAll("[,;:]+$", ""); // the comma before the closing quote belongs to the sentence
                int start = p[0] + at.clean().article().text().substring(p[0], p[1]).indexOf(original);
                quotes.add(new QuoteFact(speaker, original, new CharSpan(start, start + original.length()),
                        channel(opening.index(), close.index()),
                        new Evidence(sentence, evidenceSpan, "rules:quote", 0.85)));
            }
        }

        /** '..., " Wang said', '," said Dr. Sarah Kim', '," she said', '," Choe stated, as per ...'. */
        String speakerAfter(int closeQuote) {
            int limit = Math.min(tokens.size(), closeQuote + 10);
            boolean verbSeen = false;
            for (int k = closeQuote + 1; k < limit; k++) {
                String w = lower[k];
                if (w.equals(".") && !verbSeen || w.equals("\"")) {
                    return null;
                }
                if (REPORTING.contains(w)) {
                    verbSeen = true;
                }
                Mention m = mentionAt[k];
                if (m != null && m.type() == MentionType.PERSON) {
                    if (verbSeen || k + 1 < limit && REPORTING.contains(lower[k + 1])
                            || k + 2 < limit && REPORTING.contains(lower[k + 2])) {
                        return m.entityKey();
                    }
                }
            }
            return null;
        }

        /** 'Wang said: "...', 'Choe told reporters, "...'. */
        String speakerBefore(int openQuote) {
            boolean verbSeen = false;
            for (int k = openQuote - 1; k >= Math.max(0, openQuote - 8); k--) {
                String w = lower[k];
                if (w.equals(".") || w.equals("\"")) {
                    return null;
                }
                if (REPORTING.contains(w)) {
                    verbSeen = true;
                }
                Mention m = mentionAt[k];
                if (verbSeen && m != null && m.type() == MentionType.PERSON) {
                    return m.entityKey();
                }
            }
            return null;
        }

        /** The organisation that relayed the quotation: a news agency or government body in its sentence. */
        String channel(int open, int close) {
            int s1 = sentenceOf[open];
            int s2 = sentenceOf[close];
            for (Mention m : ex.mentions()) {
                if (m.type() != MentionType.ORGANIZATION || m.sentence() < s1 || m.sentence() > s2) {
                    continue;
                }
                boolean news = registry.get(m.entityKey()).map(RegistryEntry::isNewsOrganization).orElse(false);
                boolean ministry = m.rule().equals("government-body");
                if (news || ministry) {
                    return m.entityKey();
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- stances

        void stancesIn(Sentence s) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                String w = lower[ts.get(i).index()];
                StanceFact.Polarity polarity = OPPOSE.contains(w) ? StanceFact.Polarity.OPPOSES
                        : SUPPORT.contains(w) ? StanceFact.Polarity.SUPPORTS : null;
                if (polarity == null || mentionAt[ts.get(i).index()] != null) {
                    continue;
                }
                if (w.equals("against") && i > 0 && !Set.of("back", "push", "resist", "fight", "stand", "stood", "united",
                        "jointly", "front", "pushback", "together").contains(lower[ts.get(i - 1).index()])) {
                    continue;
                }
                if (w.equals("critical") && (i + 1 >= ts.size() || !lower[ts.get(i + 1).index()].equals("of"))) {
                    continue;
                }
                List<Target> targets = targets(s, ts, i);
                if (targets.isEmpty()) {
                    continue;
                }
                if (window(ts, i, 3).stream().anyMatch(x -> Set.of("not", "n't", "never", "no").contains(x))) {
                    // "We do not support Taiwan independence"
                    polarity = polarity == StanceFact.Polarity.SUPPORTS ? StanceFact.Polarity.OPPOSES
                            : StanceFact.Polarity.SUPPORTS;
                }
                String speaker = quoteSpeakerCovering(ts.get(i));
                List<String> holders = holders(ts, i);
                if (holders.isEmpty() && speaker != null
                        && window(ts, i, 5).stream().anyMatch(x -> Set.of("we", "i").contains(x))) {
                    holders = List.of(speaker); // "we" in a quotation is the speaker's side
                }
                if (holders.isEmpty()) {
                    continue;
                }
                for (String holder : holders) {
                    String holderKey = holder;
                    String speakerKey = speaker;
                    if (holder.startsWith("person/")) {
                        Set<String> states = statesOfPerson.getOrDefault(holder, Set.of());
                        speakerKey = holder;
                        holderKey = states.isEmpty() ? holder : states.iterator().next();
                    }
                    for (Target t : targets) {
                        if (t.key().equals(holderKey)) {
                            continue;
                        }
                        CharSpan holderSpan = spanOf(s, holder);
                        StanceFact fact = new StanceFact(holderKey, speakerKey, polarity, t.key(), t.label(),
                                holderSpan, t.span(), new Evidence(s.index(), s.span(), "rules:stance", 0.7));
                        if (stances.stream().noneMatch(x -> x.holderKey().equals(fact.holderKey())
                                && x.polarity() == fact.polarity() && x.targetKey().equals(fact.targetKey()))) {
                            stances.add(fact);
                        }
                    }
                }
            }
        }

        record Target(String key, String label, CharSpan span) {
        }

        /** The first mention of the entity in the sentence. */
        CharSpan spanOf(Sentence s, String key) {
            for (Mention m : ex.mentions()) {
                if (m.entityKey().equals(key) && s.span().contains(m.span())) {
                    return m.span();
                }
            }
            return null;
        }

        /** Concepts or actors right after the trigger ("opposition to all forms of hegemonism"). */
        List<Target> targets(Sentence s, List<Token> ts, int i) {
            int end = i + 1;
            while (end < ts.size() && end - i <= 14 && !Set.of(";", ".", "while", "but", "which")
                    .contains(lower[ts.get(end).index()])) {
                end++;
            }
            List<String> words = new ArrayList<>();
            List<Token> wordTokens = new ArrayList<>();
            for (int k = i + 1; k < end; k++) {
                if (!ts.get(k).text().equals("\"")) {
                    words.add(ts.get(k).text()); // scare quotes around the target are common
                    wordTokens.add(ts.get(k));
                }
            }
            List<Target> found = new ArrayList<>();
            int lastEnd = -1;
            for (ConceptLexicon.Match m : concepts.find(words)) {
                // the first concept, then only those coordinated with it ("unilateralism and power politics")
                if (lastEnd >= 0 && !onlyConnectors(words.subList(lastEnd, m.from()))) {
                    break;
                }
                if (lastEnd < 0 && m.from() > 6) {
                    break;
                }
                found.add(new Target(m.concept().key(), m.concept().label(),
                        new CharSpan(wordTokens.get(m.from()).start(), wordTokens.get(m.to() - 1).end())));
                lastEnd = m.to();
            }
            if (found.isEmpty()) {
                for (int k = i + 1; k < Math.min(end, i + 5); k++) {
                    Mention m = mentionAt[ts.get(k).index()];
                    if (m != null && isActor(m)) {
                        found.add(new Target(m.entityKey(), name(m.entityKey()), m.span()));
                        break;
                    }
                    if (ANAPHORIC_TARGETS.contains(lower[ts.get(k).index()]) && k == i + 1 || k == i + 2
                            && ANAPHORIC_TARGETS.contains(lower[ts.get(k).index()])) {
                        found.addAll(conceptsOfPreviousSentence(s));
                        break;
                    }
                }
            }
            return found;
        }

        boolean onlyConnectors(List<String> between) {
            return between.size() <= 3 && between.stream().allMatch(w -> Set.of("and", ",", "or", "all", "forms", "of",
                    "its", "their", "the", "as", "well").contains(w.toLowerCase(Locale.ROOT)));
        }

        List<Target> conceptsOfPreviousSentence(Sentence s) {
            if (s.index() == 0) {
                return List.of();
            }
            Sentence prev = at.sentences().get(s.index() - 1);
            List<Target> out = new ArrayList<>();
            for (ConceptLexicon.Match m : concepts.find(prev.tokens().stream().map(Token::text).toList())) {
                out.add(new Target(m.concept().key(), m.concept().label(), null));
            }
            return out;
        }

        /**
         * Whose position: a possessive right before the trigger ("Beijing's opposition"), else the subject,
         * the first actor of the clause; every coordinated subject when the stance is joint.
         */
        List<String> holders(List<Token> ts, int i) {
            if (i >= 2 && lower[ts.get(i - 1).index()].equals("'s")) {
                Mention m = mentionAt[ts.get(i - 2).index()];
                if (m != null && isActor(m)) {
                    return List.of(m.entityKey());
                }
            }
            int from = i;
            while (from > 0) {
                String w = lower[ts.get(from - 1).index()];
                if (Set.of(";", ":", "that", "\"", "while", "which", "who", "where", "but", "after").contains(w)) {
                    break;
                }
                from--;
            }
            List<String> actors = actors(ts, from, i);
            if (actors.isEmpty()) {
                return List.of();
            }
            boolean joint = window(ts, i, 4).stream().anyMatch(x -> Set.of("jointly", "together", "both", "mutual").contains(x));
            if (joint) {
                return actors;
            }
            return List.of(actors.get(0));
        }

        String quoteSpeakerCovering(Token t) {
            for (QuoteFact q : quotes) {
                if (q.quoteSpan().start() <= t.start() && t.end() <= q.quoteSpan().end()) {
                    return q.speakerKey();
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- helpers

        Token tokenAt(int offset) {
            Token best = null;
            for (Token t : tokens) {
                if (t.start() <= offset && offset < Math.max(t.end(), t.start() + 1)) {
                    return t;
                }
                if (t.start() > offset) {
                    return best != null ? best : t;
                }
                best = t;
            }
            return best;
        }

        List<Token> tokensIn(CharSpan span) {
            List<Token> in = new ArrayList<>();
            for (Sentence s : at.sentences()) {
                if (!s.span().overlaps(span)) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (t.start() >= span.start() && t.end() <= span.end()
                            || t.start() < span.end() && span.start() < t.end()) {
                        in.add(t);
                    }
                }
            }
            return in;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
