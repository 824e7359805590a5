package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Named-entity scoring by exact match: a prediction is right when its document, start, end and type all equal a gold
 * mention's (CoNLL convention; no credit for partial overlap). Gold and predictions are sets, so a duplicate line
 * neither earns nor costs twice. Besides per-type and micro-averaged figures it gives the untyped (span only) figure,
 * the PER+ORG+LOC figure the issue's targets are stated in, and the flat ceiling: the recall a tagger that never
 * predicts overlapping spans could at best reach when the gold nests names.
 */
public final class NerScorer {

    public static final Set<String> CORE = Set.of("PER", "ORG", "LOC");

    public record Result(SortedMap<String, Counts> byType, Counts micro, Counts core, Counts untyped,
                         double flatCeilingRecall) {
        public Result {
            byType = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byType));
        }
    }

    /**
     * {@code notNames}: gold mentions that no name finder is meant to find, pronouns and descriptions without a capital
     * letter (re3d marks "we", "the camp"); {@code nameCeilingRecall}: the recall a flat tagger that finds only names
     * could at best reach, so a target above it is a target for a mention detector, not a name finder.
     */
    public record Report(String corpus, Split split, Result result, Coverage coverage, Set<String> types,
                         int notNames, double nameCeilingRecall) {
    }

    /** Pronouns that may stand capitalised at the start of a sentence, so a capital letter does not make them names. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
            "this", "that", "these", "those", "who", "whom", "which", "itself", "himself", "herself", "themselves",
            "ourselves", "myself", "yourself");

    private NerScorer() {
    }

    public static Result score(Collection<EntitySpan> gold, Collection<EntitySpan> predicted) {
        Set<EntitySpan> g = new LinkedHashSet<>(gold);
        Set<EntitySpan> p = new LinkedHashSet<>(predicted);
        Set<String> types = new TreeSet<>();
        g.forEach(e -> types.add(e.type()));
        p.forEach(e -> types.add(e.type()));
        SortedMap<String, Counts> byType = new TreeMap<>();
        Counts micro = Counts.ZERO;
        Counts core = Counts.ZERO;
        for (String type : types) {
            Set<EntitySpan> gt = g.stream().filter(e -> e.type().equals(type)).collect(Collectors.toSet());
            Set<EntitySpan> pt = p.stream().filter(e -> e.type().equals(type)).collect(Collectors.toSet());
            long tp = pt.stream().filter(gt::contains).count();
            Counts c = new Counts(tp, pt.size() - tp, gt.size() - tp);
            byType.put(type, c);
            micro = micro.plus(c);
            if (CORE.contains(type)) {
                core = core.plus(c);
            }
        }
        Set<String> gs = g.stream().map(NerScorer::untyped).collect(Collectors.toSet());
        Set<String> ps = p.stream().map(NerScorer::untyped).collect(Collectors.toSet());
        long tp = ps.stream().filter(gs::contains).count();
        Counts untyped = new Counts(tp, ps.size() - tp, gs.size() - tp);
        return new Result(byType, micro, core, untyped, Counts.ratio(maxNonOverlapping(g), g.size()));
    }

    /**
     * Scores predictions against a corpus: predicted types are read with the corpus's conventions, predictions of
     * types it does not annotate are left out (and counted), and {@code onlyTypes}, when given, narrows both sides.
     */
    public static Report evaluate(Gold gold, Split split, Predictions predictions, Set<String> onlyTypes) {
        Judged j = judge(gold, predictions, onlyTypes);
        Set<EntitySpan> goldSet = new LinkedHashSet<>(j.gold());
        Set<EntitySpan> names = goldSet.stream().filter(e -> isName(j.text(e)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Report(gold.corpus(), split, score(j.gold(), j.predicted()), j.coverage(), j.types(),
                goldSet.size() - names.size(), Counts.ratio(maxNonOverlapping(names), goldSet.size()));
    }

    /** A name has a capital letter and is not a pronoun; "the camp" and "we" are mentions, not names. */
    static boolean isName(String text) {
        String t = text.strip();
        return t.chars().anyMatch(Character::isUpperCase) && !PRONOUNS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** Why a name was not scored right, for an analyst reading the mistakes rather than the totals. */
    public enum Mistake {
        /** Gold name with no prediction overlapping it. */
        MISSED,
        /** Prediction overlapping no gold name. */
        SPURIOUS,
        /** Same span as a gold name, another type. */
        WRONG_TYPE,
        /** Overlaps a gold name but the boundaries differ. */
        WRONG_SPAN
    }

    /**
     * One scoring mistake: the span, its text, and for WRONG_TYPE and WRONG_SPAN the other side's reading
     * ({@code counterpart}: type and text of the overlapping gold or predicted name).
     */
    public record Error(Mistake mistake, EntitySpan name, String text, String counterpart) {
    }

    /**
     * Every gold name not predicted exactly and every prediction not in the gold, by document then offset, judged
     * exactly as {@link #evaluate} judges them. A WRONG_TYPE or WRONG_SPAN pair is listed once, from the gold side;
     * a spurious prediction overlapping a gold name is listed from the gold side too.
     */
    public static List<Error> errors(Gold gold, Predictions predictions, Set<String> onlyTypes) {
        Judged j = judge(gold, predictions, onlyTypes);
        Set<EntitySpan> goldSet = new LinkedHashSet<>(j.gold());
        Set<EntitySpan> predictedSet = new LinkedHashSet<>(j.predicted());
        List<Error> errors = new ArrayList<>();
        Set<EntitySpan> explained = new HashSet<>();
        for (EntitySpan g : goldSet) {
            if (predictedSet.contains(g)) {
                continue;
            }
            EntitySpan sameSpan = null;
            EntitySpan overlapping = null;
            for (EntitySpan p : predictedSet) {
                if (!p.docId().equals(g.docId()) || goldSet.contains(p) || !p.span().overlaps(g.span())) {
                    continue;
                }
                if (p.span().equals(g.span())) {
                    sameSpan = p;
                } else if (overlapping == null) {
                    overlapping = p;
                }
            }
            EntitySpan other = sameSpan != null ? sameSpan : overlapping;
            Mistake mistake = sameSpan != null ? Mistake.WRONG_TYPE
                    : overlapping != null ? Mistake.WRONG_SPAN : Mistake.MISSED;
            if (other != null) {
                explained.add(other);
            }
            errors.add(new Error(mistake, g, j.text(g), other == null ? null : other.type() + " " + j.text(other)));
        }
        for (EntitySpan p : predictedSet) {
            if (!goldSet.contains(p) && !explained.contains(p)) {
                errors.add(new Error(Mistake.SPURIOUS, p, j.text(p), null));
            }
        }
        errors.sort(Comparator.comparing((Error e) -> e.name().docId()).thenComparing(e -> e.name().span()));
        return List.copyOf(errors);
    }

    private record Judged(List<EntitySpan> gold, List<EntitySpan> predicted, Coverage coverage, Set<String> types,
                          Map<String, EvalDoc> docs) {

        /** The characters a name covers in its document, or "" when the document or the offsets do not hold it. */
        String text(EntitySpan name) {
            EvalDoc doc = docs.get(name.docId());
            Span span = name.span();
            return doc == null || span.end() > doc.text().length() ? "" : doc.text().substring(span.start(), span.end());
        }
    }

    private static Judged judge(Gold gold, Predictions predictions, Set<String> onlyTypes) {
        Set<String> judged = onlyTypes == null ? gold.labels()
                : gold.labels().stream().filter(onlyTypes::contains).collect(Collectors.toSet());
        Map<String, Integer> ignored = new HashMap<>();
        List<EntitySpan> predicted = new ArrayList<>();
        int missing = 0;
        int mismatches = 0;
        int outside = 0;
        Map<String, EvalDoc> docs = new HashMap<>();
        for (EvalDoc doc : gold.docs()) {
            docs.put(doc.id(), doc);
            if (!predictions.has(doc.id())) {
                missing++;
            }
            for (PredictedMention m : predictions.mentionsOf(doc.id())) {
                if (!m.isEntity()) {
                    continue; // event triggers are not names
                }
                if (!textMatches(doc, m)) {
                    mismatches++;
                }
                if (!doc.isAnnotated(m.span())) {
                    outside++;
                    continue;
                }
                String type = gold.asCorpusLabel(m.type());
                if (judged.contains(type)) {
                    predicted.add(m.asEntitySpan().withType(type));
                } else if (!gold.labels().contains(type)) {
                    ignored.merge(m.type(), 1, Integer::sum);
                }
            }
        }
        List<EntitySpan> goldNames = gold.entities().stream()
                .filter(e -> judged.contains(e.type()))
                .filter(e -> docs.containsKey(e.docId()) && docs.get(e.docId()).isAnnotated(e.span()))
                .toList();
        return new Judged(goldNames, predicted, new Coverage(gold.docs().size(), missing, mismatches, ignored, outside),
                new TreeSet<>(judged), docs);
    }

    static boolean textMatches(EvalDoc doc, PredictedMention m) {
        if (m.text() == null) {
            return m.span().end() <= doc.text().length();
        }
        return m.span().end() <= doc.text().length()
                && doc.text().substring(m.span().start(), m.span().end()).equals(m.text());
    }

    private static String untyped(EntitySpan e) {
        return e.docId() + "@" + e.span();
    }

    /** The most gold spans a flat tagger can hit: per document, interval scheduling by earliest end (optimal). */
    private static long maxNonOverlapping(Set<EntitySpan> gold) {
        Map<String, Set<Span>> byDoc = new HashMap<>();
        gold.forEach(e -> byDoc.computeIfAbsent(e.docId(), k -> new TreeSet<>()).add(e.span()));
        long total = 0;
        for (Set<Span> spans : byDoc.values()) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(Span::end).thenComparingInt(Span::start));
            int lastEnd = Integer.MIN_VALUE;
            for (Span s : sorted) {
                if (s.start() >= lastEnd) {
                    total++;
                    lastEnd = s.end();
                }
            }
        }
        return total;
    }
}
