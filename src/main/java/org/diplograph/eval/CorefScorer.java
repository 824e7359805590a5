package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * End-to-end cross-document coreference: predicted mentions are first aligned to gold mentions, then MUC, B³ and
 * CEAF-e are computed over the whole split at once (clusters run across documents), and CoNLL F1 is their mean.
 *
 * <p>Alignment is by exact span by default (the reference scorer's rule); {@code OVERLAP} instead pairs each
 * predicted mention one-to-one with the overlapping gold mention it shares most characters with, for extractors
 * whose span conventions differ ("President Masum" vs "Masum"). An aligned prediction takes the gold mention's
 * identity; an unaligned one stays a response-only mention and costs precision; a gold mention nobody predicted
 * stays key-only and costs recall (MUC counts it as a part of its own). Only predictions inside the annotated
 * regions (ECB+: selected sentences) are scored, since nothing elsewhere is annotated. Predicted mentions without
 * an entity IRI are singletons. Entity and event coreference are scored apart: only predictions of the requested
 * kind (a mention's {@code kind}, "entity" when absent) meet the gold mentions of that kind.
 */
public final class CorefScorer {

    public enum Alignment { EXACT, OVERLAP;

        public static Alignment parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown alignment '" + s + "' (exact or overlap)");
            }
        }
    }

    public static final List<CorefMetric> METRICS = List.of(new Muc(), new BCubed(), new CeafE());

    /**
     * @param mentionDetection aligned mentions as true positives, response-only as false positives, key-only as
     *                         false negatives
     * @param metrics          MUC, B3, CEAF-e in that order
     */
    public record Result(Counts mentionDetection, int keyClusters, int responseClusters,
                         Map<String, CorefMetric.Score> metrics) {
        public Result {
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }

        /** CoNLL F1: the unweighted mean of the MUC, B³ and CEAF-e F1. */
        public double conllF1() {
            return metrics.values().stream().mapToDouble(CorefMetric.Score::f1).average().orElse(0);
        }
    }

    public record Report(String corpus, Split split, String kind, Alignment alignment, Result result,
                         Coverage coverage) {
    }

    private CorefScorer() {
    }

    /** Scores two partitions given directly as clusters of mention ids. */
    public static Result score(List<Set<String>> key, List<Set<String>> response) {
        Set<String> keyMentions = new LinkedHashSet<>();
        key.forEach(keyMentions::addAll);
        long aligned = response.stream().flatMap(Set::stream).filter(keyMentions::contains).count();
        long responseMentions = response.stream().mapToLong(Set::size).sum();
        Map<String, CorefMetric.Score> metrics = new LinkedHashMap<>();
        for (CorefMetric m : METRICS) {
            metrics.put(m.name(), m.score(key, response));
        }
        return new Result(new Counts(aligned, responseMentions - aligned, keyMentions.size() - aligned),
                key.size(), response.size(), metrics);
    }

    /** Key and response clusters from gold chains and predicted entity IRIs, aligned as {@code alignment} says. */
    public static Report evaluate(Gold gold, Split split, Predictions predictions, String kind, Alignment alignment) {
        Map<String, Set<String>> key = new LinkedHashMap<>();
        Map<String, List<CorefMention>> goldByDoc = new HashMap<>();
        for (CorefMention m : new LinkedHashSet<>(gold.coref())) {
            if (m.kind().equals(kind)) {
                goldByDoc.computeIfAbsent(m.docId(), d -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Set<String>> response = new LinkedHashMap<>();
        int missing = 0;
        int mismatches = 0;
        for (EvalDoc doc : gold.docs()) {
            List<CorefMention> goldMentions = goldByDoc.getOrDefault(doc.id(), List.of());
            Set<String> seenKey = new java.util.HashSet<>();
            for (CorefMention m : goldMentions) {
                // ECB+ never gives one span two chains; if a file did, the first wins so the key stays a partition
                if (seenKey.add(m.key())) {
                    key.computeIfAbsent(m.cluster(), c -> new LinkedHashSet<>()).add(m.key());
                }
            }
            if (!predictions.has(doc.id())) {
                missing++;
            }
            Map<Span, PredictedMention> predicted = new LinkedHashMap<>();
            for (PredictedMention p : predictions.mentionsOf(doc.id())) {
                if (!p.kind().equals(kind)) {
                    continue; // entity names and event triggers are scored apart, each against its own key
                }
                if (!NerScorer.textMatches(doc, p)) {
                    mismatches++;
                }
                if (doc.isAnnotated(p.span())) {
                    predicted.putIfAbsent(p.span(), p);
                }
            }
            Map<PredictedMention, String> ids = align(new ArrayList<>(predicted.values()), goldMentions, alignment);
            for (PredictedMention p : predicted.values()) {
                String cluster = p.entity() != null ? p.entity() : "singleton:" + p.docId() + "@" + p.span();
                response.computeIfAbsent(cluster, c -> new LinkedHashSet<>()).add(ids.get(p));
            }
        }
        Result result = score(new ArrayList<>(key.values()), new ArrayList<>(response.values()));
        return new Report(gold.corpus(), split, kind, alignment, result,
                new Coverage(gold.docs().size(), missing, mismatches, Map.of()));
    }

    /** Mention ids for the predictions of one document: the gold mention's key when aligned, else their own. */
    static Map<PredictedMention, String> align(List<PredictedMention> predicted, List<CorefMention> gold,
                                               Alignment alignment) {
        Map<PredictedMention, String> ids = new HashMap<>();
        Set<Span> taken = new java.util.HashSet<>();
        if (alignment == Alignment.EXACT) {
            Map<Span, CorefMention> bySpan = new HashMap<>();
            gold.forEach(g -> bySpan.putIfAbsent(g.span(), g));
            for (PredictedMention p : predicted) {
                CorefMention g = bySpan.get(p.span());
                if (g != null && taken.add(g.span())) {
                    ids.put(p, g.key());
                }
            }
        } else {
            record Pair(PredictedMention p, CorefMention g, int overlap, int lengthGap) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (PredictedMention p : predicted) {
                for (CorefMention g : gold) {
                    int o = p.span().overlap(g.span());
                    if (o > 0) {
                        int gap = Math.abs((p.span().end() - p.span().start()) - (g.span().end() - g.span().start()));
                        pairs.add(new Pair(p, g, o, gap));
                    }
                }
            }
            pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::lengthGap)
                    .thenComparing(x -> x.g().span()).thenComparing(x -> x.p().span()));
            for (Pair pair : pairs) {
                if (!ids.containsKey(pair.p()) && taken.add(pair.g().span())) {
                    ids.put(pair.p(), pair.g().key());
                }
            }
        }
        for (PredictedMention p : predicted) {
            ids.putIfAbsent(p, p.docId() + "@" + p.span() + "#predicted");
        }
        return ids;
    }
}
