package org.diplograph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

/**
 * The word lists the rules rely on: titles that introduce people, head nouns of organisation
 * names, words around capitals that decide between city and government, reporting verbs. General
 * English news vocabulary, not phrases from any particular article. The lists are data, one word or phrase a line
 * under {@code src/main/resources/lang/en/} (tables tab-separated), read once when the class loads; only
 * sets derived from them and the pronouns are written here.
 */
public final class Lexicon {

    /** Titles and role nouns that can stand right before a person's name, longest first. */
    static final ImmutableList<List<String>> PERSON_TITLES =
            sortedLongestFirst(org.diplograph.vocab.DataFiles.list("lang/en/person-titles.txt"));

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
    static final ImmutableMap<String, Character> GENDERED_TITLES = table("lang/en/gendered-titles.tsv", r -> r[1].charAt(0));

    /** Last words of organisation names. */
    static final ImmutableSet<String> ORG_HEADS = words("lang/en/org-heads.txt");

    /** "Sea of Japan": a geographic name that contains a state's name without referring to the state. */
    static final ImmutableSet<String> GEOGRAPHIC_HEADS = words("lang/en/geographic-heads.txt");

    /** Last words of the names of venues and geographic features: such a name is a place, not an organisation. */
    static final ImmutableSet<String> PLACE_HEADS = words("lang/en/place-heads.txt");

    /** Last words of the names of events: a name ending so is neither the place it begins with nor a body. */
    static final ImmutableSet<String> EVENT_HEADS = words("lang/en/event-name-heads.txt");

    /** Last words of the names of treaties and documents, which are often named after a city ("Kyoto Protocol"). */
    static final ImmutableSet<String> DOCUMENT_HEADS = words("lang/en/document-heads.txt");

    /** Words that begin names but are no name alone. */
    static final ImmutableSet<String> NAME_FRAGMENTS = words("lang/en/name-fragments.txt");

    /** Every word of the person titles ("interior", "minister", "secretary", "general"). */
    static final ImmutableSet<String> TITLE_WORDS = PERSON_TITLES.stream().flatMap(List::stream)
            .flatMap(t -> java.util.Arrays.stream(t.split("[ -]"))).collect(ImmutableSet.toImmutableSet());

    /**
     * Continents and world regions: places in no single state, so neither the registry nor PETRARCH's city lists
     * have them, and the name finder, which sees "Africa" beside "the African Union", calls them organisations.
     */
    static final ImmutableSet<String> WORLD_REGIONS = words("lang/en/world-regions.txt");

    /** Adjectives of regions and peoples that name no state: NORP-like, never an organisation. */
    static final ImmutableSet<String> REGION_DEMONYMS = words("lang/en/region-demonyms.txt");

    /** Last words of the names of laws and treaties: a name ending so is no organisation, place or person. */
    static final ImmutableSet<String> LAW_HEADS = words("lang/en/law-heads.txt");

    /** Place words that are surnames too ("Sally Field", "Park", "Brook"). */
    static final ImmutableSet<String> SURNAME_PLACE_HEADS = words("lang/en/surname-place-heads.txt");

    /** Last words of places and venues, never of a person's name: the place words that are no surnames, and venues. */
    static final ImmutableSet<String> FACILITY_HEADS = ImmutableSet.<String>builder()
            .addAll(com.google.common.collect.Sets.difference(PLACE_HEADS, SURNAME_PLACE_HEADS))
            .addAll(words("lang/en/venue-names.txt")).build();

    /** Last words of bodies, never of a person's name (unlike "Church" or "Post"). */
    static final ImmutableSet<String> BODY_HEADS = words("lang/en/body-heads.txt");

    /** Nouns naming a person's office: a name built on a state and one of these is a title, not a body. */
    static final ImmutableSet<String> OFFICE_NOUNS = words("lang/en/office-nouns.txt");

    /** Words of company and product names that never occur in a person's name. */
    static final ImmutableSet<String> COMPANY_WORDS = words("lang/en/company-words.txt");

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

    static final ImmutableSet<String> COMPASS = words("lang/en/compass.txt");

    /** Organisation names that are generic until a state is known ("Foreign Ministry"). */
    static final ImmutableMap<String, String> GENERIC_BODIES = table("lang/en/generic-bodies.tsv", r -> r[1]);

    /** Institutions named by their seat, with the state they belong to (ISO alpha-3). */
    static final ImmutableMap<String, String> SEATS_OF_GOVERNMENT = table("lang/en/seats-of-government.tsv", r -> r[1]);

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
    static final ImmutableSet<String> LOCATIVE = words("lang/en/locative.txt");

    /** Words right before a capital that make it an actor ("ties with Washington"). */
    static final ImmutableSet<String> ACTOR_CONTEXT = words("lang/en/actor-context.txt");

    public static final ImmutableSet<String> REPORTING_VERBS = words("lang/en/reporting-verbs.txt");

    /** Lemmas of verbs that introduce speech: a name right before or after one is a speaker. */
    static final ImmutableSet<String> REPORTING_LEMMAS = words("lang/en/reporting-lemmas.txt");

    static final ImmutableSet<String> NAME_PARTICLES = words("lang/en/name-particles.txt");

    static final ImmutableSet<String> WEEKDAYS = words("lang/en/weekdays.txt");

    static final ImmutableSet<String> PLACE_OPENERS = words("lang/en/place-openers.txt");

    static final ImmutableSet<String> DEPARTURE_WORDS = words("lang/en/departure-words.txt");

    static final ImmutableSet<String> NOT_NAMES = ImmutableSet.<String>builder().addAll(WEEKDAYS)
            .addAll(words("lang/en/not-names.txt")).build();

    /** Pronouns of a man and of a woman, for he/she resolution. */
    static final ImmutableSet<String> PRONOUNS_MALE = pronouns('m');
    static final ImmutableSet<String> PRONOUNS_FEMALE = pronouns('f');

    /** Small words inside names ("Bank of England", "Centers for Disease Control"). */
    static final ImmutableSet<String> NAME_CONNECTORS = words("lang/en/name-connectors.txt");

    /** Capitalised words after a place that begin a title or a description, not a name ("US Assistant Secretary"). */
    static final ImmutableSet<String> NOT_NAME_CONTINUATIONS = words("lang/en/not-name-continuations.txt");

    /** Words after which "Name, State" is a place rather than a person and the state he is from. */
    static final ImmutableSet<String> PLACE_WITH_STATE_CONTEXT = words("lang/en/place-with-state-context.txt");

    /** Forms of address: they introduce a person but are not a role. */
    static final ImmutableSet<String> HONORIFICS = words("lang/en/honorifics.txt");

    /** Words between a title and the state or body before it ("China's former foreign minister"). */
    static final ImmutableSet<String> TITLE_PREMODIFIERS = words("lang/en/title-premodifiers.txt");

    /** Words between a demonym and a role noun in a descriptor ("the Chilean foreign minister"). */
    static final ImmutableSet<String> DESCRIPTOR_MODIFIERS = words("lang/en/descriptor-modifiers.txt");

    /** Role nouns that, like a title, mark an appositive after a person's name ("..., a founder of"). */
    static final ImmutableSet<String> APPOSITIVE_ROLE_NOUNS = words("lang/en/appositive-role-nouns.txt");

    /** Nouns of ownership before "of"/"in" that make the name after them a company ("shares of Zentrova"). */
    static final ImmutableSet<String> OWNERSHIP_NOUNS = words("lang/en/ownership-nouns.txt");

    /** Words that may follow an organisation descriptor ending an appositive ("a software company based in"). */
    static final ImmutableSet<String> DESCRIPTOR_FOLLOWERS = words("lang/en/descriptor-followers.txt");

    /** Lower-case words that may open a clause before its subject ("but Canberra said"). */
    static final ImmutableSet<String> CLAUSE_OPENERS = words("lang/en/clause-openers.txt");

    /** The words for an office a registry person holds, by the office's type ("head_of_state" → "president", ...). */
    static final ImmutableMap<String, List<String>> OFFICE_TITLES =
            table("lang/en/office-titles.tsv", r -> List.of(r[1].split(",")));

    /** Role nouns a descriptor can end in ("her Chinese counterpart", "the North Korean minister"). */
    static final ImmutableSet<String> DESCRIPTOR_HEADS = words("lang/en/descriptor-heads.txt");

    /** States whose people are named family name first in English news. */
    static final ImmutableSet<String> FAMILY_NAME_FIRST = words("lang/en/family-name-first.txt");

    /** Last words of names of things named after people ("Abraham Accords", "John F. Kennedy Airport"). */
    static final ImmutableSet<String> NAMED_AFTER_PEOPLE = words("lang/en/named-after-people.txt");

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

    private static ImmutableSet<String> pronouns(char gender) {
        return org.diplograph.vocab.DataFiles.rows("lang/en/pronouns.tsv", 2).stream()
                .filter(r -> r[1].charAt(0) == gender).map(r -> r[0]).collect(ImmutableSet.toImmutableSet());
    }

    static boolean isOrgHead(String token) {
        return ORG_HEADS.contains(token) || COMPANY_SUFFIXES.contains(token);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static ImmutableList<List<String>> sortedLongestFirst(List<String> titles) {
        return ImmutableList.sortedCopyOf((a, b) -> Integer.compare(b.size(), a.size()),
                titles.stream().map(t -> List.of(t.split(" "))).toList());
    }

    /** A table of {@code lang/en} as a map from its first column, in file order. */
    private static <V> ImmutableMap<String, V> table(String resource, java.util.function.Function<String[], V> value) {
        ImmutableMap.Builder<String, V> b = ImmutableMap.builder();
        for (String[] r : org.diplograph.vocab.DataFiles.rows(resource, 2)) {
            b.put(r[0], value.apply(r));
        }
        return b.build();
    }

    /** A word list of {@code lang/en}, in file order. */
    private static ImmutableSet<String> words(String resource) {
        return ImmutableSet.copyOf(org.diplograph.vocab.DataFiles.list(resource));
    }

    private Lexicon() {
    }
}
