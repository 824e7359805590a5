package org.diplograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.OfficeTerm;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.resolve.ResolvedEntity;

/**
 * The second half of linking: for each entity of an article that the registry does not already identify, the
 * candidate that its context makes clearly the best, or none. The context is the article's states (named, or
 * implied by its capitals, places and office holders), the regions it names, the entity's kind and the article's
 * date (a person holding an office then). Precision first: a candidate must fit the kind and not contradict what
 * the registry says of the entity (its state), must lead the next by {@link #MARGIN}, and a person needs the
 * article to name their state or to date within their office (a legislator's seat only where it names no state); an organisation needs its state too, unless the
 * entity's name is its label (not in capitals only) and no other organisation of the knowledge base bears that name;
 * an institution (a party, a legislature) always needs its state, and by a name many states' bodies bear ("Senate",
 * "BJP") it needs its state to be the one the article names most;
 * otherwise the entity stays unlinked (NIL) and the
 * decision says why.
 *
 * <pre>{@code
 * EntityLinker linker = EntityLinker.bundled(registry);
 * EntityLinker.Result r = linker.link(resolvedEntities, publishedDate);
 * }</pre>
 */
public final class EntityLinker {

    /** How far the best candidate must lead the next, in score units (one unit: a tenfold population). */
    static final double MARGIN = 1.0;
    /** Without any state of the article to go by, a place must have about 100,000 inhabitants to be linked. */
    static final double PLACE_PRIOR_WITHOUT_CONTEXT = 5.0;
    static final double COUNTRY_BONUS = 3.0;
    static final double REGION_BONUS = 3.0;
    static final double OFFICE_BONUS = 2.0;
    static final double ALIAS_PENALTY = -1.0;
    /**
     * A person's prior counts in the score only up to a sitting member of Congress's (1): fame tells which of two
     * namesakes news means less often than their states and offices do, and a famous singer must not win an article
     * about a legislator of the same name by fame alone.
     */
    static final double PERSON_PRIOR_CAP = 1.0;
    /**
     * A person this notable (log10 of the knowledge base's notability count: 2 is about the thousand most notable
     * people of a list of two million) is linked by their full name in an article that names no state, when the
     * knowledge base holds no namesake. An article that names states but not theirs most often means someone else of
     * the name (a general who shares a singer's name, in an article about his army).
     */
    static final double FAMOUS_PERSON_PRIOR = 2.0;

    /** The entities with their links filled in, and one decision per entity the linker looked at. */
    public record Result(List<ResolvedEntity> entities, List<LinkDecision> decisions) {
    }

    private final CandidateGenerator candidates;
    private final Registry registry;

    public EntityLinker(CandidateGenerator candidates, Registry registry) {
        this.candidates = candidates;
        this.registry = registry;
    }

    public static EntityLinker bundled(Registry registry) {
        return new EntityLinker(new CandidateGenerator(KnowledgeBase.bundled()), registry);
    }

    public Result link(List<ResolvedEntity> entities, LocalDate date) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (ResolvedEntity e : entities) {
            statesOf(e).forEach(c -> votes.merge(c, 1, Integer::sum));
        }
        Set<String> countries = votes.keySet(); // the states named so far: grows with the votes
        Set<String> regions = new HashSet<>();
        // A region named in the article, whatever entity its name resolved to ("Town ... Region" where the region's
        // name is also a capital's), is context for the towns in it.
        for (ResolvedEntity e : entities) {
            if (e.kind() == EntityKind.PLACE || e.kind() == EntityKind.STATE) {
                for (KnowledgeBase.Match m : candidates.knowledgeBase().lookup(e.label())) {
                    if (m.byLabel() && m.entry().kind() == KbEntry.Kind.REGION) {
                        regions.add(m.entry().id());
                    }
                }
            }
        }
        Set<String> named = new HashSet<>();
        for (ResolvedEntity e : entities) {
            named.add(KnowledgeBase.normalize(e.label()));
        }
        List<ResolvedEntity> out = new ArrayList<>(entities);
        LinkDecision[] decisions = new LinkDecision[entities.size()];
        // Places first, twice: a region or city linked in the first round is context for the others in the second
        // (a town named next to the region it lies in); then people and organisations, with the places' states known.
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < out.size(); i++) {
                ResolvedEntity e = out.get(i);
                boolean place = e.kind() == EntityKind.PLACE;
                if ((round < 2) != place || !linkable(e) || (decisions[i] != null
                        && decisions[i].status() == LinkDecision.Status.LINKED)) {
                    continue;
                }
                LinkDecision d = decide(e, date, countries, regions, named, leadingState(votes));
                decisions[i] = d;
                if (d.status() == LinkDecision.Status.LINKED) {
                    out.set(i, withLink(e, d.chosen()));
                    if (d.chosen().country() != null) {
                        votes.merge(d.chosen().country(), 1, Integer::sum);
                    }
                    regions.add(d.chosen().id());
                    if (d.chosen().within() != null) {
                        regions.add(d.chosen().within());
                    }
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            LinkDecision d = capitalOutOfPlace(out.get(i), votes, regions);
            if (d != null) {
                ResolvedEntity e = out.get(i);
                out.set(i, new ResolvedEntity(e.key(), e.kind(), e.label(), null, null, e.subtype(), null,
                        e.containedIn(), e.mentionCount()));
                decisions[i] = d;
            }
        }
        List<LinkDecision> ds = new ArrayList<>();
        for (LinkDecision d : decisions) {
            if (d != null) {
                ds.add(d);
            }
        }
        return new Result(out, ds);
    }

    /**
     * A capital the registry recognised by its name, in an article that names nothing else of its state but names the
     * state of a sizeable namesake (a city of 100,000, or one in a region the article names): the article most likely
     * means the namesake, so this article's graph claims neither the capital's ids nor that it is a capital. The
     * entity keeps the capital's key (the extractor chose it), so no id of the namesake is given either. The same in
     * an article that names no state at all when a city of another state that bears the capital's name is bigger.
     * Null when the capital fits the article.
     */
    private LinkDecision capitalOutOfPlace(ResolvedEntity e, java.util.Map<String, Integer> votes, Set<String> regions) {
        if (e.kind() != EntityKind.PLACE || e.relatedKey() == null || !e.relatedKey().startsWith("state/")
                || (e.qid() == null && e.geonamesId() == null)) {
            return null;
        }
        String own = e.relatedKey().substring("state/".length());
        int ownVotes = votes.getOrDefault(own, 0) - (statesOf(e).contains(own) ? 1 : 0);
        if (ownVotes > 0) {
            return null;
        }
        List<KnowledgeBase.Match> namesakes = candidates.knowledgeBase().lookup(e.label());
        // The capital's own city entry, and whether the article names any state at all besides through it.
        double ownPrior = namesakes.stream().filter(m -> m.entry().kind() == KbEntry.Kind.CITY
                && own.equals(m.entry().country())).mapToDouble(m -> m.entry().prior()).max().orElse(Double.NaN);
        boolean noStateNamed = votes.entrySet().stream()
                .allMatch(v -> v.getValue() - (statesOf(e).contains(v.getKey()) ? 1 : 0) <= 0);
        for (KnowledgeBase.Match m : namesakes) {
            KbEntry k = m.entry();
            boolean place = k.kind() == KbEntry.Kind.CITY || k.kind() == KbEntry.Kind.REGION;
            // An article that names no state at all, and a city of another state, bigger than the capital, that bears
            // its name: nothing says which is meant.
            if (m.byLabel() && noStateNamed && k.kind() == KbEntry.Kind.CITY && k.country() != null
                    && !k.country().equals(own) && k.prior() > ownPrior) {
                return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, k, 0,
                        "the capital of " + own + ", in an article naming no state, beside a bigger namesake in "
                                + k.country() + ": the registry's ids left out");
            }
            if (m.byLabel() && place && k.country() != null && !k.country().equals(own)
                    && votes.getOrDefault(k.country(), 0) > 0
                    && (k.prior() >= PLACE_PRIOR_WITHOUT_CONTEXT || (k.within() != null && regions.contains(k.within())))) {
                return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, k, 0,
                        "the capital of " + own + ", in an article naming " + k.country() + " and not " + own
                                + ": the registry's ids left out");
            }
        }
        return null;
    }

    /** Entities the registry identifies keep its ids; states are the registry's alone. */
    private static boolean linkable(ResolvedEntity e) {
        return e.qid() == null && e.geonamesId() == null && e.kind() != EntityKind.STATE
                && !e.label().isEmpty() && Character.isUpperCase(e.label().codePointAt(0));
    }

    LinkDecision decide(ResolvedEntity e, LocalDate date, Set<String> countries, Set<String> regions) {
        return decide(e, date, countries, regions, Set.of());
    }

    /**
     * With the names of the article's entities: initials stand for one of the organisations the knowledge base
     * spells them with only where the article also names it in full, or where its name is a state body's ("Bureau
     * of ...", "Department of ...": a head noun of lang/en/org-heads.txt followed by "of"); a town's police, a
     * school district's or a shop chain's initials are shared by too many bodies the knowledge base does not hold for
     * the state alone to tell them apart.
     */
    LinkDecision decide(ResolvedEntity e, LocalDate date, Set<String> countries, Set<String> regions,
                        Set<String> named) {
        return decide(e, date, countries, regions, named, null);
    }

    /**
     * With the state the article names most (null when none leads): an institution by a name that many states' bodies
     * bear (one word, "Senate", "Likud", "BJP", or generic words only, "Democratic Party") is linked only when it is
     * that state's: an article that also names another state in passing most often means its own state's body.
     */
    LinkDecision decide(ResolvedEntity e, LocalDate date, Set<String> countries, Set<String> regions,
                        Set<String> named, String leading) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : candidates.candidates(e.label())) {
            if (!c.how().equals("acronym") || named.contains(KnowledgeBase.normalize(c.entry().label()))
                    || hasHeadNoun(c.entry().label())) {
                found.add(c);
            }
        }
        Set<String> regionsOfCities = new HashSet<>();
        for (Candidate c : found) {
            if (c.entry().kind() == KbEntry.Kind.CITY && c.entry().within() != null) {
                regionsOfCities.add(c.entry().within());
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : found) {
            // A city and the region around it that share a name: news means the city. A region reached by a shortened
            // name (its name without "Strip" or "Oblast") stays in the running against the city.
            // A place the text showed to be a region is one, whatever city of its name lies in it.
            if (!fits(e, c.entry()) || (c.byLabel() && regionsOfCities.contains(c.entry().id())
                    && !ResolvedEntity.REGION.equals(e.subtype()))) {
                continue;
            }
            scored.add(new Scored(c, score(c, date, countries, regions), inContext(c.entry(), date, countries, regions)));
        }
        if (scored.isEmpty()) {
            return new LinkDecision(e.key(), e.label(), found.isEmpty() ? LinkDecision.Status.NO_CANDIDATE
                    : LinkDecision.Status.NIL, null, null, 0, found.isEmpty() ? "no candidate"
                    : found.size() + " candidates, none of its kind and state");
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate.entry().id()));
        Scored best = scored.get(0);
        KbEntry runnerUp = scored.size() > 1 ? scored.get(1).candidate.entry() : null;
        double margin = scored.size() > 1 ? best.score - scored.get(1).score : Double.POSITIVE_INFINITY;
        if (margin < MARGIN) {
            return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, runnerUp, margin,
                    String.format("ambiguous: %s %.1f ahead of %s", best.candidate.entry().id(), margin, runnerUp.id()));
        }
        KbEntry chosen = best.candidate.entry();
        // An airport by another name than its own ("Heathrow") only when it is a big one: a small airport's other
        // names are often its town's.
        if (chosen.kind() == KbEntry.Kind.AIRPORT && !best.candidate.byLabel()
                && chosen.prior() < PLACE_PRIOR_WITHOUT_CONTEXT) {
            return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, runnerUp, margin,
                    "a small airport by another name: " + chosen.id());
        }
        if (!best.inContext) {
            boolean person = chosen.kind() == KbEntry.Kind.PERSON;
            // A person of worldwide fame, named by their full name, with no namesake in the knowledge base, in an
            // article that names no state.
            boolean famous = person && best.candidate.byLabel() && scored.size() == 1 && countries.isEmpty()
                    && chosen.prior() >= FAMOUS_PERSON_PRIOR;
            // An organisation that the knowledge base knows by exactly this name, with no other of that name: its name
            // is its context, whatever state its premises are mapped in (a maker's works in one state do not make an
            // article about another state mean someone else). By an alias, an acronym or beside a namesake, it needs
            // the article to name its state. So does a label in capitals only: initials stand for many bodies the
            // knowledge base does not hold (a clothing brand's three letters are also a university's). An airport's
            // other names are its usual ones ("Heathrow"), kept only when no city bears them: they count as its label.
            // A name of generic words only ("Central Bank", "Post Office") is many states' body: it needs the state.
            // So does a name written in capitals that the label writes as a word ("MERO" for a brand "Mero"): the
            // article's initials stand for something else.
            boolean soleOrganisation = chosen.kind() == KbEntry.Kind.ORGANIZATION && best.candidate.byLabel()
                    && scored.size() == 1 && !capitalsOnly(chosen.label()) && !capitalsOnly(e.label())
                    && !genericName(chosen.label());
            if ((person && !famous) || (chosen.kind() == KbEntry.Kind.ORGANIZATION && !soleOrganisation)
                    || chosen.kind() == KbEntry.Kind.INSTITUTION
                    || (!person && chosen.kind() != KbEntry.Kind.ORGANIZATION
                    && chosen.prior() < PLACE_PRIOR_WITHOUT_CONTEXT)
                    || (!best.candidate.byLabel() && chosen.kind() != KbEntry.Kind.AIRPORT)) {
                return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, runnerUp, margin,
                        "no context for " + chosen.id());
            }
        }
        if (chosen.kind() == KbEntry.Kind.INSTITUTION && looseName(e.label()) && !chosen.country().equals(leading)) {
            return new LinkDecision(e.key(), e.label(), LinkDecision.Status.NIL, null, runnerUp, margin,
                    "a name many states' bodies bear, and the article leads with " + (leading == null ? "no state"
                            : leading) + ", not " + chosen.country() + ": " + chosen.id());
        }
        return new LinkDecision(e.key(), e.label(), LinkDecision.Status.LINKED, chosen, runnerUp, margin,
                Double.isInfinite(margin) ? "only candidate" : String.format("ahead by %.1f", margin));
    }

    /** "Senate", "the Knesset", "BJP", "Democratic Party": one word, or generic words only. */
    static boolean looseName(String label) {
        String bare = label.strip().replaceFirst("(?i)^the\\s+", "");
        return !KnowledgeBase.normalize(bare).contains(" ") || genericName(bare);
    }

    /** The state more of the article's entities stand for or lie in than any other; null when none leads. */
    static String leadingState(java.util.Map<String, Integer> votes) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > most) {
                best = v.getKey();
                most = v.getValue();
                tie = false;
            } else if (v.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Words that, all together, make an organisation's name generic (head nouns and their usual modifiers). */
    private static final Set<String> GENERIC_WORDS = genericWords();

    private static Set<String> genericWords() {
        Set<String> out = new HashSet<>();
        out.addAll(headNouns());
        for (String w : org.diplograph.vocab.DataFiles.words("lang/en/link-generic-name-words.txt")) {
            out.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static final Set<String> HEAD_NOUNS = headNouns();

    private static Set<String> headNouns() {
        Set<String> out = new HashSet<>();
        for (String w : org.diplograph.vocab.DataFiles.words("lang/en/org-heads.txt")) {
            out.add(w.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
        }
        return Set.copyOf(out);
    }

    /**
     * "Bureau of Northland Audits", "Federal Office of Roads": an institution's head noun followed by "of", the way a
     * state's departments and agencies are named; a town's "Harlow Police Department" or a county's schools are not.
     */
    static boolean hasHeadNoun(String label) {
        String[] w = KnowledgeBase.normalize(label).split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
            if (HEAD_NOUNS.contains(w[i]) && w[i + 1].equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Ministry of Public Health", "Central Bank": every word a head noun or a usual modifier of one. */
    static boolean genericName(String label) {
        String[] words = KnowledgeBase.normalize(label).split(" ");
        for (String w : words) {
            if (!GENERIC_WORDS.contains(w)) {
                return false;
            }
        }
        return words.length > 0 && !words[0].isEmpty();
    }

    /** "QXT", "H&M": a name with no small letter, initials or a stylised brand. */
    static boolean capitalsOnly(String label) {
        return label.codePoints().noneMatch(Character::isLowerCase);
    }

    private record Scored(Candidate candidate, double score, boolean inContext) {
    }

    private static boolean fits(ResolvedEntity e, KbEntry k) {
        boolean kindFits = switch (e.kind()) {
            case PERSON -> k.kind() == KbEntry.Kind.PERSON && e.label().strip().contains(" ");
            case ORGANIZATION -> k.kind().isOrganisation();
            case PLACE -> ResolvedEntity.REGION.equals(e.subtype()) ? k.kind() == KbEntry.Kind.REGION
                    : k.kind() == KbEntry.Kind.CITY || k.kind() == KbEntry.Kind.REGION || k.kind() == KbEntry.Kind.AIRPORT;
            case STATE -> false;
        };
        // What the registry already says of the place (the state it lies in) must hold of the candidate.
        return kindFits && (e.containedIn() == null || k.country() == null
                || e.containedIn().equals("state/" + k.country()));
    }

    private static double score(Candidate c, LocalDate date, Set<String> countries, Set<String> regions) {
        KbEntry k = c.entry();
        double s = k.kind() == KbEntry.Kind.PERSON ? Math.min(k.prior(), PERSON_PRIOR_CAP) : k.prior();
        if (!c.byLabel()) {
            s += ALIAS_PENALTY;
        }
        // An organisation of no one state (a brand the world over) is at home in any article that names a state: a
        // namesake of the article's state does not win over it by the state alone.
        if ((k.country() != null && countries.contains(k.country()))
                || (k.kind() == KbEntry.Kind.ORGANIZATION && k.country() == null && !countries.isEmpty())) {
            s += COUNTRY_BONUS;
        }
        if (k.within() != null && regions.contains(k.within())) {
            s += REGION_BONUS;
        }
        if (k.holdsOfficeOn(date)) {
            s += OFFICE_BONUS;
        }
        return s;
    }

    /**
     * A seat in a legislature held on the article's date is context only in an article that names no state: the
     * knowledge base holds thousands of legislators, and an article that names its states but not theirs means
     * someone else of the name (one state's head of government, a namesake sitting then in another state's regional
     * parliament). Any other office (a US senator's, a president's) is context on its dates alone.
     */
    private static boolean inContext(KbEntry k, LocalDate date, Set<String> countries, Set<String> regions) {
        return (k.country() != null && countries.contains(k.country()))
                || (k.within() != null && regions.contains(k.within()))
                || k.offices().stream().anyMatch(o -> o.covers(date) && (!o.isSeat() || countries.isEmpty()));
    }

    /** ISO codes of the states an entity stands for or lies in: a state, a capital's state, an office holder's. */
    private Set<String> statesOf(ResolvedEntity e) {
        Set<String> out = new HashSet<>();
        addState(out, e.kind() == EntityKind.STATE ? e.key() : null);
        addState(out, e.relatedKey());
        addState(out, e.containedIn());
        if (e.kind() == EntityKind.PERSON) {
            RegistryEntry known = registry.get(e.key()).orElse(null);
            if (known != null) {
                for (OfficeTerm t : known.offices()) {
                    addState(out, t.ofKey());
                }
            }
        }
        return out;
    }

    private static void addState(Set<String> out, String key) {
        if (key != null && key.startsWith("state/")) {
            out.add(key.substring("state/".length()));
        }
    }

    private ResolvedEntity withLink(ResolvedEntity e, KbEntry k) {
        String containedIn = e.containedIn();
        if (containedIn == null && e.kind() == EntityKind.PLACE && k.country() != null
                && registry.get("state/" + k.country()).isPresent()) {
            containedIn = "state/" + k.country();
        }
        return new ResolvedEntity(e.key(), e.kind(), e.label(), k.qid(), k.geonames(), e.subtype(), e.relatedKey(),
                containedIn, e.mentionCount());
    }
}
