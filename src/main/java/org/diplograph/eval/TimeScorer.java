package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.extract.time.TimeValue;

/**
 * Time expressions against MEANTIME's TIMEX3 gold: does the normaliser find the dates and times the annotators marked
 * (recall, any overlap), does it mark things that are no time expression (precision), and is the value it gives the
 * gold's value at the gold's precision (value accuracy).
 *
 * <p>Scored gold: TIMEX3 of type DATE or TIME, except the creation time. The creation time is the dateline, which the
 * pipeline reads as the anchor and does not extract as an event date, so finding it would only flatter recall; a
 * prediction on it is neither counted nor spurious. Durations and sets are not what the normaliser is for, but they
 * are time expressions, so a prediction that overlaps one is not spurious either. Predictions are counted only inside
 * the region MEANTIME annotated in full ({@link EvalDoc#annotated}), since further down a missing gold timex proves
 * nothing.
 *
 * <p>Values. A gold value reads as a calendar value when it starts with a year: "2009-12-15T18:00Z" is compared as the
 * day, "2006-Q4" as the year, "2011-06-XX" as the month. A prediction is CORRECT when, cut to the gold's precision,
 * it equals the gold; COARSER when it is a true but less precise value ("2006" for "2006-10"); WRONG otherwise; NONE
 * when it found the expression and gave no value. Gold values such as PAST_REF or XXXX-XX-XX have no calendar value:
 * a value given there is INVENTED, the one mistake the normaliser must never make.
 */
public final class TimeScorer {

    static final Set<String> SCORED_TYPES = Set.of("DATE", "TIME");
    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** A gold TIMEX3: type DATE, TIME, DURATION or SET; value as annotated; creation marks the document's own date. */
    public record GoldTimex(String docId, Span span, String type, String value, boolean creation) {
        public GoldTimex {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(type, "type");
        }

        boolean scored() {
            return !creation && SCORED_TYPES.contains(type);
        }
    }

    /** How a found gold expression's value compares with the gold value. */
    public enum Verdict { CORRECT, COARSER, WRONG, NONE, INVENTED, RIGHTLY_NONE }

    /** The gold of one corpus: documents (text, anchor date, annotated region) and their time expressions. */
    public record TimeGold(String corpus, List<EvalDoc> docs, List<GoldTimex> timexes) {
        public TimeGold {
            docs = List.copyOf(docs);
            timexes = List.copyOf(timexes);
        }

        public TimeGold restrict(Split split) {
            return new TimeGold(corpus, docs.stream().filter(d -> split.includes(corpus, d.id())).toList(),
                    timexes.stream().filter(t -> split.includes(corpus, t.docId())).toList());
        }
    }

    /**
     * One scored gold expression and what the normaliser made of it; {@code found} is null when it was missed,
     * {@code verdict} when it was missed or the gold has no value to judge by.
     */
    public record Judgement(EvalDoc doc, GoldTimex gold, TimeValue found, Verdict verdict) {
    }

    /**
     * @param gold       scored gold expressions; {@code found} of them overlapped by a prediction
     * @param predicted  predictions inside the annotated region, {@code spurious} of them overlapping no gold timex
     * @param verdicts   counts per {@link Verdict} over the found gold
     */
    public record Result(int gold, int found, int predicted, int spurious, Map<Verdict, Integer> verdicts,
                         List<Judgement> judgements, List<Judgement> spuriousPredictions) {
        public Result {
            verdicts = Map.copyOf(verdicts);
            judgements = List.copyOf(judgements);
            spuriousPredictions = List.copyOf(spuriousPredictions);
        }

        public double recall() {
            return Counts.ratio(found, gold);
        }

        public double precision() {
            return Counts.ratio(predicted - spurious, predicted);
        }

        public int count(Verdict v) {
            return verdicts.getOrDefault(v, 0);
        }

        /** Correct values among the found gold expressions that have a calendar value. */
        public double valueAccuracy() {
            return Counts.ratio(count(Verdict.CORRECT),
                    count(Verdict.CORRECT) + count(Verdict.COARSER) + count(Verdict.WRONG) + count(Verdict.NONE));
        }

        /** Correct values among all gold expressions that have a calendar value, found or not: the end-to-end figure. */
        public double valueRecall() {
            long withValue = judgements.stream().filter(j -> calendar(j.gold().value()) != null).count();
            return Counts.ratio(count(Verdict.CORRECT), withValue);
        }
    }

    public record Report(String corpus, Split split, int documents, Result result) {

        public String table() {
            Result r = result;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Time  %s  split=%s  documents=%d  (TIMEX3 DATE+TIME, creation "
                    + "time left out; spans overlap)%n", corpus, split, documents));
            sb.append(String.format(Locale.ROOT, "recall          %.3f  (%d of %d gold found)%n", r.recall(), r.found(),
                    r.gold()));
            sb.append(String.format(Locale.ROOT, "precision       %.3f  (%d of %d predictions overlap no gold timex)%n",
                    r.precision(), r.spurious(), r.predicted()));
            sb.append(String.format(Locale.ROOT, "value accuracy  %.3f  (correct among found gold with a calendar "
                    + "value)%n", r.valueAccuracy()));
            sb.append(String.format(Locale.ROOT, "value recall    %.3f  (correct among all gold with a calendar "
                    + "value)%n", r.valueRecall()));
            if (r.judgements().stream().noneMatch(j -> calendar(j.gold().value()) != null)) {
                sb.append("(this gold has no values: the value figures are empty)\n");
            }
            sb.append("found gold by value:");
            for (Verdict v : Verdict.values()) {
                sb.append(' ').append(v.name().toLowerCase(Locale.ROOT)).append('=').append(r.count(v));
            }
            return sb.append('\n').toString();
        }

        /** One line per mistake: document, start, end, gold value, what was found and its value, verdict. */
        public List<String> errors() {
            List<String> lines = new ArrayList<>();
            for (Judgement j : result.judgements()) {
                if (j.found() == null) {
                    lines.add(line(j.doc(), j.gold().span(), j.gold().value(), null, "MISSED"));
                } else if (j.verdict() != null && j.verdict() != Verdict.CORRECT && j.verdict() != Verdict.RIGHTLY_NONE) {
                    lines.add(line(j.doc(), j.gold().span(), j.gold().value(), j.found(), j.verdict().name()));
                }
            }
            for (Judgement j : result.spuriousPredictions()) {
                lines.add(line(j.doc(), span(j.found()), "", j.found(), "SPURIOUS"));
            }
            return lines;
        }

        private static String line(EvalDoc d, Span s, String goldValue, TimeValue found, String mistake) {
            return String.join("\t", d.id(), d.date() == null ? "" : d.date(), String.valueOf(s.start()),
                    String.valueOf(s.end()), oneLine(d.text().substring(s.start(), s.end())),
                    goldValue == null ? "" : goldValue,
                    found == null ? "" : oneLine(found.expression()),
                    found == null || found.value() == null ? "" : found.value(), mistake);
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }

    private TimeScorer() {
    }

    /**
     * MEANTIME's documents and TIMEX3 mentions. A document without {@code dct} is anchored on its creation-time
     * timex, which is what the pipeline does with a dateline when the page gives no date.
     */
    public static TimeGold readMeantime(Path file) throws IOException {
        Map<String, EvalDoc> regions = new HashMap<>();
        new MeantimeReader().read(file).docs().forEach(d -> regions.put(d.id(), d));
        List<EvalDoc> docs = new ArrayList<>();
        List<GoldTimex> timexes = new ArrayList<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id");
            String date = Jsonl.text(rec, "dct");
            for (JsonNode m : Jsonl.array(rec, "mentions")) {
                if (!"timex".equals(m.path("kind").asText())) {
                    continue;
                }
                JsonNode attrs = m.path("attrs");
                boolean creation = "CREATION_TIME".equals(attrs.path("functionInDocument").asText());
                String value = attrs.path("value").asText(null);
                timexes.add(new GoldTimex(id, new Span(m.path("start").asInt(), m.path("end").asInt()),
                        attrs.path("type").asText("DATE"), value, creation));
                if (date == null && creation && value != null && value.length() >= 10) {
                    date = value.substring(0, 10);
                }
            }
            EvalDoc region = regions.get(id);
            docs.add(new EvalDoc(id, region.text(), date, region.annotated()));
        });
        return new TimeGold(Corpus.MEANTIME.key(), docs, timexes);
    }

    /** ECB+ tags a time expression's kind ({@code TIME_DATE}, ...) but gives no value and no document date. */
    private static final Map<String, String> ECB_TYPES = Map.of("TIME_DATE", "DATE", "TIME_OF_THE_DAY", "TIME",
            "TIME_DURATION", "DURATION", "TIME_REPETITION", "SET");

    /**
     * ECB+'s documents and time mentions, for finding expressions only: it has no values and no publication dates,
     * so every expression is unanchored and value figures are empty. Its validated sentences are the annotated regions.
     */
    public static TimeGold readEcbPlus(Path file) throws IOException {
        List<EvalDoc> docs = new EcbPlusReader().read(file).docs();
        List<GoldTimex> timexes = new ArrayList<>();
        Jsonl.read(file, rec -> {
            String id = Jsonl.required(rec, "doc_id");
            for (JsonNode m : Jsonl.array(rec, "mentions")) {
                String type = ECB_TYPES.get(m.path("tag").asText());
                if (type != null) {
                    timexes.add(new GoldTimex(id, new Span(m.path("start").asInt(), m.path("end").asInt()), type,
                            null, false));
                }
            }
        });
        return new TimeGold(Corpus.ECBPLUS.key(), docs, timexes);
    }

    /** Runs the normaliser on every document of the gold, anchored on the document's date, and scores it. */
    public static Report evaluate(TimeGold gold, Split split, TimeNormalizer normalizer) {
        TimeGold g = gold.restrict(split);
        Map<String, List<TimeValue>> predictions = new HashMap<>();
        for (EvalDoc d : g.docs()) {
            predictions.put(d.id(), normalizer.find(d.text(), anchor(d)));
        }
        return new Report(g.corpus(), split, g.docs().size(), score(g, predictions));
    }

    static LocalDate anchor(EvalDoc d) {
        try {
            return d.date() == null ? null : LocalDate.parse(d.date().substring(0, Math.min(10, d.date().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Result score(TimeGold gold, Map<String, List<TimeValue>> predictions) {
        Map<String, List<GoldTimex>> byDoc = new HashMap<>();
        gold.timexes().forEach(t -> byDoc.computeIfAbsent(t.docId(), k -> new ArrayList<>()).add(t));
        int goldCount = 0;
        int found = 0;
        int predicted = 0;
        int spurious = 0;
        Map<Verdict, Integer> verdicts = new HashMap<>();
        List<Judgement> judgements = new ArrayList<>();
        List<Judgement> spuriousList = new ArrayList<>();
        for (EvalDoc d : gold.docs()) {
            List<GoldTimex> timexes = byDoc.getOrDefault(d.id(), List.of());
            List<TimeValue> preds = predictions.getOrDefault(d.id(), List.of());
            for (GoldTimex t : timexes) {
                if (!t.scored()) {
                    continue;
                }
                goldCount++;
                TimeValue best = bestOverlap(t.span(), preds);
                // A gold without values (ECB+) judges finding only
                Verdict v = best == null || t.value() == null ? null : verdict(t.value(), best.value());
                if (best != null) {
                    found++;
                }
                if (v != null) {
                    verdicts.merge(v, 1, Integer::sum);
                }
                judgements.add(new Judgement(d, t, best, v));
            }
            for (TimeValue p : preds) {
                Span ps = span(p);
                if (!d.isAnnotated(ps) || overlapsCreation(ps, timexes)) {
                    continue;
                }
                predicted++;
                if (timexes.stream().noneMatch(t -> t.span().overlaps(ps))) {
                    spurious++;
                    spuriousList.add(new Judgement(d, null, p, null));
                }
            }
        }
        return new Result(goldCount, found, predicted, spurious, verdicts, judgements, spuriousList);
    }

    private static boolean overlapsCreation(Span s, Collection<GoldTimex> timexes) {
        return timexes.stream().anyMatch(t -> t.creation() && t.span().overlaps(s));
    }

    private static TimeValue bestOverlap(Span gold, List<TimeValue> preds) {
        TimeValue best = null;
        int most = 0;
        for (TimeValue p : preds) {
            int o = gold.overlap(span(p));
            if (o > most) {
                most = o;
                best = p;
            }
        }
        return best;
    }

    private static Span span(TimeValue t) {
        return new Span(t.span().start(), t.span().end());
    }

    static Verdict verdict(String goldValue, String predictedValue) {
        String g = calendar(goldValue);
        if (g == null) {
            return predictedValue == null ? Verdict.RIGHTLY_NONE : Verdict.INVENTED;
        }
        if (predictedValue == null) {
            return Verdict.NONE;
        }
        if (predictedValue.length() >= g.length()) {
            return predictedValue.substring(0, g.length()).equals(g) ? Verdict.CORRECT : Verdict.WRONG;
        }
        return g.startsWith(predictedValue) ? Verdict.COARSER : Verdict.WRONG;
    }

    /** The calendar part of a TIMEX3 value, "2006-10-05", "2006-10" or "2006", or null when it has none. */
    static String calendar(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = CALENDAR.matcher(value);
        if (!m.find()) {
            return null;
        }
        return m.group(3) != null ? m.group(0) : m.group(2) != null ? m.group(1) + "-" + m.group(2) : m.group(1);
    }
}
