package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;
import org.diplograph.registry.OfficeTerm;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.text.CharSpan;
import org.diplograph.text.Dateline;

/**
 * Finds people, states, organisations and places by registry lookup and by rules over tokens and
 * part-of-speech tags, then resolves short references within the article (surnames, acronyms,
 * descriptors such as "her Chinese counterpart", pronouns where only one person fits).
 *
 * <p>Rules run in a fixed order and a token belongs to at most one mention; a later rule may only
 * replace an earlier claim when it covers it entirely with a longer, more specific name (an
 * organisation name containing a city, "Seoul National University"). Each rule is in its own method.
 */
public final class EntityExtractor implements Extractor {

    private final Registry registry;
    private final Gazetteer gazetteer;
    /** Surname (or family name for family-name-first states) → registry persons bearing it. */
    private final Map<String, List<String>> registrySurnames;

    private final Lemmatizer lemmatizer;
    private final NameModel nameModel;

    /** Rules and registry only. */
    public EntityExtractor(Registry registry) {
        this(registry, new Lemmatizer(), null);
    }

    /** @param nameModel the statistical name finder, or null to run the rules alone */
    public EntityExtractor(Registry registry, Lemmatizer lemmatizer, NameModel nameModel) {
        this.registry = registry;
        this.lemmatizer = lemmatizer;
        this.nameModel = nameModel;
        this.gazetteer = new Gazetteer(registry);
        Map<String, List<String>> surnames = new HashMap<>();
        for (RegistryEntry e : registry.entries()) {
            if (e.kind() != org.diplograph.registry.EntityKind.PERSON) {
                continue;
            }
            boolean familyFirst = e.offices().stream().anyMatch(o -> Lexicon.FAMILY_NAME_FIRST.contains(o.ofKey()));
            Set<String> keys = new HashSet<>();
            for (String name : e.names()) {
                if (name.contains(",") || name.contains(" of ")) {
                    continue; // a styled title ("Charles, Prince of Wales") ends in a place, not a surname
                }
                String[] parts = name.split(" ");
                if (parts.length >= 2) {
                    keys.add(familyFirst ? parts[0] : parts[parts.length - 1]);
                }
            }
            for (String k : keys) {
                surnames.computeIfAbsent(k, x -> new ArrayList<>()).add(e.key());
            }
        }
        this.registrySurnames = Map.copyOf(surnames);
    }

    @Override
    public ExtractedArticle extract(AnnotatedText text) {
        return new Run(text).run();
    }

    /** A mention under construction. */
    private static final class Claim {
        final int from;
        final int to;
        final CharSpan span;
        MentionType type;
        String key;
        String label;
        final String rule;
        /** For a capital: the state it is the capital of (metonymy); for NORP: the state. */
        final String stateKey;

        Claim(int from, int to, CharSpan span, MentionType type, String key, String label, String rule, String stateKey) {
            this.from = from;
            this.to = to;
            this.span = span;
            this.type = type;
            this.key = key;
            this.label = label;
            this.rule = rule;
            this.stateKey = stateKey;
        }
    }

    /** What the article tells us about a person, for resolving later references. */
    private static final class PersonInfo {
        final String key;
        final String label;
        final Set<String> states = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        Character gender;

        PersonInfo(String key, String label) {
            this.key = key;
            this.label = label;
        }

        String[] nameParts() {
            return label.split(" ");
        }
    }

    /** A model designation: letters and a number of two to four digits, "787", "A380", "737-800s", "F-35", "Su-35". */
    private static final java.util.regex.Pattern MODEL_DESIGNATION =
            java.util.regex.Pattern.compile("\\p{L}{0,3}-?\\d{2,4}(-?[\\p{L}\\d]+)*s?");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\ds?");

    /** Small words inside names ("Bank of England", "Centers for Disease Control"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "on", "&", "de", "the");
    /** Capitalised words after a place that begin a title or a description, not a name ("US Assistant Secretary"). */
    private static final Set<String> NOT_NAME_CONTINUATIONS = Set.of("Assistant", "Acting", "Senior", "Junior",
            "Former", "Aboriginal", "Indigenous", "Native");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th|d)");

    private static final Map<String, String> PLACE_STATES = org.diplograph.registry.BundledPlaces.stateByKey();

    /** Words after which "Name, State" is a place rather than, say, a person and the state he is from. */
    private static final Set<String> PLACE_CONTEXT = Set.of("in", "at", "near", "outside", "from", "to", "of",
            "between", "and", "into", "via", "across", "around", "toward", "towards", ";");

    private final class Run {
        final AnnotatedText at;
        final String text;
        final List<Token> tokens;
        final int[] sentenceOf;
        final Claim[] owner;
        final List<Claim> claims = new ArrayList<>();
        final Map<String, PersonInfo> persons = new LinkedHashMap<>();
        final Map<String, Claim> articleAliases = new HashMap<>();
        /** Names the organisation cues made organisations, by surface: repeats elsewhere are those organisations too. */
        final Map<String, Claim> organisationNames = new HashMap<>();
        final List<RoleObservation> roles = new ArrayList<>();
        final LocalDate date;
        /** Lower-cased token texts, computed once: the rules compare them constantly. */
        final String[] lower;
        final Boolean[] titleCase;
        /** Capitalised words of the running text, for {@link #writtenAsNameInBody}; built on first use. */
        Set<String> bodyCapitals;

        Run(AnnotatedText at) {
            this.at = at;
            this.text = at.text();
            this.tokens = at.tokens();
            this.lower = new String[tokens.size()];
            for (Token t : tokens) {
                lower[t.index()] = Lexicon.lower(t.text());
            }
            this.sentenceOf = new int[tokens.size()];
            for (Sentence s : at.sentences()) {
                for (Token t : s.tokens()) {
                    sentenceOf[t.index()] = s.index();
                }
            }
            this.owner = new Claim[tokens.size()];
            this.titleCase = new Boolean[at.sentences().size()];
            Dateline dl = at.clean().dateline();
            this.date = at.clean().article().published() != null ? at.clean().article().published()
                    : dl != null ? dl.date() : null;
        }

        ExtractedArticle run() {
            dateline();
            for (Sentence s : at.sentences()) {
                registryNames(s);
            }
            for (Sentence s : at.sentences()) {
                organisationNames(s);
            }
            for (Sentence s : at.sentences()) {
                titledPersons(s);
            }
            for (Sentence s : at.sentences()) {
                personsInContext(s);
                placesWithState(s);
            }
            if (nameModel != null) {
                nameModel.startDocument();
                for (Sentence s : at.sentences()) {
                    modelNames(s);
                }
            }
            placesInsideLongerNames();
            organisationCues();
            repeatedNames();
            productNames();
            for (Sentence s : at.sentences()) {
                shortReferences(s);
            }
            capitalsAsActors();
            venuesAsPlaces();
            titlesAreNoOrganisations();
            for (Sentence s : at.sentences()) {
                appositiveRoles(s);
            }
            List<Mention> mentions = new ArrayList<>();
            for (Claim c : claims) {
                mentions.add(new Mention(c.span, c.span.of(at.clean().article().text()), c.type, c.key, c.label,
                        c.from < sentenceOf.length ? sentenceOf[c.from] : 0, c.rule));
            }
            mentions.sort(null);
            return new ExtractedArticle(at, mentions, roles);
        }

        // ------------------------------------------------------------------ rules

        /** The dateline's place and state words, which are upper case and so escape the registry lookup. */
        void dateline() {
            Dateline dl = at.clean().dateline();
            if (dl == null) {
                return;
            }
            String[] parts = dl.place().split(",");
            int offset = dl.span().start();
            for (String part : parts) {
                int start = text.indexOf(part.strip(), offset);
                if (start < 0) {
                    continue;
                }
                int end = start + part.strip().length();
                offset = end;
                String name = Dateline.titleCase(part.strip());
                Gazetteer.Entry e = gazetteer.lookup(name);
                int[] range = tokenRange(start, end);
                if (range == null || !free(range[0], range[1])) {
                    continue;
                }
                if (e != null && (e.type() == MentionType.STATE || e.type() == MentionType.PLACE)) {
                    claim(range[0], range[1], e.type(), e.key(), e.label(), "dateline", e.stateKey());
                } else if (e == null && part == parts[0]) {
                    claim(range[0], range[1], MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, name),
                            name, "dateline", null);
                }
            }
        }

        /**
         * Longest registry alias at each free token, unless an alias starting inside it reaches further
         * ("President Xi" must not win over "Xi Jinping" in "President Xi Jinping").
         */
        void registryNames(Sentence s) {
            List<Token> ts = s.tokens();
            int[] longest = new int[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                longest[i] = longestAlias(ts, i);
            }
            for (int i = 0; i < ts.size(); i++) {
                int gi = ts.get(i).index();
                if (owner[gi] != null || longest[i] == 0) {
                    continue;
                }
                boolean overtaken = false;
                for (int k = i + 1; k < i + longest[i] && k < ts.size(); k++) {
                    overtaken |= k + longest[k] > i + longest[i];
                }
                if (overtaken) {
                    continue;
                }
                for (int len = longest[i]; len >= 1; len--) {
                    int end = gi + len;
                    if (!free(gi, end)) {
                        continue;
                    }
                    String surface = text.substring(tokens.get(gi).start(), tokens.get(end - 1).end());
                    String seatState = Lexicon.SEATS_OF_GOVERNMENT.get(Gazetteer.normalise(surface));
                    if (seatState != null) {
                        String label = Gazetteer.normalise(surface);
                        claim(gi, end, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                                label, "seat-of-government", "state/" + seatState);
                        i += len - 1;
                        break;
                    }
                    Gazetteer.Entry e = gazetteer.lookup(surface);
                    if (e == null) {
                        continue;
                    }
                    if (len == 1 && e.type() != MentionType.NORP && partOfLongerName(gi)) {
                        continue;
                    }
                    if (e.type() == MentionType.STATE && insideGeographicName(gi)) {
                        break; // "Sea of Japan", "Gulf of Mexico": a place named after the state
                    }
                    if (e.type() == MentionType.PLACE && len == 1 && beforeDocumentOrBody(gi)) {
                        break; // "Kyoto Protocol", "Oslo Accords", "Kabul University": not the city itself
                    }
                    if ((e.type() == MentionType.STATE || e.type() == MentionType.PLACE) && afterNew(gi)) {
                        break; // "New Mexico", "New Jersey": another place; "New Zealand" matched whole before this
                    }
                    claim(gi, end, e.type(), e.key(), e.label(), "registry", e.stateKey());
                    if (e.type() == MentionType.PERSON) {
                        if (registry.get(e.key()).isPresent()) {
                            registryPerson(e.key());
                        } else {
                            persons.computeIfAbsent(e.key(), k -> new PersonInfo(k, e.label())); // known name, no registry entry
                        }
                    }
                    i += len - 1;
                    break;
                }
            }
        }

        int longestAlias(List<Token> ts, int i) {
            if (!gazetteer.mayBegin(ts.get(i).text()) && !Lexicon.SEATS_OF_GOVERNMENT_OPENINGS.contains(ts.get(i).text())) {
                return 0;
            }
            for (int len = Math.min(gazetteer.maxTokens(), ts.size() - i); len >= 1; len--) {
                String surface = text.substring(ts.get(i).start(), ts.get(i + len - 1).end());
                if (gazetteer.lookup(surface) != null
                        || Lexicon.SEATS_OF_GOVERNMENT.containsKey(Gazetteer.normalise(surface))) {
                    return len;
                }
            }
            return 0;
        }

        boolean beforeDocumentOrBody(int gi) {
            if (gi + 1 >= tokens.size() || sentenceOf[gi + 1] != sentenceOf[gi]
                    || tokens.get(gi + 1).start() != tokens.get(gi).end() + 1) {
                return false;
            }
            String next = tokens.get(gi + 1).text();
            return Lexicon.DOCUMENT_HEADS.contains(next) || Lexicon.isOrgHead(next);
        }

        boolean afterNew(int gi) {
            return gi >= 1 && sentenceOf[gi - 1] == sentenceOf[gi] && tokens.get(gi - 1).text().equals("New")
                    && tokens.get(gi - 1).end() == tokens.get(gi).start() - 1;
        }

        boolean insideGeographicName(int gi) {
            return gi >= 2 && sentenceOf[gi - 2] == sentenceOf[gi] && tokens.get(gi - 1).text().equals("of")
                    && Lexicon.GEOGRAPHIC_HEADS.contains(tokens.get(gi - 2).text());
        }

        /** "Washington" inside "George Washington": a capitalised name token right before or after. */
        boolean partOfLongerName(int gi) {
            Token t = tokens.get(gi);
            Token prev = gi > 0 && sentenceOf[gi - 1] == sentenceOf[gi] ? tokens.get(gi - 1) : null;
            Token next = gi + 1 < tokens.size() && sentenceOf[gi + 1] == sentenceOf[gi] ? tokens.get(gi + 1) : null;
            boolean prevName = prev != null && owner[prev.index()] == null && prev.isProperNoun() && prev.isCapitalised()
                    && !Lexicon.NOT_NAMES.contains(prev.text()) && !isTitleWord(prev.text())
                    && prev.end() == t.start() - 1;
            boolean nextName = next != null && next.isProperNoun() && next.isCapitalised()
                    && !Lexicon.isOrgHead(next.text()) && gazetteer.lookup(next.text()) == null
                    && !Lexicon.NOT_NAMES.contains(next.text()) && next.start() == t.end() + 1
                    && t.pos().startsWith("NNP") && gazetteer.lookup(t.text()).type() == MentionType.PERSON;
            return prevName || nextName;
        }

        /** Capitalised runs ending in an organisation head noun, and registry organisations within runs. */
        void organisationNames(Sentence s) {
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
                int end = runEnd(ts, i);
                if (end > i) {
                    organisationRun(ts, i, end);
                    i = end;
                } else {
                    i++;
                }
            }
        }

        /** End (exclusive, sentence-local) of the capitalised run starting at i, or i if none. */
        int runEnd(List<Token> ts, int i) {
            if (!startsRun(ts, i)) {
                return i;
            }
            int j = i + 1;
            int lastCap = i + 1;
            while (j < ts.size()) {
                Token t = ts.get(j);
                if (t.isCapitalised() && !t.text().equals("'s") && !isPunct(t.text())) {
                    lastCap = ++j;
                } else if ((NAME_CONNECTORS.contains(t.text())
                        || t.text().equals("'") && ts.get(j - 1).text().endsWith("s"))
                        && j + 1 < ts.size() && ts.get(j + 1).isCapitalised()) {
                    j++;
                } else {
                    break;
                }
            }
            return lastCap;
        }

        /** A run starts at a capitalised word that does not continue one. */
        boolean startsRun(List<Token> ts, int i) {
            Token t = ts.get(i);
            if (!t.isCapitalised() || isPunct(t.text())) {
                return false;
            }
            if (i == 0) {
                return true;
            }
            Token prev = ts.get(i - 1);
            return !prev.isCapitalised() || isPunct(prev.text()) || prev.text().equals("'s");
        }

        void organisationRun(List<Token> ts, int a, int b) {
            for (int k = a + 1; k < b - 1; k++) {
                if (ts.get(k).text().equals("and") && Lexicon.isOrgHead(ts.get(k - 1).text())
                        && Lexicon.isOrgHead(ts.get(b - 1).text())) {
                    organisationRun(ts, a, k); // "Shanghai Airlines and Xiamen Airlines": two of a kind
                    organisationRun(ts, k + 1, b);
                    return;
                }
            }
            int ga = ts.get(a).index();
            int gb = ts.get(b - 1).index() + 1;
            // A registry organisation that ends the run ("state-run Korean Central News Agency").
            for (int s = ga; s < gb - 0; s++) {
                String surface = text.substring(tokens.get(s).start(), tokens.get(gb - 1).end());
                Gazetteer.Entry e = gazetteer.lookup(surface);
                if (e != null && e.type() == MentionType.ORGANIZATION) {
                    if (!(s + 1 == gb && owner[s] != null)) {
                        replaceWithin(s, gb, MentionType.ORGANIZATION, e.key(), e.label(), "registry", null);
                        acronymAfter(gb, owner[s]);
                    }
                    return;
                }
            }
            int headAt = -1;
            for (int k = gb - 1; k >= ga; k--) {
                if (Lexicon.isOrgHead(tokens.get(k).text()) && (k == gb - 1 || tokens.get(k + 1).text().equals("of")
                        || tokens.get(k + 1).text().equals("for"))) {
                    headAt = k;
                    break;
                }
            }
            if (headAt < 0 || describedAfterArticle(ga, gb)) {
                return;
            }
            // Leading demonyms and states qualify a body ("Chinese Foreign Ministry" is China's ministry of foreign
            // affairs) but belong to the name as written, and so to the mention ("Syrian Computer Society").
            String qualifier = null;
            int mentionStart = ga;
            while (mentionStart < headAt && (Lexicon.NOT_NAMES.contains(tokens.get(mentionStart).text())
                    || sentenceStart(mentionStart) && !tokens.get(mentionStart).isProperNoun() && owner[mentionStart] == null)) {
                mentionStart++; // "A Chinese Foreign Ministry readout", "State-run Korean ..."
            }
            mentionStart = afterOffice(mentionStart, headAt);
            while (mentionStart < headAt && Set.of("of", "the", "for").contains(tokens.get(mentionStart).text())) {
                mentionStart++; // an office skipped above leaves its "of": no name begins with one
            }
            if (mentionStart == ga && ga > 0 && sentenceOf[ga - 1] == sentenceOf[ga] && owner[ga - 1] == null
                    && ORDINAL.matcher(tokens.get(ga - 1).text()).matches()) {
                mentionStart = ga - 1; // "82nd Airborne Division", "65th Air Division": the number is the unit's name
            }
            int start = mentionStart;
            while (start < headAt && owner[start] != null && owner[start].from == start
                    && (owner[start].type == MentionType.NORP || owner[start].type == MentionType.STATE)) {
                qualifier = owner[start].stateKey != null ? owner[start].stateKey : owner[start].key;
                start = owner[start].to;
            }
            if (qualifier == null) {
                qualifier = possessiveStateBefore(start);
            }
            if (start >= gb || (start == headAt && gb - start == 1 && qualifier == null)) {
                return;
            }
            String name = Gazetteer.normalise(text.substring(tokens.get(start).start(), tokens.get(gb - 1).end()))
                    .replaceFirst("^(The|the) ", "");
            if (gb - start == 2 && Lexicon.COMPASS.contains(tokens.get(start).text())) {
                return; // "West Bank", "South Bank": places, not banks
            }
            String generic = Lexicon.GENERIC_BODIES.get(Lexicon.lower(name));
            String label;
            if (generic != null) {
                if (qualifier == null) {
                    return; // "the Foreign Ministry" of no named state would merge every country's ministry
                }
                label = generic + " of " + registry.get(qualifier).map(RegistryEntry::label).orElse(qualifier);
            } else {
                label = Gazetteer.normalise(text.substring(tokens.get(mentionStart).start(), tokens.get(gb - 1).end()));
            }
            Gazetteer.Entry known = gazetteer.lookup(label);
            String key = known != null && known.type() == MentionType.ORGANIZATION ? known.key()
                    : Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label);
            replaceWithin(mentionStart, gb, MentionType.ORGANIZATION, key, known != null ? known.label() : label,
                    generic != null ? "government-body" : "org-name", qualifier);
            acronymAfter(gb, owner[mentionStart]);
        }

        /**
         * Whether the capitalised words up to {@code end} (exclusive) after the indefinite article at {@code article}
         * describe rather than name: "A United Front", where a name would take "the". "A Chinese Foreign Ministry
         * readout" is a readout, and the name stands.
         */
        boolean describedAfterArticle(int article, int end) {
            return article >= 0 && sentenceOf[article] == sentenceOf[end - 1]
                    && Set.of("A", "An", "a", "an").contains(tokens.get(article).text()) && !beforeNoun(end);
        }

        /** Whether token {@code g} is a lower-case word of the same sentence, as a noun the name before it modifies. */
        boolean beforeNoun(int g) {
            return g < tokens.size() && sentenceOf[g] == sentenceOf[g - 1]
                    && tokens.get(g).text().codePoints().allMatch(Character::isLowerCase);
        }

        /**
         * Where the body's own name begins in "Chief Operating Officer of AirTran Airways": after the last "of" that
         * follows an office, or at {@code from} when there is none (global token indices; {@code before} exclusive).
         */
        int afterOffice(int from, int before) {
            for (int k = before - 1; k > from; k--) {
                if (tokens.get(k).text().equals("of")) {
                    for (int j = from; j < k; j++) {
                        if (Lexicon.OFFICE_NOUNS.contains(Lexicon.lower(tokens.get(j).text()))) {
                            return k + 1;
                        }
                    }
                }
            }
            return from;
        }

        /** "Korean Central News Agency (KCNA)": the acronym names the same organisation from here on. */
        void acronymAfter(int gb, Claim org) {
            if (org == null || gb + 2 >= tokens.size()) {
                return;
            }
            if (tokens.get(gb).text().equals("(") && tokens.get(gb + 2).text().equals(")")) {
                String acronym = tokens.get(gb + 1).text();
                if (acronym.length() >= 2 && acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))) {
                    articleAliases.put(acronym, org);
                    if (owner[gb + 1] == null || owner[gb + 1].type == MentionType.ORGANIZATION) {
                        replaceWithin(gb + 1, gb + 2, MentionType.ORGANIZATION, org.key, org.label, "acronym", org.stateKey);
                    }
                }
            }
        }

        String possessiveStateBefore(int gi) {
            if (gi >= 2 && tokens.get(gi - 1).text().matches("'s?") && owner[gi - 2] != null
                    && (owner[gi - 2].type == MentionType.STATE || owner[gi - 2].type == MentionType.NORP)) {
                return owner[gi - 2].stateKey != null && owner[gi - 2].type == MentionType.NORP
                        ? owner[gi - 2].stateKey : owner[gi - 2].key;
            }
            return null;
        }

        /** Title + name: "President Xi Jinping", "Dr. Sarah Kim", "North Korean leader Kim Jong Un". */
        void titledPersons(Sentence s) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                int titleEnd = matchTitle(ts, i);
                if (titleEnd < 0) {
                    continue;
                }
                // "Major General", "Former Prime Minister": titles stack, and none of them is the name
                for (int next = matchTitle(ts, titleEnd); next > 0; next = matchTitle(ts, titleEnd)) {
                    titleEnd = next;
                }
                int gTitle = ts.get(i).index();
                String title = Lexicon.lower(text.substring(ts.get(i).start(), ts.get(titleEnd - 1).end()));
                int nameEnd = nameEnd(ts, titleEnd);
                if (nameEnd <= titleEnd) {
                    continue;
                }
                int ga = ts.get(titleEnd).index();
                int gb = ts.get(nameEnd - 1).index() + 1;
                String qualifier = qualifierBefore(gTitle);
                Claim person = null;
                if (owner[ga] != null && owner[ga].type == MentionType.PERSON) {
                    person = owner[ga];
                } else if (free(ga, gb) && gb - ga >= 2) {
                    String name = Gazetteer.normalise(text.substring(tokens.get(ga).start(), tokens.get(gb - 1).end()));
                    person = claim(ga, gb, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                            name, "title", null);
                }
                if (person != null) {
                    note(person.key, person.label, title, qualifier);
                    if (!HONORIFICS.contains(title)) {
                        int roleStart = qualifierStart(gTitle);
                        roles.add(new RoleObservation(person.key, title, qualifier, sentenceOf[ga],
                                new CharSpan(tokens.get(roleStart).start(), person.span.end())));
                    }
                }
                i = nameEnd - 1;
            }
        }

        /** End (exclusive, sentence-local) of the longest title starting at i, or -1. */
        int matchTitle(List<Token> ts, int i) {
            if (i >= ts.size()) {
                return -1;
            }
            List<List<String>> titles = Lexicon.TITLES_BY_FIRST_WORD.get(lower[ts.get(i).index()]);
            if (titles == null) {
                return -1;
            }
            for (List<String> title : titles) {
                if (i + title.size() > ts.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < title.size() && match; k++) {
                    match = lower[ts.get(i + k).index()].equals(title.get(k));
                }
                if (match) {
                    return i + title.size();
                }
            }
            return -1;
        }

        boolean isTitleWord(String word) {
            return Lexicon.TITLE_LAST_WORDS.contains(Lexicon.lower(word));
        }

        /** End of a personal name of one to four capitalised tokens starting at i (sentence-local). */
        int nameEnd(List<Token> ts, int i) {
            int j = i;
            int lastName = i;
            while (j < ts.size() && j - i < 5) {
                Token t = ts.get(j);
                int g = t.index();
                boolean particle = Lexicon.NAME_PARTICLES.contains(Lexicon.lower(t.text())) && j > i;
                boolean name = t.isCapitalised() && !isPunct(t.text()) && !Lexicon.NOT_NAMES.contains(t.text())
                        && !Lexicon.isOrgHead(t.text()) && (owner[g] == null || owner[g].type == MentionType.PERSON)
                        && (t.isProperNoun() || t.pos().equals("FW") || j > i);
                if (owner[g] != null && owner[g].type == MentionType.PERSON) {
                    return owner[g].to - ts.get(0).index();
                }
                boolean hyphen = t.text().equals("-") && j > i && j + 1 < ts.size()
                        && ts.get(j - 1).end() == t.start() && ts.get(j + 1).start() == t.end()
                        && ts.get(j + 1).isCapitalised();
                if (name) {
                    lastName = ++j;
                } else if (particle || hyphen) {
                    j++;
                } else {
                    break;
                }
            }
            return lastName;
        }

        /** Where the words qualifying a title start ("North Korean" in "North Korean Foreign Minister"). */
        int qualifierStart(int gTitle) {
            int k = gTitle - 1;
            if (k >= 0 && sentenceOf[k] == sentenceOf[gTitle] && owner[k] != null
                    && owner[k].type != MentionType.PERSON) {
                return owner[k].from;
            }
            return gTitle;
        }

        /**
         * "Dr. Sarah Kim, a regional expert at Seoul National University": the words between the article
         * and the preposition are the role, the organisation after it is whose.
         */
        void appositiveRoles(Sentence s) {
            List<Token> ts = s.tokens();
            int base = ts.get(0).index();
            for (int i = 0; i + 3 < ts.size(); i++) {
                Claim person = owner[base + i];
                if (person == null || person.type != MentionType.PERSON || person.to != base + i + 1
                        || !ts.get(i + 1).text().equals(",")
                        || !Set.of("a", "an", "the").contains(lower[base + i + 2])) {
                    continue;
                }
                for (int k = i + 3; k < Math.min(ts.size() - 1, i + 10); k++) {
                    String w = lower[base + k];
                    if (Set.of(",", ".", ";", "who", "which", "and").contains(w)) {
                        break;
                    }
                    if (Set.of("at", "of", "with", "for", "from").contains(w) && k > i + 3) {
                        int o = k + 1 < ts.size() - 1 && lower[base + k + 1].equals("the") ? k + 2 : k + 1;
                        Claim org = owner[base + o];
                        if (org != null && (org.type == MentionType.ORGANIZATION || org.type == MentionType.STATE)) {
                            String role = text.substring(ts.get(i + 3).start(), ts.get(k - 1).end()).toLowerCase(java.util.Locale.ROOT);
                            roles.add(new RoleObservation(person.key, role, org.key, s.index(),
                                    new CharSpan(person.span.start(), org.span.end())));
                            note(person.key, person.label, role, org.key.startsWith("state/") ? org.key : null);
                        }
                        break;
                    }
                }
            }
        }

        String qualifierBefore(int gTitle) {
            int k = gTitle - 1;
            while (k >= 0 && sentenceOf[k] == sentenceOf[gTitle] && owner[k] == null
                    && Set.of("former", "then", "then-", "acting", "deputy", "senior", "top", "the", "'s", "'")
                    .contains(Lexicon.lower(tokens.get(k).text()))) {
                k--;
            }
            if (k >= 0 && sentenceOf[k] == sentenceOf[gTitle] && owner[k] != null) {
                Claim c = owner[k];
                if (c.type == MentionType.NORP) {
                    return c.stateKey;
                }
                if (c.type == MentionType.STATE || c.type == MentionType.ORGANIZATION) {
                    return c.key;
                }
                if (c.type == MentionType.PLACE && c.stateKey != null) {
                    return c.stateKey;
                }
            }
            return null;
        }

        /** Unknown multi-word names where only a person fits: "X said", "according to X", "X, a ... expert". */
        void personsInContext(Sentence s) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (owner[t.index()] != null || !t.isProperNoun() || !t.isCapitalised()
                        || Lexicon.NOT_NAMES.contains(t.text()) || isTitleWord(t.text())) {
                    continue;
                }
                int end = nameEnd(ts, i);
                if (end - i < 2 || end - i > 4) {
                    continue;
                }
                int ga = t.index();
                int gb = ts.get(end - 1).index() + 1;
                if (!free(ga, gb) || gazetteer.lookup(tokens.get(gb - 1).text()) != null || !looksLikePersonName(ga, gb)) {
                    continue;
                }
                String before = i >= 1 ? Lexicon.lower(ts.get(i - 1).text()) : "";
                String before2 = i >= 2 ? Lexicon.lower(ts.get(i - 2).text()) : "";
                String after = end < ts.size() ? Lexicon.lower(ts.get(end).text()) : "";
                String after2 = end + 1 < ts.size() ? Lexicon.lower(ts.get(end + 1).text()) : "";
                boolean reporting = reportingVerb(ts, end)
                        || (after.equals(",") && reportingVerb(ts, end + 1))
                        || reportingVerb(ts, i - 1)
                        || (before2.equals("according") && before.equals("to"));
                boolean appositive = after.equals(",") && Set.of("a", "an", "the", "who").contains(after2)
                        && titleWithin(ts, end + 2, 6);
                boolean givenName = Lexicon.GIVEN_NAMES.contains(t.text()) && end - i <= 3
                        && ts.get(end - 1).isCapitalised() && !Lexicon.GIVEN_NAMES.contains(ts.get(end - 1).text())
                        && !Lexicon.NAMED_AFTER_PEOPLE.contains(ts.get(end - 1).text())
                        && !(end < ts.size() && Lexicon.NAMED_AFTER_PEOPLE.contains(ts.get(end).text()))
                        && ts.get(i + 1).start() > t.end(); // "Kim-Xi summit" joins two surnames, not a name
                if (reporting || appositive || givenName) {
                    String name = Gazetteer.normalise(text.substring(tokens.get(ga).start(), tokens.get(gb - 1).end()));
                    claim(ga, gb, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name), name,
                            reporting || appositive ? "context" : "given-name", null);
                    persons.computeIfAbsent(Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                            k -> new PersonInfo(k, name));
                    i = end - 1;
                }
            }
        }

        /** "said", "says", "told", "warns" ...: by lemma, so every inflection counts. */
        boolean reportingVerb(List<Token> ts, int i) {
            if (i < 0 || i >= ts.size()) {
                return false;
            }
            Token t = ts.get(i);
            if (Lexicon.REPORTING_VERBS.contains(lower[t.index()])) {
                return true;
            }
            return t.isVerb() && Lexicon.REPORTING_LEMMAS.contains(lemmatizer.lemma(t));
        }

        /** "Apple Computer said", "Boeing Commercial Airplanes said", "Grumman CEO Ron Sugar": not names of people. */
        boolean looksLikePersonName(int ga, int gb) {
            if (Lexicon.isRegionAdjective(tokens.subList(ga, gb).stream().map(Token::text).toList())) {
                return false;
            }
            for (int g = ga; g < gb; g++) {
                String w = tokens.get(g).text();
                boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.endsWith(".");
                if (acronym || Lexicon.isOrgHead(w) || Lexicon.COMPANY_WORDS.contains(w) || isTitleWord(w)) {
                    return false;
                }
            }
            return true;
        }

        boolean titleWithin(List<Token> ts, int from, int window) {
            for (int k = from; k < Math.min(ts.size(), from + window); k++) {
                if (isTitleWord(ts.get(k).text()) || Set.of("member", "head", "founder").contains(ts.get(k).text())) {
                    return true;
                }
            }
            return false;
        }

        /** Names the rules missed, from the statistical model, joined by {@link ModelMergePolicy}. */
        void modelNames(Sentence s) {
            List<Token> ts = s.tokens();
            boolean[] claimed = new boolean[ts.size()];
            boolean unexplainedCapital = false;
            for (int i = 0; i < ts.size(); i++) {
                claimed[i] = owner[ts.get(i).index()] != null;
                Token t = ts.get(i);
                unexplainedCapital |= !claimed[i] && t.isCapitalised() && !isPunct(t.text())
                        && !(i == 0 && Lexicon.NOT_NAMES.contains(t.text()));
            }
            if (!unexplainedCapital) {
                return; // the model may only add names on unclaimed capitalised words: nothing to find here
            }
            for (NameModel.Found f : nameModel.find(s)) {
                MentionType[] claimType = new MentionType[ts.size()];
                boolean[] claimInside = new boolean[ts.size()];
                for (int i = f.from(); i < f.to(); i++) {
                    Claim c = owner[ts.get(i).index()];
                    if (c != null) {
                        claimType[i] = c.type;
                        claimInside[i] = c.from >= ts.get(f.from()).index() && c.to <= ts.get(f.to() - 1).index() + 1;
                    }
                }
                ModelMergePolicy.Decision decision = ModelMergePolicy.decide(f, ts, claimed, claimType, claimInside);
                if (describedAfterArticle(ts.get(f.from()).index() - 1, ts.get(f.to() - 1).index() + 1)) {
                    continue;
                }
                if (titleCase(s.index()) && (decision == ModelMergePolicy.Decision.REPLACES_PLACES
                        || !writtenAsNameInBody(ts, f.from(), f.to()))) {
                    continue; // "North Korea, China Pledge Deeper Ties": in a headline every word looks like a name
                }
                if (decision == ModelMergePolicy.Decision.REPLACES_PLACES) {
                    for (int i = f.from(); i < f.to(); i++) {
                        Claim c = owner[ts.get(i).index()];
                        if (c != null) {
                            unclaim(c);
                        }
                    }
                } else if (decision != ModelMergePolicy.Decision.ACCEPT) {
                    continue;
                }
                int from = f.from();
                while (from < f.to() - 1 && (Lexicon.NOT_NAMES.contains(ts.get(from).text()) || isPunct(ts.get(from).text()))
                        && !(Lexicon.WEEKDAYS.contains(ts.get(from).text()) && Lexicon.isOrgHead(ts.get(f.to() - 1).text()))) {
                    // "The Pentagon" → "Pentagon"; "The ''Associated Press" (wiki italics) → "Associated Press";
                    // but "Sunday Times" keeps its weekday
                    from++;
                }
                if (ModelMergePolicy.typeOf(f.type()) == MentionType.ORGANIZATION) {
                    int sentenceStart = ts.get(0).index();
                    from = afterOffice(sentenceStart + from, sentenceStart + f.to() - 1) - sentenceStart;
                }
                int to = f.to();
                while (to - 1 > from && ts.get(to - 1).text().codePoints().allMatch(Character::isLowerCase)) {
                    to--; // "European leaders" → "European"; but "Abu Musab al-Zarqawi" stays whole
                }
                if (to < f.to()) {
                    String shortened = text.substring(ts.get(from).start(), ts.get(to - 1).end());
                    if (to - from == 1 && Lexicon.REGION_DEMONYMS.contains(shortened)) {
                        continue;
                    }
                    Gazetteer.Entry known = gazetteer.lookup(shortened);
                    if (known != null) {
                        int ka = ts.get(from).index();
                        int kb = ts.get(to - 1).index() + 1;
                        claim(ka, kb, known.type(), known.key(), known.label(), "model+registry", known.stateKey());
                        for (int i = from; i < to; i++) {
                            claimed[i] = true;
                        }
                        continue;
                    }
                    f = new NameModel.Found(from, to, f.type(), f.probability());
                }
                MentionType type = ModelMergePolicy.typeOf(f.type(), ts.get(f.to() - 1).text());
                if (type == MentionType.PERSON && pairOfKnownPeople(ts.get(from).index(), ts.get(f.to() - 1).index())) {
                    continue; // "the Kim-Xi summit": two people the article names, not a third one
                }
                if (type == MentionType.PERSON) {
                    while (from < f.to() && Lexicon.TITLE_WORDS.contains(Lexicon.lower(ts.get(from).text()))) {
                        from++; // "Secretary Rumsfeld" → "Rumsfeld"; "Interior Minister" → nothing
                    }
                    if (from == f.to() || Lexicon.TITLE_WORDS.contains(Lexicon.lower(ts.get(f.to() - 1).text()))) {
                        continue; // all title, or ending in one: "Assistant Secretary" names an office
                    }
                }
                int ga = ts.get(from).index();
                int gb = ts.get(f.to() - 1).index() + 1;
                String name = Gazetteer.normalise(text.substring(tokens.get(ga).start(), tokens.get(gb - 1).end()));
                PersonInfo surnameOf = gb - ga == 1 && type != MentionType.PERSON ? resolveSurname(name, null, ga) : null;
                if (surnameOf != null) {
                    // "Xi" after "Xi Jinping" is him, whatever type the model guessed
                    claim(ga, gb, MentionType.PERSON, surnameOf.key, surnameOf.label, "model+surname", null);
                    for (int i = from; i < f.to(); i++) {
                        claimed[i] = true;
                    }
                    continue;
                }
                Gazetteer.Entry known = gazetteer.lookup(name);
                if (known != null) {
                    claim(ga, gb, known.type(), known.key(), known.label(), "model+registry", known.stateKey());
                } else if (type == MentionType.PERSON) {
                    if (gb - ga >= 2) {
                        String key = Keys.of(org.diplograph.registry.EntityKind.PERSON, name);
                        claim(ga, gb, MentionType.PERSON, key, name, "model", null);
                        persons.computeIfAbsent(key, k -> new PersonInfo(k, name));
                    } else if (name.matches("\\p{Lu}\\p{L}*-\\p{Lu}\\p{L}*")) {
                        continue; // "Kim-Xi" (summit): two people's names joined, left to the surname rule
                    } else {
                        PersonInfo named = resolveSurname(name, null, ga);
                        // A bare name no one else in the article explains stays this article's own person:
                        // minted across articles, "Smith" would merge every Smith in the news.
                        String key = named != null ? named.key
                                : Keys.of(org.diplograph.registry.EntityKind.PERSON, name) + "-" + articleTag();
                        claim(ga, gb, MentionType.PERSON, key, named != null ? named.label : name,
                                named != null ? "model+surname" : "model", null);
                    }
                } else if (organHeadOf(name, ga) != null) {
                    Claim organ = organHeadOf(name, ga);
                    claim(ga, gb, organ.type, organ.key, organ.label, "model+head", organ.stateKey);
                } else {
                    claim(ga, gb, type, Keys.of(type.refersTo(), name), name, "model", null);
                }
                for (int i = from; i < f.to(); i++) {
                    claimed[i] = true;
                }
            }
        }

        /**
         * "The Authority", "the Commission" alone: the body named earlier in the article whose name that head word
         * begins ("Authority of ...") or ends ("... Commission"), the most recent if several. A bare head with no such
         * body stays the model's own organisation.
         */
        Claim organHeadOf(String word, int before) {
            if (!Lexicon.isOrgHead(word)) {
                return null;
            }
            Claim found = null;
            for (Claim c : claims) {
                if (c.type != MentionType.ORGANIZATION || c.to > before) {
                    continue;
                }
                String[] words = c.label.split(" ");
                boolean heads = words.length >= 3 && words[0].equals(word) && words[1].equals("of")
                        || words.length >= 2 && words[words.length - 1].equals(word);
                if (heads && (found == null || c.from > found.from)) {
                    found = c;
                }
            }
            return found;
        }

        /**
         * A known place followed by capitalised words nobody explained begins a longer name: "Salisbury Dock",
         * "Bowling Green Falcons", "Australia First", "Montreal HC". The whole is a place when it ends in a place word,
         * else an organisation; the place alone would be wrong either way. Title-case headlines are left alone, where
         * every word is capitalised.
         */
        void placesInsideLongerNames() {
            for (Claim c : List.copyOf(claims)) {
                if ((c.type != MentionType.PLACE && c.type != MentionType.STATE) || !c.rule.equals("registry")
                        || titleCase(sentenceOf[c.from])) {
                    continue;
                }
                int end = c.to;
                int lastName = -1;
                List<Token> sentence = at.sentences().get(sentenceOf[c.from]).tokens();
                while (end < tokens.size() && end - c.to < 5 && sentenceOf[end] == sentenceOf[c.from] && owner[end] == null
                        && tokens.get(end).start() <= tokens.get(end - 1).end() + 1
                        && matchTitle(sentence, end - sentence.get(0).index()) < 0) {
                    Token t = tokens.get(end);
                    boolean word = t.isCapitalised() && t.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.')
                            && !Lexicon.NOT_NAMES.contains(t.text()) && !Lexicon.REGION_DEMONYMS.contains(t.text()) && !NOT_NAME_CONTINUATIONS.contains(t.text())
                            && gazetteer.lookup(t.text()) == null;
                    if (word) {
                        lastName = ++end;
                    } else if (lastName > 0 && NAME_CONNECTORS.contains(t.text()) && end + 1 < tokens.size()
                            && tokens.get(end + 1).isCapitalised() && owner[end + 1] == null) {
                        end++;
                    } else {
                        break;
                    }
                }
                if (lastName < 0 || lastName < tokens.size() && tokens.get(lastName).text().equals("'s")) {
                    continue; // "Texas Children's Hospital": too tangled to name here
                }
                String last = tokens.get(lastName - 1).text();
                String name = Gazetteer.normalise(text.substring(tokens.get(c.from).start(), tokens.get(lastName - 1).end()));
                unclaim(c);
                if (Lexicon.LAW_HEADS.contains(last) || Lexicon.EVENT_HEADS.contains(last)) {
                    continue; // "Texas Futile Care Law", "Beijing Olympic Games": a law or an event, named after it
                }
                if (c.to - c.from == 1 && lastName - c.to == 1 && Lexicon.GIVEN_NAMES.contains(tokens.get(c.from).text())
                        && !Lexicon.isOrgHead(last) && !Lexicon.PLACE_HEADS.contains(last)) {
                    claim(c.from, lastName, MentionType.PERSON, Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                            name, "place+name", null); // "Kimberley Quinn": a given name that is also a place
                    persons.computeIfAbsent(Keys.of(org.diplograph.registry.EntityKind.PERSON, name),
                            k -> new PersonInfo(k, name));
                    continue;
                }
                MentionType type = Lexicon.PLACE_HEADS.contains(last) ? MentionType.PLACE : MentionType.ORGANIZATION;
                claim(c.from, lastName, type, Keys.of(type.refersTo(), name), name, "place+name", null);
            }
        }

        /**
         * Whether a word of tokens [from, to) is capitalised somewhere in the article's running text (not a headline,
         * not a sentence's first word): a name in a headline is written the same way in the story below it, while
         * "Deeper Ties" or "Jointly Resist Hegemonism" are capitalised only by the headline.
         */
        boolean writtenAsNameInBody(List<Token> ts, int from, int to) {
            if (bodyCapitals == null) {
                bodyCapitals = new HashSet<>();
                for (Sentence sentence : at.sentences()) {
                    if (!titleCase(sentence.index())) {
                        for (Token t : sentence.tokens().subList(1, sentence.tokens().size())) {
                            if (t.isCapitalised()) {
                                bodyCapitals.add(t.text());
                            }
                        }
                    }
                }
            }
            for (int i = from; i < to; i++) {
                if (!NAME_CONNECTORS.contains(ts.get(i).text()) && bodyCapitals.contains(ts.get(i).text())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether tokens [a, b] are hyphen-joined names each of which is a person the article already names. */
        boolean pairOfKnownPeople(int a, int b) {
            String[] parts = text.substring(tokens.get(a).start(), tokens.get(b).end()).split("-");
            if (parts.length < 2) {
                return false;
            }
            for (String part : parts) {
                if (part.isBlank() || resolveSurname(part.strip(), null, a) == null) {
                    return false;
                }
            }
            return true;
        }

        /** Whether most words of the sentence are capitalised, as in a title-case headline; counted once a sentence. */
        boolean titleCase(int sentence) {
            if (titleCase[sentence] == null) {
                int words = 0;
                int capitalised = 0;
                for (Token t : at.sentences().get(sentence).tokens()) {
                    if (t.text().chars().anyMatch(Character::isLetter)) {
                        words++;
                        capitalised += t.isCapitalised() ? 1 : 0;
                    }
                }
                titleCase[sentence] = words >= 4 && capitalised * 10 >= words * 7;
            }
            return titleCase[sentence];
        }

        /**
         * A name found once is the same name wherever else the article spells it the same way: the model judges each
         * sentence alone and misses repeats where the context is weak ("Aer Lingus already operates…").
         */
        void repeatedNames() {
            Map<String, Claim> bySurface = new HashMap<>();
            for (Claim c : claims) {
                if (c.type == MentionType.PERSON && c.to - c.from < 2) {
                    continue; // a bare surname is the surname rule's business, which knows whose it is
                }
                bySurface.putIfAbsent(surface(c.from, c.to), c);
            }
            organisationNames.forEach(bySurface::putIfAbsent); // "Halbrecht" after "Halbrecht AG"
            if (bySurface.isEmpty()) {
                return;
            }
            int longest = bySurface.values().stream().mapToInt(c -> c.to - c.from).max().orElse(0);
            for (Sentence s : at.sentences()) {
                int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
                for (int g = s.tokens().get(0).index(); g < end; g++) {
                    if (owner[g] != null || !tokens.get(g).isCapitalised() || Lexicon.NOT_NAMES.contains(tokens.get(g).text())) {
                        continue;
                    }
                    for (int to = Math.min(end, g + longest); to > g; to--) {
                        Claim known = free(g, to) && !capitalisedNeighbour(g - 1, s) && !capitalisedNeighbour(to, s)
                                ? bySurface.get(surface(g, to)) : null;
                        if (known != null) {
                            claim(g, to, known.type, known.key, known.label, "repeat", known.stateKey);
                            g = to - 1;
                            break;
                        }
                    }
                }
            }
        }

        /**
         * Names the article shows to be organisations, whatever the model typed them: after a noun of firms and bodies
         * ("the carmaker Zentrova", "oil companies A and B"), described so in apposition ("Kelvarin, a Dutch software
         * company,"), before a company's own words ("Zentrova's chief executive", "Kelvarin shares", "shares of
         * Kelvarin"), or the name of a company written elsewhere with its legal form or trade ("Halbrecht AG",
         * "Zentrova Motors Inc." make "Halbrecht" and "Zentrova" the same companies). Every occurrence of such a name the
         * model typed otherwise, or missed, becomes the organisation; registry entries and rule-made people stay.
         */
        void organisationCues() {
            Map<String, Claim> orgs = new HashMap<>();  // surface -> the organisation it names
            for (Claim c : List.copyOf(claims)) {
                // "Zentrova Computer", "Halbrecht AG": a trade or legal form the model left out belongs to the name
                int to = c.to;
                while (to < tokens.size() && owner[to] == null && sentenceOf[to] == sentenceOf[c.from]
                        && (Lexicon.COMPANY_SUFFIXES.contains(tokens.get(to).text())
                        || Lexicon.COMPANY_WORDS.contains(tokens.get(to).text()))) {
                    to++;
                }
                if (to > c.to && retypable(c.from, c.to) == c.to && !titleCase(sentenceOf[c.from])) {
                    String label = Gazetteer.normalise(text.substring(tokens.get(c.from).start(), tokens.get(to - 1).end()));
                    unclaim(c);
                    claim(c.from, to, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                            label, "model+org-cue", null);
                }
            }
            Map<String, int[]> found = new LinkedHashMap<>(); // cue spans not yet claimed as organisations
            for (Claim c : claims) {
                if (c.type == MentionType.ORGANIZATION) {
                    int core = companyCore(c);
                    if (core > c.from) {
                        orgs.putIfAbsent(surface(c.from, core), c);
                    }
                }
            }
            for (Sentence s : at.sentences()) {
                if (titleCase(s.index())) {
                    continue;
                }
                int first = s.tokens().get(0).index();
                int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
                for (int g = first; g < end; g++) {
                    if (tokens.get(g).text().equals("The") && owner[g] == null && descriptorBefore(g, first)
                            && retypable(g + 1, end) > g + 1) {
                        // "the band The Velvet Lanterns": the article is the name's own, capital and all
                        int to = retypable(g + 1, end);
                        if (owner[g + 1] != null) {
                            unclaim(owner[g + 1]);
                        }
                        found.putIfAbsent(g + ":" + to, new int[] {g, to});
                        g = to - 1;
                        continue;
                    }
                    int to = retypable(g, end);
                    if (to <= g) {
                        continue;
                    }
                    if (organisationCueAround(g, to, first, end)) {
                        found.putIfAbsent(g + ":" + to, new int[] {g, to});
                        // "oil companies Rosneft and Lukoil": names coordinated with the first take its description
                        int k = to;
                        // (a plural noun only: "the firm Voganlei and Coode" is one firm)
                        while (k + 1 < end && pluralDescriptorBefore(g, first) && Set.of(",", "and", "or").contains(tokens.get(k).text())) {
                            int next = k + 1;
                            if (tokens.get(k).text().equals(",") && next < end && Set.of("and", "or").contains(tokens.get(next).text())) {
                                next++;
                            }
                            int nextTo = retypable(next, end);
                            if (nextTo <= next) {
                                break;
                            }
                            found.putIfAbsent(next + ":" + nextTo, new int[] {next, nextTo});
                            k = nextTo;
                        }
                    }
                    g = to - 1;
                }
            }
            for (int[] r : found.values()) {
                String key = surface(r[0], r[1]);
                if (!orgs.containsKey(key)) {
                    Claim c = owner[r[0]];
                    String label = Gazetteer.normalise(text.substring(tokens.get(r[0]).start(), tokens.get(r[1] - 1).end()));
                    Claim made = c != null && c.type == MentionType.ORGANIZATION ? c
                            : new Claim(r[0], r[1], null, MentionType.ORGANIZATION, Keys.of(org.diplograph.registry.EntityKind.ORGANIZATION, label),
                                    label, "org-cue", null);
                    orgs.put(key, made);
                }
            }
            if (orgs.isEmpty()) {
                return;
            }
            organisationNames.putAll(orgs);
            for (Claim c : List.copyOf(claims)) {
                Claim org = orgs.get(surface(c.from, c.to));
                if (org != null && org != c && c.type != MentionType.ORGANIZATION && retypable(c.from, c.to) == c.to) {
                    unclaim(c);
                    claim(c.from, c.to, MentionType.ORGANIZATION, org.key, org.label, "model+org-cue", org.stateKey);
                }
            }
            for (int[] r : found.values()) {
                if (free(r[0], r[1])) {
                    Claim org = orgs.get(surface(r[0], r[1]));
                    claim(r[0], r[1], MentionType.ORGANIZATION, org.key, org.label, "org-cue", org.stateKey);
                }
            }
        }

        /**
         * Where the words naming the company in organisation {@code c} end when its last words are a legal form or a
         * trade ("Halbrecht AG", "Zentrova Motors Inc."): the first of those words, or {@code c.from} when the name has
         * none or what is left is no name of its own (a registry entry, a title, "of").
         */
        int companyCore(Claim c) {
            int core = c.to;
            while (core > c.from && (Lexicon.COMPANY_SUFFIXES.contains(tokens.get(core - 1).text())
                    || Lexicon.COMPANY_WORDS.contains(tokens.get(core - 1).text()))) {
                core--;
            }
            if (core == c.to || core == c.from) {
                return c.from;
            }
            for (int k = c.from; k < core; k++) {
                Token t = tokens.get(k);
                if (!t.isCapitalised() || isPunct(t.text()) || Lexicon.NOT_NAMES.contains(t.text())
                        || Lexicon.NAME_FRAGMENTS.contains(t.text()) || isTitleWord(t.text())) {
                    return c.from;
                }
            }
            String core0 = text.substring(tokens.get(c.from).start(), tokens.get(core - 1).end());
            return gazetteer.lookup(core0) != null ? c.from : core;
        }

        /**
         * End (exclusive) of the name at {@code g} whose type the cues may set, or {@code g}: a claim beginning there
         * that the model made alone (not a registry entry, not a person whose given name begins it), or a run of up
         * to four free capitalised words that are no title and no sentence-opening function word.
         */
        int retypable(int g, int end) {
            if (g >= end) {
                return g;
            }
            Claim c = owner[g];
            if (c != null) {
                if (c.from != g || !(c.rule.equals("model") || c.rule.equals("org-name") || c.rule.equals("model+org-cue"))) {
                    return g;
                }
                if (c.type == MentionType.PERSON && c.to - c.from >= 2 && Lexicon.GIVEN_NAMES.contains(tokens.get(g).text())) {
                    return g; // "the company Steve Jobs founded": a man
                }
                return c.to;
            }
            if (sentenceStart(g) && !tokens.get(g).isProperNoun()) {
                return g; // "Company shares fell": a capital the sentence gave, no name
            }
            int to = g;
            while (to < end && to - g < 4 && owner[to] == null) {
                Token t = tokens.get(to);
                if (!t.isCapitalised() || isPunct(t.text()) || Lexicon.NOT_NAMES.contains(t.text())
                        || isTitleWord(t.text()) || Lexicon.REGION_DEMONYMS.contains(t.text())
                        || to > g && Lexicon.ORGANISATION_CONTEXT_OPENINGS.contains(lower[to])) {
                    break; // "Zentrova CEO ...": the office is no part of the name
                }
                to++;
            }
            if (to < end && owner[to] == null && tokens.get(to).isCapitalised() && !isPunct(tokens.get(to).text())
                    && !Lexicon.ORGANISATION_CONTEXT_OPENINGS.contains(lower[to])) {
                return g; // part of a longer capitalised stretch the rules did not explain
            }
            if (to - g >= 2 && Lexicon.GIVEN_NAMES.contains(tokens.get(g).text())) {
                return g; // "the company Martin Keller founded": a man
            }
            return to;
        }

        /** Whether the words around name [g, to) of the sentence [first, end) describe it as an organisation. */
        boolean organisationCueAround(int g, int to, int first, int end) {
            if (descriptorBefore(g, first)) {
                return true;
            }
            // "shares of Kelvarin", "a stake in Kelvarin"
            if (g - 2 >= first && Set.of("of", "in").contains(lower[g - 1])
                    && Set.of("shares", "stake", "shareholders").contains(lower[g - 2])) {
                return true;
            }
            int k = to;
            if (k < end && Set.of("'s", "’s", "'", "’").contains(tokens.get(k).text())) {
                k++;
            }
            for (int len = 4; len >= 1; len--) {
                if (k + len <= end && Lexicon.ORGANISATION_CONTEXT.contains(String.join(" ",
                        java.util.Arrays.asList(lower).subList(k, k + len)))) {
                    return true;
                }
            }
            // "Kelvarin, a Dutch software company, said"
            if (to + 2 < end && tokens.get(to).text().equals(",") && Set.of("a", "an", "the").contains(lower[to + 1])) {
                for (int j = to + 2; j < Math.min(end, to + 7); j++) {
                    if (Lexicon.ORGANISATION_DESCRIPTORS.contains(lower[j])) {
                        return j + 1 >= end || isPunct(tokens.get(j + 1).text())
                                || Set.of("that", "which", "based", "headquartered", "in", "of", "with", "whose", "and")
                                .contains(lower[j + 1]);
                    }
                    if (!tokens.get(j).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                        break;
                    }
                }
            }
            return false;
        }

        boolean pluralDescriptorBefore(int g, int first) {
            int d = g - 1 >= first && tokens.get(g - 1).text().equals(",") ? g - 2 : g - 1;
            return descriptorBefore(g, first) && tokens.get(d).text().endsWith("s");
        }

        /** "the carmaker ", "German chemicals group ", "European aircraft manufacturer , ": a noun of firms before g. */
        boolean descriptorBefore(int g, int first) {
            int d = g - 1;
            if (d >= first && tokens.get(d).text().equals(",")) {
                d--;
            }
            return d >= first && Lexicon.ORGANISATION_DESCRIPTORS.contains(tokens.get(d).text());
        }

        /** Whether token {@code g} of sentence {@code s} would make a match part of a longer name ("Atlantic City Railroad"). */
        boolean capitalisedNeighbour(int g, Sentence s) {
            if (g < 0 || g >= tokens.size() || sentenceOf[g] != s.index()) {
                return false;
            }
            Token t = tokens.get(g);
            return t.isCapitalised() && !isPunct(t.text()) && !(g == s.tokens().get(0).index() && Lexicon.NOT_NAMES.contains(t.text()));
        }

        /**
         * "Boeing 787", "Airbus A380", "Lockheed Martin F-35": a maker's name before a model designation names the
         * product, not the company acting.
         */
        void productNames() {
            for (Claim c : List.copyOf(claims)) {
                if (c.type != MentionType.ORGANIZATION || c.to >= tokens.size() || sentenceOf[c.to] != sentenceOf[c.from]
                        || tokens.get(c.to).start() != tokens.get(c.to - 1).end() + 1 || owner[c.to] != null) {
                    continue;
                }
                String next = tokens.get(c.to).text();
                if (MODEL_DESIGNATION.matcher(next).matches() && !YEAR.matcher(next).matches()) {
                    unclaim(c);
                }
            }
        }

        String surface(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int g = from; g < to; g++) {
                b.append(tokens.get(g).text()).append(' ');
            }
            return b.toString();
        }

        String articleTag() {
            return com.google.common.hash.Hashing.sha256()
                    .hashString(at.clean().article().id(), java.nio.charset.StandardCharsets.UTF_8).toString().substring(0, 8);
        }

        /** "in St Petersburg, Russia": a place named with its state. */
        void placesWithState(Sentence s) {
            // also at the start of a sentence, where datelines and lists of places are ("Debden, England, 4 June")
            List<Token> ts = s.tokens();
            for (int i = -1; i + 3 < ts.size(); i++) {
                if (i >= 0 && !PLACE_CONTEXT.contains(ts.get(i).text())) {
                    continue;
                }
                int a = i + 1;
                int b = a;
                while (b < ts.size() && b - a < 4 && ts.get(b).isCapitalised() && !isPunct(ts.get(b).text())
                        && owner[ts.get(b).index()] == null && !Lexicon.NOT_NAMES.contains(ts.get(b).text())) {
                    b++;
                }
                if (b == a || b + 1 >= ts.size() || !ts.get(b).text().equals(",")) {
                    continue;
                }
                Claim region = owner[ts.get(b + 1).index()];
                // "Mosul, Iraq", and also "Windsor, Vermont": a region the gazetteer places inside a state
                String stateKey = region == null ? null : region.type == MentionType.STATE ? region.key
                        : region.type == MentionType.PLACE ? PLACE_STATES.get(region.key) : null;
                if (stateKey != null && region.from == ts.get(b + 1).index()) {
                    int ga = ts.get(a).index();
                    int gb = ts.get(b - 1).index() + 1;
                    String name = Gazetteer.normalise(text.substring(tokens.get(ga).start(), tokens.get(gb - 1).end()));
                    claim(ga, gb, MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, name), name,
                            "place-with-state", stateKey);
                }
            }
        }

        /** Surnames, acronyms, descriptors and pronouns that point back to an entity already named. */
        void shortReferences(Sentence s) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                int g = t.index();
                if (owner[g] != null) {
                    continue;
                }
                Claim alias = articleAliases.get(t.text());
                if (alias != null) {
                    claim(g, g + 1, alias.type, alias.key, alias.label, "acronym", alias.stateKey);
                    continue;
                }
                // The tagger often misses names ("Wang/VB said"); matching a name already in the
                // article is the stronger evidence, so POS is only required for registry-wide lookups.
                if (t.isCapitalised() && !Lexicon.NOT_NAMES.contains(t.text())) {
                    surname(ts, i);
                    continue;
                }
                String w = Lexicon.lower(t.text());
                if (Set.of("his", "her", "the", "their").contains(w) || (i == 0 && w.equals("the"))) {
                    i = descriptor(ts, i);
                } else if ((Lexicon.PRONOUNS_MALE.contains(w) || Lexicon.PRONOUNS_FEMALE.contains(w))
                        && t.pos().startsWith("PRP")) {
                    pronoun(t);
                }
            }
        }

        void surname(List<Token> ts, int i) {
            Token t = ts.get(i);
            String[] parts = t.text().contains("-") ? t.text().split("-") : new String[] {t.text()};
            int offset = t.start();
            for (String part : parts) {
                CharSpan span = new CharSpan(offset, offset + part.length());
                offset += part.length() + 1;
                if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                    continue;
                }
                String title = i > 0 ? Lexicon.lower(ts.get(i - 1).text()) : null;
                PersonInfo p = resolveSurname(part, title, t.index());
                if (p != null) {
                    Claim c = new Claim(t.index(), t.index() + 1, span, MentionType.PERSON, p.key, p.label, "surname", null);
                    claims.add(c);
                    owner[t.index()] = c;
                }
            }
        }

        PersonInfo resolveSurname(String part, String precedingTitle, int at) {
            List<PersonInfo> candidates = new ArrayList<>();
            for (PersonInfo p : persons.values()) {
                String[] n = p.nameParts();
                if (n.length >= 2 && (n[0].equals(part) || n[n.length - 1].equals(part))) {
                    candidates.add(p);
                }
            }
            if (candidates.isEmpty()) {
                List<String> keys = registrySurnames.getOrDefault(part, List.of());
                if (keys.size() == 1 && tokens.get(at).isProperNoun() && inOffice(keys.get(0))) {
                    return registryPerson(keys.get(0));
                }
                return null;
            }
            if (candidates.size() > 1 && precedingTitle != null) {
                List<PersonInfo> titled = candidates.stream().filter(p -> p.titles.contains(precedingTitle)).toList();
                if (!titled.isEmpty()) {
                    candidates = titled;
                }
            }
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            return mostRecent(candidates, at);
        }

        boolean inOffice(String personKey) {
            return registry.get(personKey).map(e -> e.offices().stream().anyMatch(o -> o.covers(date))).orElse(false);
        }

        /** "her Chinese counterpart", "the North Korean minister": one person of that state and role. */
        int descriptor(List<Token> ts, int i) {
            int k = i + 1;
            String state = null;
            if (k < ts.size() && owner[ts.get(k).index()] != null && owner[ts.get(k).index()].type == MentionType.NORP) {
                state = owner[ts.get(k).index()].stateKey;
                k = owner[ts.get(k).index()].to - ts.get(0).index();
            }
            while (k < ts.size() && Set.of("foreign", "prime", "top", "defence", "defense").contains(Lexicon.lower(ts.get(k).text()))) {
                k++;
            }
            if (k >= ts.size() || !Lexicon.DESCRIPTOR_HEADS.contains(Lexicon.lower(ts.get(k).text()))) {
                return i;
            }
            String head = Lexicon.lower(ts.get(k).text());
            if (k + 1 < ts.size() && ts.get(k + 1).isCapitalised() && ts.get(k + 1).isProperNoun()) {
                return i; // apposition: the name that follows is the mention
            }
            if (state == null && !head.equals("counterpart")) {
                return i;
            }
            List<PersonInfo> fit = new ArrayList<>();
            for (PersonInfo p : persons.values()) {
                boolean stateOk = state == null || p.states.contains(state);
                boolean roleOk = head.equals("counterpart") || p.titles.stream().anyMatch(tt -> tt.endsWith(head))
                        || head.equals("leader") || head.equals("top diplomat") && p.titles.contains("foreign minister");
                if (stateOk && roleOk) {
                    fit.add(p);
                }
            }
            if (fit.size() != 1 || state == null) {
                return i;
            }
            PersonInfo p = fit.get(0);
            int ga = ts.get(i).index();
            int gb = ts.get(k).index() + 1;
            for (int g = ga; g < gb; g++) {
                if (owner[g] != null) {
                    claims.remove(owner[g]);
                    owner[g] = null;
                }
            }
            claim(ga, gb, MentionType.PERSON, p.key, p.label, "descriptor", null);
            return k;
        }

        /** He/she: the one person named in this sentence before it, else in the previous sentence. */
        void pronoun(Token t) {
            char gender = Lexicon.PRONOUNS_MALE.contains(Lexicon.lower(t.text())) ? 'm' : 'f';
            int sentence = sentenceOf[t.index()];
            Set<String> here = personsBetween(t.index(), sentence);
            Set<String> candidates = !here.isEmpty() ? here
                    : sentence > 0 ? personsBetween(t.index(), sentence - 1) : new LinkedHashSet<>();
            candidates.removeIf(k -> persons.get(k) != null && persons.get(k).gender != null
                    && persons.get(k).gender != gender);
            if (candidates.size() == 1) {
                PersonInfo p = persons.get(candidates.iterator().next());
                if (p != null) {
                    if (p.gender == null) {
                        p.gender = gender;
                    }
                    claim(t.index(), t.index() + 1, MentionType.PERSON, p.key, p.label, "pronoun", null);
                }
            }
        }

        Set<String> personsBetween(int before, int sentence) {
            Set<String> keys = new LinkedHashSet<>();
            for (Claim c : claims) {
                if (c.type == MentionType.PERSON && c.from < before && sentenceOf[c.from] == sentence) {
                    keys.add(c.key);
                }
            }
            return keys;
        }

        /**
         * A capital is its government when it acts ("Beijing affirmed", "Beijing's opposition", "ties with
         * Washington"), and a city when it is a location ("the meeting in Beijing", "the Beijing talks").
         * Coordinated capitals ("Pyongyang and Beijing's vows") share one reading, decided by the left
         * context of the first and the right context of the last.
         */
        void capitalsAsActors() {
            List<Claim> ordered = claims.stream().sorted((x, y) -> Integer.compare(x.from, y.from)).toList();
            int i = 0;
            while (i < ordered.size()) {
                int j = i;
                while (j + 1 < ordered.size() && coordinated(ordered.get(j), ordered.get(j + 1))) {
                    j++;
                }
                List<Claim> group = ordered.subList(i, j + 1);
                boolean hasCapital = group.stream().anyMatch(this::isCapital);
                if (hasCapital && actsAsState(group.get(0), group.get(group.size() - 1))) {
                    for (Claim c : group) {
                        if (isCapital(c)) {
                            c.type = MentionType.STATE;
                            c.key = c.stateKey;
                            c.label = registry.get(c.stateKey).map(RegistryEntry::label).orElse(c.label);
                        }
                    }
                }
                i = j + 1;
            }
        }

        /**
         * A seat of government or an institution named by its building ("the Oval Office", "the White House") is the
         * place where something happens when the text puts it after a locative preposition or a verb of visiting ("met
         * at the White House"); acting ("the White House said") it stays the institution.
         */
        void venuesAsPlaces() {
            for (Claim c : claims) {
                if (c.type != MentionType.ORGANIZATION || !namedByBuilding(c)) {
                    continue;
                }
                int k = c.from - 1;
                if (k >= 0 && sentenceOf[k] == sentenceOf[c.from] && lower[k].equals("the")) {
                    k--;
                }
                if (k >= 0 && sentenceOf[k] == sentenceOf[c.from] && Lexicon.VENUE_PREPOSITIONS.contains(lower[k])) {
                    c.type = MentionType.PLACE;
                    c.key = Keys.of(org.diplograph.registry.EntityKind.PLACE, c.label);
                }
            }
        }

        /**
         * A capitalised title in the plural or alone ("the Foreign Ministers of three states") names people by their
         * office, not an organisation: every word of it is a title word.
         */
        void titlesAreNoOrganisations() {
            for (Claim c : List.copyOf(claims)) {
                if (c.type != MentionType.ORGANIZATION || "registry".equals(c.rule)) {
                    continue;
                }
                boolean allTitle = true;
                for (int k = c.from; k < c.to && allTitle; k++) {
                    String w = lower[k];
                    allTitle = Lexicon.TITLE_WORDS.contains(w)
                            || w.endsWith("s") && Lexicon.TITLE_WORDS.contains(w.substring(0, w.length() - 1));
                }
                if (allTitle) {
                    unclaim(c);
                }
            }
        }

        boolean namedByBuilding(Claim c) {
            if ("seat-of-government".equals(c.rule)) {
                return true;
            }
            String[] words = c.label.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return words.length > 1 && Lexicon.VENUE_HEADS.contains(words[words.length - 1]);
        }

        boolean isCapital(Claim c) {
            return c.type == MentionType.PLACE && c.stateKey != null
                    && ("registry".equals(c.rule)) && registry.get(c.key).isPresent();
        }

        /** "X and Y", "X, Y", "X or Y" where both are states or capitals. */
        boolean coordinated(Claim a, Claim b) {
            boolean geo = (isCapital(a) || a.type == MentionType.STATE) && (isCapital(b) || b.type == MentionType.STATE);
            if (!geo || b.from != a.to + 1 || sentenceOf[a.from] != sentenceOf[b.from]) {
                return false;
            }
            return Set.of("and", "or", ",").contains(tokens.get(a.to).text());
        }

        boolean actsAsState(Claim first, Claim last) {
            int f = first.from;
            String prev = f > 0 && sentenceOf[f - 1] == sentenceOf[f] ? Lexicon.lower(tokens.get(f - 1).text()) : "";
            Token next = last.to < tokens.size() && sentenceOf[last.to] == sentenceOf[last.from] ? tokens.get(last.to) : null;
            if (Lexicon.LOCATIVE.contains(prev)) {
                return false;
            }
            if (next != null && (next.text().equals("'s") || next.text().equals("'") || next.isVerb())) {
                return true;
            }
            if (Lexicon.ACTOR_CONTEXT.contains(prev)) {
                return true;
            }
            // The subject of its sentence, unless it modifies a noun ("Beijing talks").
            boolean sentenceInitial = prev.isEmpty() || Set.of("but", "and", "meanwhile", "yet", "so").contains(prev);
            return sentenceInitial && (next == null || !next.pos().startsWith("NN"));
        }

        // ------------------------------------------------------------------ bookkeeping

        PersonInfo registryPerson(String key) {
            RegistryEntry e = registry.get(key).orElseThrow();
            PersonInfo p = persons.computeIfAbsent(key, k -> new PersonInfo(k, e.label()));
            for (OfficeTerm o : e.offices()) {
                if (o.covers(date) && o.ofKey() != null) {
                    p.states.add(o.ofKey());
                    p.titles.addAll(titlesFor(o));
                }
            }
            return p;
        }

        void note(String key, String label, String title, String qualifier) {
            PersonInfo p = persons.computeIfAbsent(key, k -> new PersonInfo(k, label));
            p.titles.add(title);
            if (qualifier != null && qualifier.startsWith("state/")) {
                p.states.add(qualifier);
            }
            Character g = Lexicon.GENDERED_TITLES.get(title);
            if (g != null) {
                p.gender = g;
            }
        }

        PersonInfo mostRecent(List<PersonInfo> candidates, int at) {
            PersonInfo best = null;
            int bestPos = -1;
            for (Claim c : claims) {
                if (c.from < at && c.from > bestPos) {
                    for (PersonInfo p : candidates) {
                        if (p.key.equals(c.key)) {
                            best = p;
                            bestPos = c.from;
                        }
                    }
                }
            }
            return best;
        }

        Claim claim(int from, int to, MentionType type, String key, String label, String rule, String stateKey) {
            CharSpan span = new CharSpan(tokens.get(from).start(), tokens.get(to - 1).end());
            Claim c = new Claim(from, to, span, type, key, label, rule, stateKey);
            claims.add(c);
            for (int g = from; g < to; g++) {
                owner[g] = c;
            }
            return c;
        }

        /** Gives a claim's tokens back, for a longer or better mention to take them. */
        void unclaim(Claim c) {
            claims.remove(c);
            for (int g = c.from; g < c.to; g++) {
                owner[g] = null;
            }
        }

        /** Claims [from, to), dropping earlier claims that lie entirely inside it. */
        void replaceWithin(int from, int to, MentionType type, String key, String label, String rule, String stateKey) {
            for (int g = from; g < to; g++) {
                Claim old = owner[g];
                if (old != null) {
                    if (old.from < from || old.to > to) {
                        return; // would cut another mention in two
                    }
                }
            }
            for (int g = from; g < to; g++) {
                if (owner[g] != null) {
                    unclaim(owner[g]);
                }
            }
            claim(from, to, type, key, label, rule, stateKey);
        }

        boolean free(int from, int to) {
            if (to > tokens.size()) {
                return false;
            }
            for (int g = from; g < to; g++) {
                if (owner[g] != null) {
                    return false;
                }
                if (g > from && sentenceOf[g] != sentenceOf[from]) {
                    return false;
                }
            }
            return true;
        }

        boolean sentenceStart(int g) {
            return g == 0 || sentenceOf[g - 1] != sentenceOf[g];
        }

        int[] tokenRange(int start, int end) {
            int a = -1;
            int b = -1;
            for (Token t : tokens) {
                if (t.start() >= start && t.end() <= end) {
                    if (a < 0) {
                        a = t.index();
                    }
                    b = t.index() + 1;
                }
                if (t.start() >= end) {
                    break;
                }
            }
            return a < 0 ? null : new int[] {a, b};
        }
    }

    /** Forms of address: they introduce a person but are not a role. */
    private static final Set<String> HONORIFICS = Set.of("dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
            "sir", "dame", "lord", "prof.", "counterpart");

    private static List<String> titlesFor(OfficeTerm o) {
        return switch (o.officeType()) {
            case "head_of_state" -> List.of("president", "leader", "head of state");
            case "head_of_government" -> List.of("prime minister", "premier", "leader", "chancellor");
            case "foreign_minister" -> List.of("foreign minister", "minister", "top diplomat", "secretary of state");
            default -> Optional.ofNullable(o.title()).map(t -> List.of(Lexicon.lower(t))).orElse(List.of());
        };
    }

    private static boolean isPunct(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
