package org.diplograph.rdf;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What article graphs say about actors and places that linking event reports needs from all articles together: who is
 * a person, which states exist, whom a person serves (an org:Membership of an article graph, or an office the
 * registry links to a state) and which place lies in which. One article's facts, or any number of articles' merged:
 * the merge is a union, so it does not depend on the order articles come in.
 *
 * @param people      IRIs typed schema:Person
 * @param countries   IRIs typed schema:Country
 * @param memberOf    person to the organisations one membership node of one article graph names
 * @param offices     person to the offices held (dg:heldOffice)
 * @param officeOf    office to what it is an office of (dg:officeOf)
 * @param within      place to the places it lies in (dg:capitalOf, schema:containedInPlace)
 */
public record ActorFacts(Set<String> people, Set<String> countries, Map<String, Set<String>> memberOf,
                         Map<String, Set<String>> offices, Map<String, Set<String>> officeOf,
                         Map<String, Set<String>> within) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static ActorFacts empty() {
        return new ActorFacts(Set.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public ActorFacts {
        people = new TreeSet<>(people);
        countries = new TreeSet<>(countries);
        memberOf = copy(memberOf);
        offices = copy(offices);
        officeOf = copy(officeOf);
        within = copy(within);
    }

    /** Both articles' facts. */
    public ActorFacts merge(ActorFacts other) {
        Set<String> p = new TreeSet<>(people);
        p.addAll(other.people);
        Set<String> c = new TreeSet<>(countries);
        c.addAll(other.countries);
        return new ActorFacts(p, c, union(memberOf, other.memberOf), union(offices, other.offices),
                union(officeOf, other.officeOf), union(within, other.within));
    }

    /** The states each person serves, by memberships and offices: "Aliyev" stands for Azerbaijan. */
    public Map<String, Set<String>> statesOfPeople() {
        Map<String, Set<String>> out = new TreeMap<>();
        memberOf.forEach((person, orgs) -> orgs.stream().filter(countries::contains)
                .forEach(state -> out.computeIfAbsent(person, k -> new TreeSet<>()).add(state)));
        offices.forEach((person, held) -> held.forEach(office -> officeOf.getOrDefault(office, Set.of()).stream()
                .filter(countries::contains)
                .forEach(state -> out.computeIfAbsent(person, k -> new TreeSet<>()).add(state))));
        return out;
    }

    static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }

    private static Map<String, Set<String>> union(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        Map<String, Set<String>> out = copy(a);
        b.forEach((k, v) -> out.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        return out;
    }
}
