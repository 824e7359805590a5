package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.extract.facts.StanceTraining;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.CharSpan;

/**
 * The hand-annotated Wikinews stance articles ({@code src/training/stances}, offsets into the corpus beside the
 * repository), read into documents for {@code train-stances} and {@code eval stances}. The held-out file is never
 * training data: {@link #checkNotHeldOut} refuses any article of it.
 */
final class StanceAnnotations {

    static final String TRAINING = "src/training/stances/wikinews-stances.jsonl";
    static final String HELDOUT = "src/training/stances/wikinews-stances-heldout.jsonl";

    /** One annotated article: its id, text, and document with the annotated stances. */
    record Loaded(String id, String text, StanceTraining.Annotated annotated) {
    }

    private StanceAnnotations() {
    }

    /** The ids of an annotation file. */
    static Set<String> ids(Path annotations) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(annotations, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).get("id").asText());
            }
        }
        return out;
    }

    /** A user error when training would see an article of the held-out stance set. */
    static void checkNotHeldOut(Path annotations, Path heldOut) throws IOException {
        if (!Files.isRegularFile(heldOut)) {
            return;
        }
        if (Files.isSameFile(annotations, heldOut)) {
            throw new Main.UserError(annotations + " is the held-out stance set: it is for eval stances only, never "
                    + "for training");
        }
        Set<String> held = ids(heldOut);
        for (String id : ids(annotations)) {
            if (held.contains(id)) {
                throw new Main.UserError(id + " of " + annotations + " is in the held-out stance set " + heldOut
                        + ": it is for eval stances only, never for training");
            }
        }
    }

    static List<Loaded> read(Path annotations, Path corpus) throws IOException {
        for (Path p : List.of(annotations, corpus)) {
            if (!Files.isRegularFile(p)) {
                throw new Main.UserError(p + " not found (run from the repository with ../shared beside it)");
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> wanted = new LinkedHashMap<>();
        for (String line : Files.readAllLines(annotations, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                wanted.put(n.get("id").asText(), n);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                if (wanted.containsKey(n.path("id").asText())) {
                    texts.put(n.get("id").asText(), n.get("text").asText());
                }
            }
        }
        ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
        List<Loaded> out = new ArrayList<>();
        for (JsonNode a : wanted.values()) {
            String id = a.get("id").asText();
            String text = texts.get(id);
            if (text == null) {
                throw new Main.UserError(id + " is not in " + corpus);
            }
            String sha = com.google.common.hash.Hashing.sha1().hashString(text, StandardCharsets.UTF_8).toString();
            if (!sha.startsWith(a.get("sha1").asText())) {
                throw new Main.UserError(id + ": the corpus text differs from the annotated one");
            }
            // an article the corpus gives no date ("NA") is its own group of the cross-validation, year 0
            LocalDate date = a.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? LocalDate.parse(a.get("date").asText()) : null;
            FactDocument doc = new FactDocument(pipeline.extract(new Article(id, null, text, null, date, null,
                    corpus.toString())), Registry.bundled(), Nlp4j.shared(), new TimeNormalizer());
            List<CharSpan> read = new ArrayList<>();
            a.get("read").forEach(r -> read.add(span(text, r)));
            List<StanceTraining.GoldStance> stances = new ArrayList<>();
            for (JsonNode s : a.get("stances")) {
                stances.add(new StanceTraining.GoldStance(s.hasNonNull("holder") ? span(text, s.get("holder")) : null,
                        span(text, s.get("cue")), span(text, s.get("target")),
                        s.get("polarity").asText().equals("support") ? StanceFact.Polarity.SUPPORTS
                                : StanceFact.Polarity.OPPOSES, s.path("negated").asBoolean(false)));
            }
            out.add(new Loaded(id, text, new StanceTraining.Annotated(doc, date == null ? 0 : date.getYear(), read,
                    stances)));
        }
        return out;
    }

    /** Annotation offsets count code points (as Python does); the text's Java indices count UTF-16 units. */
    static CharSpan span(String text, JsonNode pair) {
        return new CharSpan(text.offsetByCodePoints(0, pair.get(0).asInt()),
                text.offsetByCodePoints(0, pair.get(1).asInt()));
    }
}
