package org.diplograph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

/**
 * Closed-class word lists the rules rely on: titles that introduce people, head nouns of organisation
 * names, words around capitals that decide between city and government, reporting verbs. General
 * English news vocabulary, not phrases from any particular article.
 */
public final class Lexicon {

    /** Titles and role nouns that can stand right before a person's name, longest first. */
    static final ImmutableList<List<String>> PERSON_TITLES = sortedLongestFirst(
            "president", "vice president", "vice-president", "president-elect", "former president",
            "prime minister", "deputy prime minister", "premier", "vice premier", "chancellor",
            "foreign minister", "deputy foreign minister", "defence minister", "defense minister",
            "finance minister", "interior minister", "trade minister", "economy minister", "minister",
            "secretary of state", "secretary-general", "secretary general", "under secretary", "secretary",
            "foreign secretary", "home secretary", "defense secretary", "defence secretary", "treasury secretary",
            "king", "queen", "prince", "crown prince", "princess", "emperor", "sheikh", "emir", "sultan",
            "leader", "supreme leader", "opposition leader", "ambassador", "envoy", "special envoy",
            "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker", "mp",
            "governor", "mayor", "speaker", "chairman", "chairwoman", "chair", "chief", "director",
            "director-general", "director general", "commissioner", "high representative",
            "general", "gen.", "lt. gen.", "maj. gen.", "brig. gen.", "admiral", "adm.", "colonel", "col.",
            "major", "maj.", "captain", "capt.", "commander", "marshal", "field marshal", "brigadier", "brig.",
            "lieutenant", "lt.", "sergeant", "sgt.", "corporal", "cpl.",
            "spokesman", "spokeswoman", "spokesperson", "press secretary", "counterpart",
            "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "professor", "sir", "dame", "lord",
            "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "grand ayatollah",
            "judge", "justice", "prosecutor", "attorney general", "analyst", "expert", "economist",
            "official", "diplomat", "negotiator", "candidate", "activist", "journalist", "correspondent",
            "first lady");

    /** Titles grouped by their first word, longest first within a group. */
    static final ImmutableMap<String, List<List<String>>> TITLES_BY_FIRST_WORD = byFirstWord();

    /** Last words of titles: a capitalised word that is one of these is a title, not a name. */
    static final ImmutableSet<String> TITLE_LAST_WORDS =
            PERSON_TITLES.stream().map(t -> t.get(t.size() - 1)).collect(ImmutableSet.toImmutableSet());

    private static ImmutableMap<String, List<List<String>>> byFirstWord() {
        java.util.Map<String, List<List<String>>> m = new java.util.LinkedHashMap<>();
        for (List<String> t : PERSON_TITLES) {
            m.computeIfAbsent(t.get(0), k -> new java.util.ArrayList<>()).add(t);
        }
        return ImmutableMap.copyOf(m);
    }

    /** Honorifics that carry gender, for pronoun agreement. */
    static final ImmutableMap<String, Character> GENDERED_TITLES = ImmutableMap.<String, Character>builder()
            .put("mr.", 'm').put("mr", 'm').put("sir", 'm').put("king", 'm').put("prince", 'm')
            .put("emperor", 'm').put("sheikh", 'm').put("emir", 'm').put("sultan", 'm').put("lord", 'm')
            .put("spokesman", 'm').put("congressman", 'm').put("chairman", 'm').put("crown prince", 'm')
            .put("mrs.", 'f').put("mrs", 'f').put("ms.", 'f').put("ms", 'f').put("queen", 'f')
            .put("princess", 'f').put("dame", 'f').put("spokeswoman", 'f').put("chairwoman", 'f')
            .put("congresswoman", 'f')
            .build();

    /** Last words of organisation names. */
    static final ImmutableSet<String> ORG_HEADS = ImmutableSet.of(
            "Ministry", "Ministries", "Department", "Agency", "Office", "Council", "Committee", "Commission",
            "Parliament", "Assembly", "Congress", "Senate", "Court", "Tribunal", "University", "Institute",
            "Institution", "Center", "Centre", "Foundation", "Association", "Union", "Organization",
            "Organisation", "Party", "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Bank", "Fund",
            "Corporation", "Company", "Group", "Inc.", "Ltd", "Ltd.", "Times", "Post", "News", "Service",
            "Bureau", "Authority", "Forum", "Network", "Media", "Front", "Movement", "Brigade", "Brigades",
            "Alliance", "Coalition", "Federation", "League", "Secretariat", "Cabinet", "Administration",
            "Police", "Academy", "College", "School", "Church", "Board", "Programme", "Program", "Tribune",
            "Society", "Mission", "Embassy", "Consulate", "Herald", "Journal", "Telegraph", "Guardian",
            "Broadcasting", "Television", "Radio", "Press", "Airlines", "Airways", "Commandos", "Taliban",
            "Hamas", "Hezbollah", "Directorate", "Command", "Legislature", "Duma", "Knesset", "Politburo",
            "Project", "Observatory", "Watch", "Trust", "Institutes", "Division", "Regiment", "Battalion", "Corps",
            "Squadron", "Fleet", "Infantry", "Wing", "Airborne");

    /** "Sea of Japan": a geographic name that contains a state's name without referring to the state. */
    static final ImmutableSet<String> GEOGRAPHIC_HEADS = ImmutableSet.of(
            "Sea", "Gulf", "Bay", "Strait", "Straits", "Ocean", "Lake", "River", "Isle", "Islands");

    /** Last words of the names of venues and geographic features: such a name is a place, not an organisation. */
    static final ImmutableSet<String> PLACE_HEADS = ImmutableSet.of(
            "Hotel", "Palace", "Stadium", "Square", "Airport", "Airbase", "Island", "Islands", "Peninsula",
            "Mountains", "Mountain", "Valley", "Desert", "Sea", "Ocean", "Bay", "Gulf", "Lake", "River", "Strait",
            "Street", "Avenue", "Road", "Bridge", "Park", "Plaza", "Province", "Region", "District", "County",
            "Governorate", "Prefecture", "Dock", "Docks", "Junction", "Brook", "Creek", "Canal", "Harbour", "Harbor",
            "Falls", "Hills", "Heights", "Beach", "Strip", "Coast", "Gorge", "Pass", "Forest", "Field", "Base",
            "Circuit", "Mall", "Delta", "Straits", "Wall");

    /** Last words of the names of events: a name ending so is neither the place it begins with nor a body. */
    static final ImmutableSet<String> EVENT_HEADS = ImmutableSet.of("Festival", "Games", "Olympics", "Cup",
            "Championship", "Championships", "Expo", "Summit", "War", "Crisis", "Massacre", "Revolution", "Uprising",
            "Marathon", "Open", "Prix", "Prize", "Award", "Awards", "Week", "Day", "Show", "Exhibition", "Fair",
            "Election", "Elections", "Referendum", "Primary", "Primaries", "Bombing", "Bombings", "Attacks", "Affair",
            "Scandal", "Incident", "Conflict");

    /** Last words of the names of treaties and documents, which are often named after a city ("Kyoto Protocol"). */
    static final ImmutableSet<String> DOCUMENT_HEADS = ImmutableSet.of("Protocol", "Protocols", "Accord", "Accords",
            "Agreement", "Agreements", "Treaty", "Convention", "Conventions", "Declaration", "Process", "Format",
            "Summit", "Conference", "Talks", "Pact", "Statute", "Charter", "Memorandum", "Communique");

    /** Words that begin names but are no name alone. */
    static final ImmutableSet<String> NAME_FRAGMENTS = ImmutableSet.of("New", "North", "South", "East", "West",
            "Northern", "Southern", "Eastern", "Western", "Central", "United", "National", "Great", "Upper", "Lower",
            "Saint", "St", "San", "Santa", "Fort", "Mount", "Port", "Lake", "Cape", "Islamic", "Democratic", "Royal");

    /** Every word of the person titles ("interior", "minister", "secretary", "general"). */
    static final ImmutableSet<String> TITLE_WORDS = PERSON_TITLES.stream().flatMap(List::stream)
            .flatMap(t -> java.util.Arrays.stream(t.split("[ -]"))).collect(ImmutableSet.toImmutableSet());

    /**
     * Continents and world regions: places in no single state, so neither the registry nor PETRARCH's city lists
     * have them, and the name finder, which sees "Africa" beside "the African Union", calls them organisations.
     */
    static final ImmutableSet<String> WORLD_REGIONS = ImmutableSet.of("Africa", "Europe", "Asia", "North America",
            "South America", "Latin America", "Central America", "Oceania", "Antarctica", "Arctic", "Middle East",
            "Near East", "Far East", "East Asia", "Southeast Asia", "South Asia", "Central Asia", "Western Europe",
            "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe", "West Africa", "East Africa",
            "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa", "Horn of Africa", "Balkans",
            "Caribbean", "Caucasus", "Sahel", "Maghreb", "Levant", "Scandinavia", "Persian Gulf", "Indo-Pacific",
            "Asia-Pacific", "Eurasia");

    /** Adjectives of regions and peoples that name no state: NORP-like, never an organisation. */
    static final ImmutableSet<String> REGION_DEMONYMS = ImmutableSet.of("African", "European", "Asian", "Arab",
            "Arabs", "Western", "Eastern", "Latin", "Latin American", "Middle Eastern", "Nordic", "Balkan",
            "Caribbean", "Scandinavian", "Pacific", "Atlantic", "Muslim", "Muslims", "Christian", "Christians",
            "Jewish", "Jews", "Sunni", "Shia", "Shiite", "Kurdish", "Kurds", "Pashtun", "Baloch", "Tamil", "Uighur",
            "Uyghur", "Hispanic", "Islamic", "Catholic", "Protestant", "Orthodox", "Hindu", "Buddhist");

    /** Last words of the names of laws and treaties: a name ending so is no organisation, place or person. */
    static final ImmutableSet<String> LAW_HEADS = ImmutableSet.of("Act", "Bill", "Law", "Protocol", "Protocols",
            "Treaty", "Accord", "Accords", "Agreement", "Agreements", "Charter", "Convention", "Conventions",
            "Declaration", "Communique", "Memorandum", "Pact", "Statute", "Resolution", "Amendment", "Doctrine");

    /** Place words that are surnames too ("Sally Field", "Park", "Brook"). */
    static final ImmutableSet<String> SURNAME_PLACE_HEADS = ImmutableSet.of("Base", "Bay", "Beach", "Brook", "Field",
            "Hills", "Mountain", "Park", "Pass", "Wall");

    /** Last words of places and venues, never of a person's name: the place words that are no surnames, and venues. */
    static final ImmutableSet<String> FACILITY_HEADS = ImmutableSet.<String>builder()
            .addAll(com.google.common.collect.Sets.difference(PLACE_HEADS, SURNAME_PLACE_HEADS))
            .add("Gym", "Arena", "Theatre", "Theater", "Museum", "Cathedral", "Mosque", "Temple", "Hospital").build();

    /** Last words of bodies, never of a person's name (unlike "Church" or "Post"). */
    static final ImmutableSet<String> BODY_HEADS = ImmutableSet.of("Ministry", "Department", "Agency",
            "Council", "Committee", "Commission", "Parliament", "University", "Institute", "Foundation", "Association",
            "Organization", "Organisation", "Party", "Corporation", "Company", "Inc.", "Ltd", "Ltd.", "Bureau",
            "Authority", "Federation", "League", "Academy", "College", "Society", "Embassy", "Airlines", "Airways",
            "Division", "Regiment", "Battalion", "Squadron", "Club", "Records", "Group", "Brigades");

    /** Nouns naming a person's office: a name built on a state and one of these is a title, not a body. */
    static final ImmutableSet<String> OFFICE_NOUNS = ImmutableSet.of("minister", "ministers", "secretary", "president",
            "senator", "representative", "ambassador", "envoy", "governor", "mayor", "chancellor", "premier", "chargé",
            "spokesman", "spokeswoman", "chairman", "commissioner", "king", "queen", "prince", "congressman", "officer",
            "executive", "director", "head", "chief");

    /** Words of company and product names that never occur in a person's name. */
    static final ImmutableSet<String> COMPANY_WORDS = ImmutableSet.of(
            "Computer", "Computers", "Airplanes", "Aircraft", "Commercial", "Systems", "Technologies", "Technology",
            "International", "Energy", "Motors", "Holdings", "Industries", "Airlines", "Aerospace", "Defense",
            "Defence", "Electronics", "Software", "Communications", "Pharmaceuticals", "Capital", "Partners",
            "Ventures", "Labs", "Networks", "Solutions", "Services", "Enterprises", "Global", "Oil", "Gas", "Steel",
            "Petroleum", "Mobile", "Online", "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "LLC", "PLC", "AG", "SA");

    /** Legal forms that end a company's name ("AG", "Inc."): data, {@code lang/en/company-suffixes.txt}. */
    static final java.util.Set<String> COMPANY_SUFFIXES =
            org.diplograph.vocab.DataFiles.words("lang/en/company-suffixes.txt");

    /** Nouns of firms and bodies that make the name after them an organisation ("the carmaker Zentrova"). */
    static final java.util.Set<String> ORGANISATION_DESCRIPTORS =
            org.diplograph.vocab.DataFiles.words("lang/en/organisation-descriptors.txt");

    /** Words after a name, or its possessive, that make it a company ("Zentrova's chief executive"). */
    static final java.util.Set<String> ORGANISATION_CONTEXT =
            org.diplograph.vocab.DataFiles.words("lang/en/organisation-context.txt");

    /** First words of {@link #ORGANISATION_CONTEXT}: a capitalised one ("CEO", "Chief") ends the name before it. */
    static final ImmutableSet<String> ORGANISATION_CONTEXT_OPENINGS = ORGANISATION_CONTEXT.stream()
            .map(w -> w.split(" ")[0]).collect(ImmutableSet.toImmutableSet());

    static final ImmutableSet<String> COMPASS = ImmutableSet.of(
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Left", "Central");

    /** Organisation names that are generic until a state is known ("Foreign Ministry"). */
    static final ImmutableMap<String, String> GENERIC_BODIES = ImmutableMap.<String, String>builder()
            .put("foreign ministry", "Ministry of Foreign Affairs")
            .put("ministry of foreign affairs", "Ministry of Foreign Affairs")
            .put("foreign office", "Ministry of Foreign Affairs")
            .put("defence ministry", "Ministry of Defence").put("defense ministry", "Ministry of Defence")
            .put("ministry of defence", "Ministry of Defence").put("ministry of defense", "Ministry of Defence")
            .put("interior ministry", "Ministry of the Interior").put("ministry of interior", "Ministry of the Interior")
            .put("ministry of the interior", "Ministry of the Interior")
            .put("finance ministry", "Ministry of Finance").put("ministry of finance", "Ministry of Finance")
            .put("trade ministry", "Ministry of Commerce").put("commerce ministry", "Ministry of Commerce")
            .put("ministry of commerce", "Ministry of Commerce")
            .put("justice ministry", "Ministry of Justice").put("ministry of justice", "Ministry of Justice")
            .put("state department", "Department of State").put("department of state", "Department of State")
            .put("parliament", "Parliament").put("national assembly", "National Assembly")
            .put("supreme court", "Supreme Court").put("constitutional court", "Constitutional Court")
            .put("central bank", "Central Bank").put("army", "Army").put("navy", "Navy").put("air force", "Air Force")
            .put("armed forces", "Armed Forces").put("military", "Armed Forces").put("cabinet", "Cabinet")
            .put("government", "Government").put("embassy", "Embassy").put("police", "Police")
            .put("coast guard", "Coast Guard").put("senate", "Senate").put("congress", "Congress")
            .build();

    /** Institutions named by their seat, with the state they belong to (ISO alpha-3). */
    static final ImmutableMap<String, String> SEATS_OF_GOVERNMENT = ImmutableMap.<String, String>builder()
            .put("White House", "USA").put("Pentagon", "USA").put("Kremlin", "RUS").put("Downing Street", "GBR")
            .put("Elysee", "FRA").put("Élysée", "FRA").put("Elysee Palace", "FRA").put("Élysée Palace", "FRA")
            .put("Zhongnanhai", "CHN").put("Blue House", "KOR").put("Quai d'Orsay", "FRA")
            .put("Foggy Bottom", "USA").put("Capitol Hill", "USA")
            .build();

    /** Last words of organisation names that are also buildings (shared with the fact layer's venues). */
    public static final java.util.Set<String> VENUE_HEADS =
            org.diplograph.vocab.DataFiles.words("lang/en/venue-heads.txt");

    /** Words right before a building's name that make it the place where something happens. */
    static final java.util.Set<String> VENUE_PREPOSITIONS =
            org.diplograph.vocab.DataFiles.words("lang/en/venue-prepositions.txt");

    /** First words of the seats of government. */
    static final ImmutableSet<String> SEATS_OF_GOVERNMENT_OPENINGS = SEATS_OF_GOVERNMENT.keySet().stream()
            .map(k -> k.split(" ")[0]).collect(ImmutableSet.toImmutableSet());

    /** Words right before a capital that make it a location, not an actor. */
    static final ImmutableSet<String> LOCATIVE = ImmutableSet.of(
            "in", "at", "from", "into", "near", "outside", "inside", "around", "across", "to", "via", "through",
            "visit", "visited", "visiting", "visits", "arrived", "landed", "left", "reached", "toured", "hosted",
            "downtown", "central", "northern", "southern", "eastern", "western", "of");

    /** Words right before a capital that make it an actor ("ties with Washington"). */
    static final ImmutableSet<String> ACTOR_CONTEXT = ImmutableSet.of(
            "with", "between", "and", "against", "toward", "towards", "by", "over", "on", "than", "for", "as");

    public static final ImmutableSet<String> REPORTING_VERBS = ImmutableSet.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "noted",
            "wrote", "argued", "insisted", "warned", "announced", "declared", "stressed", "emphasized",
            "emphasised", "asserted", "claimed", "admitted", "acknowledged", "remarked", "replied", "responded",
            "urged", "recalled", "confirmed", "denied", "commented", "observed", "cautioned", "predicted");

    /** Lemmas of verbs that introduce speech: a name right before or after one is a speaker. */
    static final ImmutableSet<String> REPORTING_LEMMAS = ImmutableSet.of(
            "say", "tell", "add", "state", "explain", "note", "write", "argue", "insist", "warn", "announce",
            "declare", "stress", "emphasize", "emphasise", "assert", "claim", "admit", "acknowledge", "remark",
            "reply", "respond", "urge", "recall", "confirm", "deny", "comment", "observe", "caution", "predict",
            "tweet", "post", "report", "suggest", "complain", "concede", "vow", "pledge");

    static final ImmutableSet<String> NAME_PARTICLES = ImmutableSet.of(
            "bin", "ibn", "bint", "al", "al-", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
            "abu", "ben", "dos", "das", "del", "y");

    static final ImmutableSet<String> WEEKDAYS =
            ImmutableSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final ImmutableSet<String> NOT_NAMES = ImmutableSet.<String>builder().addAll(WEEKDAYS).add(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
            "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You",
            "His", "Her", "Its", "Their", "Our", "In", "On", "At", "For", "But", "And", "Or", "As", "If", "When",
            "While", "After", "Before", "According", "Meanwhile", "However", "Also", "Yet", "Still", "Earlier",
            "Later", "Today", "Yesterday", "Tomorrow", "President", "Minister", "Mr", "Mrs", "Ms", "Dr",
            "God", "Internet", "Covid", "COVID-19", "AIDS", "Christmas", "Easter", "Ramadan", "Eid",
            "World", "War", "II", "Analysts", "Officials", "Experts", "Sources", "Critics").build();

    static final ImmutableSet<String> PRONOUNS_MALE = ImmutableSet.of("he", "him", "his", "himself");
    static final ImmutableSet<String> PRONOUNS_FEMALE = ImmutableSet.of("she", "her", "hers", "herself");

    /** Role nouns a descriptor can end in ("her Chinese counterpart", "the North Korean minister"). */
    static final ImmutableSet<String> DESCRIPTOR_HEADS = ImmutableSet.of(
            "counterpart", "minister", "leader", "president", "premier", "chancellor", "envoy", "ambassador",
            "diplomat", "prime minister", "foreign minister", "top diplomat", "king", "monarch");

    /** States whose people are named family name first in English news. */
    static final ImmutableSet<String> FAMILY_NAME_FIRST = ImmutableSet.of(
            "state/CHN", "state/PRK", "state/KOR", "state/TWN", "state/VNM", "state/HKG", "state/MAC",
            "state/KHM", "state/MNG");

    /** Last words of names of things named after people ("Abraham Accords", "John F. Kennedy Airport"). */
    static final ImmutableSet<String> NAMED_AFTER_PEOPLE = ImmutableSet.of("Accords", "Accord", "Declaration",
            "Agreement", "Treaty", "Act", "Plan", "Initiative", "Doctrine", "Summit", "Award", "Awards", "Prize", "Cup",
            "Street", "Avenue", "Square", "Bridge", "Airport", "Station", "Hospital", "Hall", "Center", "Centre",
            "Stadium", "Park", "Museum", "Library", "Foundation", "Memorial", "Road", "Boulevard", "Highway", "Day");

    /** Given names (from PETRARCH's actor dictionary, MIT; see ontology/NOTICE.md): "Kevin Drake" is a person. */
    static final ImmutableSet<String> GIVEN_NAMES = loadGivenNames();

    private static ImmutableSet<String> loadGivenNames() {
        try (java.io.InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("ontology/first-names.txt")) {
            if (in == null) {
                return ImmutableSet.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).collect(ImmutableSet.toImmutableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "African", "North African", "Southern European": a region's or a people's adjective, no one's name. */
    static boolean isRegionAdjective(List<String> words) {
        return !words.isEmpty() && REGION_DEMONYMS.contains(words.get(words.size() - 1))
                && NAME_FRAGMENTS.containsAll(words.subList(0, words.size() - 1));
    }

    static boolean isOrgHead(String token) {
        return ORG_HEADS.contains(token) || COMPANY_SUFFIXES.contains(token);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static ImmutableList<List<String>> sortedLongestFirst(String... titles) {
        return ImmutableList.sortedCopyOf((a, b) -> Integer.compare(b.size(), a.size()),
                java.util.Arrays.stream(titles).map(t -> List.of(t.split(" "))).toList());
    }

    private Lexicon() {
    }
}
