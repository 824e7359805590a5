package org.diplograph.extract.facts;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import org.diplograph.registry.CameoCompiler;

/**
 * Event trigger words by lemma (and their common inflections, because the tagger's coarse tags make
 * lemmas unreliable), with the kind of event each signals. General news vocabulary, typed to CAMEO
 * codes and PLOVER categories so the events line up with GDELT, ICEWS and POLECAT.
 */
final class EventLexicon {

    static final EventKind MEETING = kind("Meeting", "040", false);
    static final EventKind SUMMIT = kind("Summit", "040", false);
    static final EventKind VISIT = kind("Visit", "042", true);
    static final EventKind SHOW_OF_FORCE = kind("ShowOfForce", "150", false);
    static final EventKind INTENT = kind("IntentToCooperate", "030", false);
    static final EventKind AGREEMENT = kind("Agreement", "057", false);
    static final EventKind APPEAL = kind("Appeal", "020", true);
    static final EventKind DEMAND = kind("Demand", "100", true);
    static final EventKind CRITICISM = kind("Criticism", "111", true);
    static final EventKind REJECTION = kind("Rejection", "120", true);
    static final EventKind THREAT = kind("Threat", "130", true);
    static final EventKind PROTEST = kind("Protest", "140", true);
    static final EventKind SANCTION = kind("Sanction", "163", true);
    static final EventKind AID = kind("Aid", "070", true);
    static final EventKind MILITARY_AID = kind("MilitaryAid", "072", true);
    static final EventKind ATTACK = kind("Attack", "190", true);
    // violence and coercion against people, as general news reports it (CAMEO 17 and 18; PLOVER COERCE, ASSAULT)
    static final EventKind ARREST = kind("Arrest", "173", true);
    static final EventKind DEPORTATION = kind("Deportation", "174", true);
    static final EventKind ABDUCTION = kind("Abduction", "181", true);
    static final EventKind ASSAULT = kind("Assault", "182", true);
    static final EventKind KILLING = kind("Killing", "1823", true);
    static final EventKind ASSASSINATION = kind("Assassination", "186", true);
    static final EventKind RIOT = kind("Riot", "145", true);
    static final EventKind PROPERTY_DESTRUCTION = kind("PropertyDestruction", "1712", true);
    // what happens to actors rather than between them: CAMEO codes none of these
    static final EventKind DEATH = uncoded("Death", false);
    static final EventKind DISASTER = uncoded("Disaster", false);
    static final EventKind DISMISSAL = uncoded("Dismissal", true);
    static final EventKind APPOINTMENT = uncoded("Appointment", true);
    static final EventKind RESIGNATION = uncoded("Resignation", false);
    static final EventKind ELECTION = uncoded("Election", false);
    static final EventKind ACQUISITION = uncoded("Acquisition", true);

    /** The PLOVER category follows the published CAMEO→PLOVER table, code by code. */
    private static EventKind kind(String ontologyClass, String cameo, boolean directed) {
        return new EventKind(ontologyClass, cameo, CameoCompiler.ploverCategory(cameo), directed);
    }

    private static EventKind uncoded(String ontologyClass, boolean directed) {
        return new EventKind(ontologyClass, null, null, directed);
    }

    /** Word (lower case, any inflection listed) → kind. */
    static final ImmutableMap<String, EventKind> TRIGGERS = build();

    /** "killed in a crash": a death, not an assault. */
    static final ImmutableSet<String> ACCIDENTS = ImmutableSet.of("accident", "accidents", "crash", "crashes",
            "collision", "earthquake", "quake", "fire", "blaze", "flood", "floods", "flooding", "storm", "hurricane",
            "tornado", "avalanche", "landslide", "explosion", "blast", "tsunami", "eruption");

    /** Words that make "exercise", "launch", "test" military. */
    static final ImmutableSet<String> MILITARY = ImmutableSet.of("military", "missile", "missiles", "naval", "joint",
            "nuclear", "ballistic", "war", "live-fire", "air", "army", "troops");

    /** Words that make aid military: "dispatching troops and munitions to support Russia". */
    static final ImmutableSet<String> MILITARY_SUPPLIES = ImmutableSet.of("troops", "munitions", "weapons", "arms",
            "ammunition", "soldiers", "missiles", "shells", "drones", "military");

    private static ImmutableMap<String, EventKind> build() {
        Map<String, EventKind> m = new HashMap<>();
        put(m, MEETING, "meet", "meets", "met", "meeting", "meetings", "talks", "discussion", "discussions",
                "discussed", "discuss", "dialogue", "consultations", "conferred", "negotiations", "negotiated",
                "spoke", "spoken", "speaks", "phoned", "telephoned", "talked", "hosted", "received");
        put(m, SUMMIT, "summit", "summits");
        put(m, VISIT, "visit", "visits", "visited", "visiting", "trip", "tour", "toured");
        put(m, SHOW_OF_FORCE, "parade", "parades", "drill", "drills", "exercises", "manoeuvres", "maneuvers");
        put(m, INTENT, "pledge", "pledged", "pledges", "vow", "vowed", "vows", "promised", "committed", "reaffirmed");
        put(m, AGREEMENT, "agreement", "agreements", "accord", "accords", "treaty", "signed", "deal");
        put(m, APPEAL, "urge", "urged", "urges", "appeal", "appealed", "appeals");
        put(m, DEMAND, "demand", "demanded", "demands");
        put(m, CRITICISM, "criticize", "criticized", "criticised", "criticise", "criticism", "condemn", "condemned",
                "condemns", "condemnation", "denounce", "denounced", "accused", "accuses", "deplored", "deplores");
        put(m, REJECTION, "reject", "rejected", "rejects", "rejection", "refused", "refuses", "vetoed", "veto");
        put(m, THREAT, "threaten", "threatened", "threatens", "threat", "threats");
        put(m, PROTEST, "protest", "protests", "protested", "demonstration", "demonstrations", "rally", "rallies");
        put(m, SANCTION, "sanction", "sanctions", "sanctioned", "embargo");
        put(m, AID, "aid", "assistance", "dispatching", "dispatched", "dispatch", "supplying", "supplied");
        put(m, ATTACK, "attack", "attacks", "attacked", "airstrike", "airstrikes", "strikes", "clash", "clashes",
                "clashed", "bombing", "bombed", "shelling", "shelled", "invasion", "invaded", "offensive");
        put(m, ARREST, "arrest", "arrests", "arrested", "arresting", "detained", "detain", "detains", "detention",
                "charged", "indicted", "apprehended", "convicted", "sentenced");
        put(m, DEPORTATION, "deported", "deport", "deports", "deportation", "deportations", "expelled", "expel",
                "expels", "expulsion");
        put(m, ABDUCTION, "kidnapped", "kidnap", "kidnapping", "kidnappings", "abducted", "abduct", "abduction",
                "abductions", "hijacked", "hijacking");
        put(m, ASSAULT, "shot", "shoot", "shoots", "shooting", "shootings", "stabbed", "stabbing", "stabbings",
                "assaulted", "assault", "gunned", "wounded", "wounding");
        put(m, KILLING, "killed", "kill", "kills", "killing", "killings", "murder", "murders", "murdered",
                "murdering", "slain", "slaying", "slayings");
        put(m, ASSASSINATION, "assassinated", "assassinate", "assassination", "assassinations");
        put(m, RIOT, "riot", "riots", "rioting", "rioted");
        put(m, PROPERTY_DESTRUCTION, "arson", "arsons", "vandalism", "vandalised", "vandalized", "torched",
                "ransacked");
        put(m, DEATH, "died", "dies", "death", "deaths", "dead", "hanged", "suicide", "drowned");
        put(m, DISASTER, "earthquake", "earthquakes", "quake", "quakes", "tsunami", "hurricane", "typhoon", "cyclone",
                "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "eruption", "wildfire",
                "wildfires", "tornado", "avalanche", "blaze", "fire", "fires");
        put(m, DISMISSAL, "fired", "sacked", "dismissed", "ousted", "dismissal", "sacking", "firing");
        put(m, APPOINTMENT, "appointed", "appoint", "appoints", "appointment", "hired", "hires", "hiring");
        put(m, ACQUISITION, "acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "merger",
                "takeover", "buyout");
        put(m, ELECTION, "election", "elections", "referendum", "referendums", "by-election", "runoff");
        put(m, RESIGNATION, "resigned", "resign", "resigns", "resignation", "quit", "quits");
        return ImmutableMap.copyOf(m);
    }

    private static void put(Map<String, EventKind> m, EventKind kind, String... words) {
        for (String w : words) {
            m.put(w, kind);
        }
    }

    private EventLexicon() {
    }
}
