package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.vocab.DataFiles;

/**
 * Typed events against RAMS 1.0 (one annotated event per five-sentence news window): for the six families analysts
 * track most (resources/eval/rams-families.tsv), the share of windows whose event the extractor reports with a trigger
 * overlapping the gold trigger (recall), the share reported anywhere in the window, and whether the events found have a
 * CAMEO root that fits the family. The split holds out whole sources (the address's host), not windows.
 */
public final class EventScorer {

    /** A family: the RAMS types it covers, our classes, the CAMEO roots that fit. */
    public record Family(String name, List<String> ramsPrefixes, List<String> classes, List<String> cameoRoots) {
        public boolean covers(String ramsType) {
            return ramsPrefixes.stream().anyMatch(ramsType::startsWith);
        }

        boolean has(EventFact e) {
            return classes.contains(e.kind().ontologyClass());
        }
    }

    /** A word the extractor reads as a trigger of one of our classes, before roles, modality and actors are asked for. */
    public record Decision(String ontologyClass, int start, int end) {
    }

    /** What the extractor makes of one window: its events, and its trigger decisions. */
    public record Found(List<EventFact> events, List<Decision> decisions) {
    }

    /** One gold window. */
    public record Window(String id, String source, String text, String type, int triggerStart, int triggerEnd,
                         String triggerText) {
    }

    /**
     * Per family: windows, found at the trigger, found in the window, how many found events fit the CAMEO roots, and
     * windows whose gold trigger the trigger decision reads as a class of the family.
     */
    public record Row(String family, int windows, int atTrigger, int inWindow, int found, int cameoFits,
                      int decided, int inScope, int inScopeAtTrigger, int outOfScopeKept) {
        double recall() {
            return windows == 0 ? 0 : (double) atTrigger / windows;
        }

        /** Recall at the trigger on the windows that report what the contract asks the graph to hold (category A). */
        double inScopeRecall() {
            return inScope == 0 ? 0 : (double) inScopeAtTrigger / inScope;
        }
    }

    public record Report(Split split, List<Row> rows, List<String> errors) {
        public Row total() {
            int w = 0, t = 0, in = 0, f = 0, c = 0, d = 0, a = 0, at = 0, out = 0;
            for (Row r : rows) {
                w += r.windows();
                t += r.atTrigger();
                in += r.inWindow();
                f += r.found();
                c += r.cameoFits();
                d += r.decided();
                a += r.inScope();
                at += r.inScopeAtTrigger();
                out += r.outOfScopeKept();
            }
            return new Row("all six", w, t, in, f, c, d, a, at, out);
        }

        public String table() {
            StringBuilder sb = new StringBuilder("RAMS windows of the six families, split " + split + "\n");
            sb.append(String.format(Locale.ROOT, "%-10s %7s %9s %8s %9s %8s %9s %9s %9s%n", "family", "windows",
                    "recall", "window", "found", "cameo", "decision", "A recall", "E/F kept"));
            List<Row> all = new ArrayList<>(rows);
            all.add(total());
            for (Row r : all) {
                sb.append(String.format(Locale.ROOT, "%-10s %7d %9.3f %8.3f %9d %8.3f %9.3f %4d/%-4d %9d%n",
                        r.family(), r.windows(), r.recall(), r.windows() == 0 ? 0 : (double) r.inWindow() / r.windows(),
                        r.found(), r.found() == 0 ? 0 : (double) r.cameoFits() / r.found(),
                        r.windows() == 0 ? 0 : (double) r.decided() / r.windows(), r.inScopeAtTrigger(), r.inScope(),
                        r.outOfScopeKept()));
            }
            sb.append("recall: an event of the family whose trigger overlaps the gold trigger; window: anywhere in the "
                    + "window; cameo: share of those events whose CAMEO root fits the family; decision: the gold "
                    + "trigger read as a trigger of the family, whether or not the event is kept (a kept event needs a "
                    + "named actor, or a place for an incident); A recall: kept at the trigger, of the windows that "
                    + "report a specific event with something named in its sentence (eval/rams-scope.tsv, category "
                    + "A); E/F kept: windows outside the families' political sense or naming no event where an event "
                    + "is kept at the trigger (should be 0)\n");
            return sb.toString();
        }
    }

    private EventScorer() {
    }

    public static List<Family> families() {
        List<Family> out = new ArrayList<>();
        for (String[] c : DataFiles.rows("eval/rams-families.tsv", 4)) {
            out.add(new Family(c[0], Arrays.asList(c[1].split(",")), Arrays.asList(c[2].split(",")),
                    Arrays.asList(c[3].split(","))));
        }
        return out;
    }

    public static List<Window> readRams(Path file) throws IOException {
        List<Window> out = new ArrayList<>();
        Jsonl.read(file, (JsonNode n) -> {
            JsonNode t = n.get("trigger");
            out.add(new Window(n.get("doc_key").asText(), host(n.path("source_url").asText("")), n.get("text").asText(),
                    n.get("event_type").asText(), t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText()));
        });
        return out;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? url : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The hand-read category (A-F, see the file) of each window of the six families: doc_key|family|trigger. */
    public static Map<String, Character> scope() {
        Map<String, Character> out = new java.util.HashMap<>();
        for (String[] c : DataFiles.rows("eval/rams-scope.tsv", 4)) {
            out.put(scopeKey(c[0], c[1], c[2]), c[3].charAt(0));
        }
        return out;
    }

    static String scopeKey(String id, String family, String trigger) {
        return id + "|" + family + "|" + trigger;
    }

    public static Report evaluate(List<Window> windows, Split split, Function<String, Found> extractor) {
        return evaluate(windows, split, scope(), extractor);
    }

    static Report evaluate(List<Window> windows, Split split, Map<String, Character> scope,
                           Function<String, Found> extractor) {
        List<Family> families = families();
        Map<String, int[]> counts = new LinkedHashMap<>();
        families.forEach(f -> counts.put(f.name(), new int[9]));
        List<String> errors = new ArrayList<>();
        for (Window w : windows) {
            if (!split.includes("rams", w.source())) {
                continue;
            }
            Family fam = families.stream().filter(f -> f.covers(w.type())).findFirst().orElse(null);
            if (fam == null) {
                continue;
            }
            Found found = extractor.apply(w.text());
            List<EventFact> events = found.events().stream().filter(fam::has).toList();
            int[] c = counts.get(fam.name());
            c[0]++;
            if (found.decisions().stream().anyMatch(d -> fam.classes().contains(d.ontologyClass())
                    && d.start() < w.triggerEnd() && d.end() > w.triggerStart())) {
                c[5]++;
            }
            boolean atTrigger = events.stream().anyMatch(e -> e.triggers().stream()
                    .anyMatch(s -> s.start() < w.triggerEnd() && s.end() > w.triggerStart()));
            if (atTrigger) {
                c[1]++;
            }
            char category = scope.getOrDefault(scopeKey(w.id(), fam.name(), w.triggerText()), '?');
            if (category == 'A') {
                c[6]++;
                c[7] += atTrigger ? 1 : 0;
            } else if ((category == 'E' || category == 'F') && atTrigger) {
                c[8]++;
            }
            if (!events.isEmpty()) {
                c[2]++;
            }
            for (EventFact e : events) {
                c[3]++;
                if (e.kind().cameo() != null && fam.cameoRoots().contains(e.kind().cameo().substring(0, 2))) {
                    c[4]++;
                }
            }
            if (!atTrigger) {
                errors.add(String.join("\t", w.id(), fam.name(), w.type(), w.triggerText(),
                        events.isEmpty() ? "none in window" : "elsewhere: " + events.stream()
                                .map(e -> e.kind().ontologyClass()).toList(),
                        sentenceOf(w.text(), w.triggerStart())));
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((f, c) -> rows.add(new Row(f, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])));
        return new Report(split, rows, errors);
    }

    /**
     * The held-out articles of the project's event annotation: positions 101-140 of its sampled order, annotated by a
     * second annotator after the learned trigger decision was first trained and never trained on since. Every other
     * annotated article is development data.
     */
    public static <T> List<T> heldOutAnnotated(List<T> articles) {
        return articles.subList(Math.min(HELD_OUT_FROM, articles.size()), Math.min(HELD_OUT_TO, articles.size()));
    }

    /** The annotated articles outside {@link #heldOutAnnotated}, in order. */
    public static <T> List<T> developmentAnnotated(List<T> articles) {
        List<T> out = new ArrayList<>(articles.subList(0, Math.min(HELD_OUT_FROM, articles.size())));
        out.addAll(articles.subList(Math.min(HELD_OUT_TO, articles.size()), articles.size()));
        return out;
    }

    private static final int HELD_OUT_FROM = 100;
    private static final int HELD_OUT_TO = 140;

    /** One article of the project's own event annotations: its text, date and gold triggers with their types. */
    public record AnnotatedArticle(String id, String text, java.time.LocalDate date, List<GoldTrigger> events) {
    }

    public record GoldTrigger(int start, int end, String type, String modality, List<GoldArgument> args) {
    }

    /** A span the annotation gives an event, with its role (source, target, attendee, place, time). */
    public record GoldArgument(int start, int end, String role) {
    }

    /** Reads the offsets-only annotations and takes each article's text from the corpus (checked by its SHA-1). */
    public static List<AnnotatedArticle> readAnnotated(Path annotations, Path corpus) throws IOException {
        Map<String, JsonNode> wanted = new LinkedHashMap<>();
        Jsonl.read(annotations, n -> wanted.put(n.get("id").asText(), n));
        Map<String, AnnotatedArticle> found = new LinkedHashMap<>();
        Jsonl.read(corpus, n -> {
            JsonNode a = wanted.get(n.path("id").asText());
            if (a == null || !n.hasNonNull("text")) {
                return;
            }
            String text = n.get("text").asText();
            String sha = com.google.common.hash.Hashing.sha1().hashString(text, StandardCharsets.UTF_8).toString();
            if (!sha.startsWith(a.get("sha1").asText())) {
                throw new IOException(a.get("id").asText() + ": the corpus text differs from the annotated one");
            }
            List<GoldTrigger> events = new ArrayList<>();
            for (JsonNode e : a.get("events")) {
                List<GoldArgument> args = new ArrayList<>();
                for (JsonNode x : e.path("args")) {
                    args.add(new GoldArgument(x.get(0).asInt(), x.get(1).asInt(), x.get(2).asText()));
                }
                events.add(new GoldTrigger(e.get("trigger").get(0).asInt(), e.get("trigger").get(1).asInt(),
                        e.get("type").asText(), e.get("modality").asText(), List.copyOf(args)));
            }
            String date = n.path("date").asText("");
            found.put(a.get("id").asText(), new AnnotatedArticle(a.get("id").asText(), text,
                    date.length() < 10 ? null : java.time.LocalDate.parse(date.substring(0, 10)), events));
        });
        List<AnnotatedArticle> out = new ArrayList<>();
        for (String id : wanted.keySet()) {
            if (found.containsKey(id)) {
                out.add(found.get(id));
            }
        }
        return out;
    }

    /**
     * Trigger-level scores on the annotated articles: recall of the typed gold triggers (an event of a fitting class
     * whose trigger overlaps), precision of our triggers (overlapping any gold trigger), and modality agreement.
     */
    public static AnnotatedReport evaluateAnnotated(List<AnnotatedArticle> articles,
            java.util.function.BiFunction<String, AnnotatedArticle, Found> extractor) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (String[] c : DataFiles.rows("eval/wikinews-event-types.tsv", 2)) {
            classes.put(c[0], Arrays.asList(c[1].split(",")));
        }
        Map<String, int[]> perType = new java.util.TreeMap<>();
        int predicted = 0, predictedOk = 0, modalityMatched = 0, modalitySame = 0;
        List<String> errors = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Found found = extractor.apply(a.text(), a);
            List<EventFact> events = found.events();
            for (GoldTrigger g : a.events()) {
                List<String> fit = classes.get(g.type());
                if (fit == null) {
                    continue;
                }
                int[] c = perType.computeIfAbsent(g.type(), k -> new int[2]);
                c[0]++;
                EventFact hit = events.stream().filter(e -> fit.contains(e.kind().ontologyClass()) && e.triggers()
                        .stream().anyMatch(t -> t.start() < g.end() && t.end() > g.start())).findFirst().orElse(null);
                if (hit != null) {
                    c[1]++;
                    modalityMatched++;
                    if (hit.modality().name().equalsIgnoreCase(g.modality())) {
                        modalitySame++;
                    }
                } else {
                    List<String> there = events.stream().filter(e -> e.triggers().stream()
                            .anyMatch(t -> t.start() < g.end() && t.end() > g.start()))
                            .map(e -> e.kind().ontologyClass()).toList();
                    List<String> decided = found.decisions().stream()
                            .filter(d -> d.start() < g.end() && d.end() > g.start())
                            .map(Decision::ontologyClass).toList();
                    errors.add(String.join("\t", a.id(), "missed", g.type(), a.text().substring(g.start(), g.end()),
                            !there.isEmpty() ? "at trigger: " + there
                                    : decided.isEmpty() ? "no trigger" : "trigger " + decided + " dropped",
                            around(a.text(), g.start(), g.end())));
                }
            }
            for (EventFact e : events) {
                for (var t : e.triggers()) {
                    predicted++;
                    if (a.events().stream().anyMatch(g -> t.start() < g.end() && t.end() > g.start())) {
                        predictedOk++;
                    } else {
                        errors.add(String.join("\t", a.id(), "spurious", e.kind().ontologyClass(),
                                a.text().substring(t.start(), t.end()), e.modality().name(),
                                around(a.text(), t.start(), t.end())));
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s %6s %7s%n", "type", "gold", "recall"));
        int gold = 0, hit = 0;
        for (var e : perType.entrySet()) {
            gold += e.getValue()[0];
            hit += e.getValue()[1];
            sb.append(String.format(Locale.ROOT, "%-10s %6d %7.3f%n", e.getKey(), e.getValue()[0],
                    (double) e.getValue()[1] / e.getValue()[0]));
        }
        double rec = gold == 0 ? 0 : (double) hit / gold;
        double prec = predicted == 0 ? 0 : (double) predictedOk / predicted;
        sb.append(String.format(Locale.ROOT, "%-10s %6d %7.3f%n", "all typed", gold, rec));
        sb.append(String.format(Locale.ROOT, "trigger precision %.3f (%d of %d of our triggers on a gold trigger), "
                + "F1 %.3f; modality agrees for %d of %d found%n", prec, predictedOk, predicted,
                rec + prec == 0 ? 0 : 2 * rec * prec / (rec + prec), modalitySame, modalityMatched));
        return new AnnotatedReport(sb.toString(), errors);
    }

    /** The table of {@link #evaluateAnnotated} and one TSV line per missed gold trigger and spurious trigger. */
    public record AnnotatedReport(String table, List<String> errors) {
    }

    /** The trigger in brackets with 120 characters either side, on one line. */
    private static String around(String text, int start, int end) {
        return (text.substring(Math.max(0, start - 120), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 120))).replaceAll("\\s+", " ");
    }

    private static String sentenceOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = text.indexOf('\n', offset);
        return text.substring(start, end < 0 ? text.length() : end).replace('\t', ' ');
    }
}
