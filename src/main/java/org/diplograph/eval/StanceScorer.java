package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stances (holder, polarity, target) against hand-annotated ones, as {@code eval stances} scores them. A prediction
 * matches a gold stance of the same document and polarity when its target span holds one of the gold target's head
 * words and the gold target span holds the prediction's head word (so "the bill" matches "bill", but a name inside
 * the gold phrase, "the war in Ruritania" read as Ruritania, does not; the gold head words may add the phrase's
 * owner, "Ruritania's plan" read as Ruritania), and its holder span overlaps the gold holder's (a gold stance whose
 * text names no holder takes any; a gold holder that is a pronoun takes any named holder, as the reader resolves
 * it). Gold and predictions are paired one to one by a maximum matching per document. The same is counted without
 * the holder ({@link Result#targetOnly}).
 */
public final class StanceScorer {

    private StanceScorer() {
    }

    /**
     * One stance.
     *
     * @param sentence   the sentence it is read in
     * @param holder        where the text names the holder; null when it does not (gold) or the reader gave no span
     * @param holderPronoun whether the holder is named by a pronoun (gold: any named holder is taken)
     * @param target        the target's span (gold: the annotated phrase)
     * @param targetHeads   the syntactic head word of the target span (gold: and the words naming the phrase's
     *                      owner); empty to use the whole span
     * @param cue           the cue's word or lemma, for the error list only
     * @param note          what the reader made of it (gold: the cue word's reading, whether the holder and target
     *                      name actors), for the error list only
     */
    public record Stance(String doc, Span sentence, Span holder, boolean holderPronoun, boolean supports, Span target,
                         List<Span> targetHeads, String cue, String note) {
        public Stance {
            targetHeads = targetHeads == null ? List.of() : List.copyOf(targetHeads);
        }

        List<Span> heads() {
            return targetHeads.isEmpty() ? List.of(target) : targetHeads;
        }
    }

    /** Why a stance is an error: a gold stance no prediction matched, or a prediction matching none. */
    public enum Mistake {
        MISSED,
        SPURIOUS
    }

    /**
     * One mistake, with the other side's unmatched stance of the same sentence sharing its target or holder
     * (another polarity, holder or target boundary), or null.
     */
    public record Error(Mistake mistake, Stance stance, Stance counterpart) {
    }

    /**
     * @param all        holder, polarity and target right
     * @param support    the same, of support stances (gold support for recall, predicted support for precision)
     * @param oppose     the same, of oppose stances
     * @param targetOnly polarity and target right, whatever the holder
     */
    public record Result(Counts all, Counts support, Counts oppose, Counts targetOnly, List<Error> errors) {
    }

    public static Result score(List<Stance> gold, List<Stance> predicted) {
        Map<String, List<Stance>> goldByDoc = byDoc(gold);
        Map<String, List<Stance>> predByDoc = byDoc(predicted);
        List<String> docs = new ArrayList<>(goldByDoc.keySet());
        predByDoc.keySet().stream().filter(d -> !goldByDoc.containsKey(d)).forEach(docs::add);
        Counts support = Counts.ZERO;
        Counts oppose = Counts.ZERO;
        Counts targetOnly = Counts.ZERO;
        List<Error> errors = new ArrayList<>();
        for (String d : docs) {
            List<Stance> g = goldByDoc.getOrDefault(d, List.of());
            List<Stance> p = predByDoc.getOrDefault(d, List.of());
            int[] owner = matching(g, p, true);
            boolean[] goldMatched = new boolean[g.size()];
            for (int pi = 0; pi < p.size(); pi++) {
                if (owner[pi] >= 0) {
                    goldMatched[owner[pi]] = true;
                }
            }
            for (int gi = 0; gi < g.size(); gi++) {
                Counts c = new Counts(goldMatched[gi] ? 1 : 0, 0, goldMatched[gi] ? 0 : 1);
                if (g.get(gi).supports()) {
                    support = support.plus(c);
                } else {
                    oppose = oppose.plus(c);
                }
            }
            for (int pi = 0; pi < p.size(); pi++) {
                if (owner[pi] < 0) {
                    Counts c = new Counts(0, 1, 0);
                    if (p.get(pi).supports()) {
                        support = support.plus(c);
                    } else {
                        oppose = oppose.plus(c);
                    }
                }
            }
            long loose = Arrays.stream(matching(g, p, false)).filter(o -> o >= 0).count();
            targetOnly = targetOnly.plus(new Counts(loose, p.size() - loose, g.size() - loose));
            List<Stance> missed = new ArrayList<>();
            List<Stance> spurious = new ArrayList<>();
            for (int gi = 0; gi < g.size(); gi++) {
                if (!goldMatched[gi]) {
                    missed.add(g.get(gi));
                }
            }
            for (int pi = 0; pi < p.size(); pi++) {
                if (owner[pi] < 0) {
                    spurious.add(p.get(pi));
                }
            }
            missed.forEach(s -> errors.add(new Error(Mistake.MISSED, s, counterpart(s, spurious))));
            spurious.forEach(s -> errors.add(new Error(Mistake.SPURIOUS, s, counterpart(s, missed))));
        }
        errors.sort(Comparator.comparing((Error e) -> e.stance().doc())
                .thenComparing(e -> e.stance().sentence())
                .thenComparing(e -> e.mistake()));
        return new Result(support.plus(oppose), support, oppose, targetOnly, List.copyOf(errors));
    }

    static boolean matches(Stance gold, Stance pred, boolean holder) {
        if (gold.supports() != pred.supports() || !gold.doc().equals(pred.doc())) {
            return false;
        }
        if (gold.heads().stream().noneMatch(pred.target()::overlaps)
                || pred.heads().stream().noneMatch(gold.target()::overlaps)) {
            return false;
        }
        return !holder || gold.holder() == null
                || pred.holder() != null && (gold.holderPronoun() || pred.holder().overlaps(gold.holder()));
    }

    private static Stance counterpart(Stance s, List<Stance> others) {
        for (Stance o : others) {
            if (o.sentence().overlaps(s.sentence()) && (o.target().overlaps(s.target())
                    || o.holder() != null && s.holder() != null && o.holder().overlaps(s.holder()))) {
                return o;
            }
        }
        return null;
    }

    private static Map<String, List<Stance>> byDoc(List<Stance> stances) {
        Map<String, List<Stance>> out = new LinkedHashMap<>();
        for (Stance s : stances) {
            out.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /** For each prediction, the gold stance a maximum matching pairs it with, or -1 (Kuhn's augmenting paths). */
    private static int[] matching(List<Stance> gold, List<Stance> pred, boolean holder) {
        int[] owner = new int[pred.size()];
        Arrays.fill(owner, -1);
        for (int gi = 0; gi < gold.size(); gi++) {
            augment(gi, gold, pred, owner, new boolean[pred.size()], holder);
        }
        return owner;
    }

    private static boolean augment(int gi, List<Stance> gold, List<Stance> pred, int[] owner, boolean[] seen,
                                   boolean holder) {
        for (int pi = 0; pi < pred.size(); pi++) {
            if (!seen[pi] && matches(gold.get(gi), pred.get(pi), holder)) {
                seen[pi] = true;
                if (owner[pi] < 0 || augment(owner[pi], gold, pred, owner, seen, holder)) {
                    owner[pi] = gi;
                    return true;
                }
            }
        }
        return false;
    }
}
