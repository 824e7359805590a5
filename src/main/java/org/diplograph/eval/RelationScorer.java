package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Relation and stance scoring as (source, type, target) triples: a prediction matches a gold triple of the same
 * document and type when its source span overlaps the gold source and its target span overlaps the gold target
 * (spans are judged loosely because annotators disagree on "the Council" vs "the Members of the Council"; the
 * relation is what is scored). For the symmetric types the two ends may be swapped. Each gold triple is matched at
 * most once, by a maximum bipartite matching (a greedy pass could pair badly and undercount).
 */
public final class RelationScorer {

    /** re3d types that hold both ways: meeting, alliance, being in one place, being the same thing, fighting. */
    public static final Set<String> SYMMETRIC = Set.of("CommWith", "AlliesOf", "CoLocated", "IsSynonymOf", "Apart",
            "FightingAgainst");

    public record Result(SortedMap<String, Counts> byType, Counts micro) {
        public Result {
            byType = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byType));
        }
    }

    public record Report(String corpus, Split split, Result result, Coverage coverage) {
    }

    private RelationScorer() {
    }

    public static Result score(Collection<RelationTriple> gold, Collection<RelationTriple> predicted) {
        Map<String, List<RelationTriple>> g = group(gold);
        Map<String, List<RelationTriple>> p = group(predicted);
        Set<String> keys = new TreeSet<>(g.keySet());
        keys.addAll(p.keySet());
        SortedMap<String, Counts> byType = new TreeMap<>();
        for (String key : keys) {
            List<RelationTriple> gs = g.getOrDefault(key, List.of());
            List<RelationTriple> ps = p.getOrDefault(key, List.of());
            long tp = maxMatching(gs, ps);
            String type = key.substring(key.indexOf('\n') + 1);
            byType.merge(type, new Counts(tp, ps.size() - tp, gs.size() - tp), Counts::plus);
        }
        Counts micro = byType.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new Result(byType, micro);
    }

    public static Report evaluate(Gold gold, Split split, Predictions predictions, Set<String> onlyTypes) {
        List<RelationTriple> predicted = new ArrayList<>();
        int missing = 0;
        for (EvalDoc doc : gold.docs()) {
            if (!predictions.has(doc.id())) {
                missing++;
            }
            predicted.addAll(predictions.relationsOf(doc.id()));
        }
        List<RelationTriple> g = gold.relations().stream()
                .filter(r -> onlyTypes == null || onlyTypes.contains(r.type())).toList();
        List<RelationTriple> p = predicted.stream()
                .filter(r -> onlyTypes == null || onlyTypes.contains(r.type())).toList();
        return new Report(gold.corpus(), split, score(g, p), new Coverage(gold.docs().size(), missing, 0, Map.of()));
    }

    static boolean matches(RelationTriple gold, RelationTriple pred) {
        if (gold.source().overlaps(pred.source()) && gold.target().overlaps(pred.target())) {
            return true;
        }
        return SYMMETRIC.contains(gold.type())
                && gold.source().overlaps(pred.target()) && gold.target().overlaps(pred.source());
    }

    private static Map<String, List<RelationTriple>> group(Collection<RelationTriple> triples) {
        Map<String, List<RelationTriple>> out = new LinkedHashMap<>();
        for (RelationTriple t : new LinkedHashSet<>(triples)) {
            out.computeIfAbsent(t.docId() + "\n" + t.type(), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** Size of a maximum matching of gold to predictions (Kuhn's augmenting paths; groups are small). */
    private static long maxMatching(List<RelationTriple> gold, List<RelationTriple> pred) {
        return Arrays.stream(matching(gold, pred)).filter(owner -> owner >= 0).count();
    }

    /** For each prediction, the index of the gold triple a maximum matching pairs it with, or -1. */
    private static int[] matching(List<RelationTriple> gold, List<RelationTriple> pred) {
        int[] predOwner = new int[pred.size()];
        Arrays.fill(predOwner, -1);
        for (int gi = 0; gi < gold.size(); gi++) {
            augment(gi, gold, pred, predOwner, new boolean[pred.size()]);
        }
        return predOwner;
    }

    /** Why a triple is an error: a gold triple no prediction matched, or a prediction matching no gold triple. */
    public enum Mistake {
        MISSED,
        SPURIOUS
    }

    /**
     * One scoring mistake: the triple, and the other side's nearest reading ({@code counterpart}: an unmatched
     * triple of the other side in the same document that shares an end with it, any type; null when none does).
     */
    public record Error(Mistake mistake, RelationTriple triple, RelationTriple counterpart) {
    }

    /**
     * Every gold triple left unmatched and every prediction matching none, judged by the same maximum matching as
     * {@link #evaluate}, by document, then offset of the source.
     */
    public static List<Error> errors(Gold gold, Predictions predictions, Set<String> onlyTypes) {
        List<RelationTriple> g = gold.relations().stream()
                .filter(r -> onlyTypes == null || onlyTypes.contains(r.type())).toList();
        List<RelationTriple> p = new ArrayList<>();
        for (EvalDoc doc : gold.docs()) {
            predictions.relationsOf(doc.id()).stream()
                    .filter(r -> onlyTypes == null || onlyTypes.contains(r.type())).forEach(p::add);
        }
        return errors(g, p);
    }

    static List<Error> errors(Collection<RelationTriple> gold, Collection<RelationTriple> predicted) {
        Map<String, List<RelationTriple>> g = group(gold);
        Map<String, List<RelationTriple>> p = group(predicted);
        Set<String> keys = new TreeSet<>(g.keySet());
        keys.addAll(p.keySet());
        List<RelationTriple> missed = new ArrayList<>();
        List<RelationTriple> spurious = new ArrayList<>();
        for (String key : keys) {
            List<RelationTriple> gs = g.getOrDefault(key, List.of());
            List<RelationTriple> ps = p.getOrDefault(key, List.of());
            int[] owner = matching(gs, ps);
            boolean[] matched = new boolean[gs.size()];
            for (int pi = 0; pi < ps.size(); pi++) {
                if (owner[pi] >= 0) {
                    matched[owner[pi]] = true;
                } else {
                    spurious.add(ps.get(pi));
                }
            }
            for (int gi = 0; gi < gs.size(); gi++) {
                if (!matched[gi]) {
                    missed.add(gs.get(gi));
                }
            }
        }
        List<Error> errors = new ArrayList<>();
        for (RelationTriple m : missed) {
            errors.add(new Error(Mistake.MISSED, m, nearest(m, spurious)));
        }
        for (RelationTriple s : spurious) {
            errors.add(new Error(Mistake.SPURIOUS, s, nearest(s, missed)));
        }
        errors.sort(java.util.Comparator.comparing((Error e) -> e.triple().docId())
                .thenComparing(e -> e.triple().source())
                .thenComparing(e -> e.triple().target())
                .thenComparing(e -> e.mistake()));
        return List.copyOf(errors);
    }

    /** An unmatched triple of the other side in the same document sharing an end (both ends first). */
    private static RelationTriple nearest(RelationTriple t, List<RelationTriple> others) {
        RelationTriple one = null;
        for (RelationTriple o : others) {
            if (!o.docId().equals(t.docId())) {
                continue;
            }
            boolean source = o.source().overlaps(t.source()) || o.target().overlaps(t.source());
            boolean target = o.target().overlaps(t.target()) || o.source().overlaps(t.target());
            if (source && target) {
                return o;
            }
            if ((source || target) && one == null) {
                one = o;
            }
        }
        return one;
    }

    private static boolean augment(int gi, List<RelationTriple> gold, List<RelationTriple> pred, int[] predOwner,
                                   boolean[] seen) {
        for (int pi = 0; pi < pred.size(); pi++) {
            if (!seen[pi] && matches(gold.get(gi), pred.get(pi))) {
                seen[pi] = true;
                if (predOwner[pi] < 0 || augment(predOwner[pi], gold, pred, predOwner, seen)) {
                    predOwner[pi] = gi;
                    return true;
                }
            }
        }
        return false;
    }
}
