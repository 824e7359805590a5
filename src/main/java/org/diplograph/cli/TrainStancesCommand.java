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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.Event;
import org.diplograph.extract.facts.ConceptLexicon;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.extract.facts.StanceModel;
import org.diplograph.extract.facts.StanceTraining;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.Nlp4jParser;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.CharSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-stances", mixinStandardHelpOptions = true,
        description = {"Maintainers: trains the stance models shipped in the jar (whether a word states support or",
                "opposition; which word names the target) on the Wikinews stance annotations, after",
                "cross-validating them one year of articles held out at a time."},
        footer = {"", "Example:", "  ./diplograph train-stances"})
final class TrainStancesCommand implements Callable<Integer> {

    @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "src/training/stances/wikinews-stances.jsonl",
            description = "Offsets-only stance annotations (default: ${DEFAULT-VALUE}).")
    Path annotations;

    @Option(names = "--corpus", paramLabel = "JSONL", defaultValue = AnnotatedNews.CORPUS,
            description = "The corpus they point into (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources",
            description = "Where the models go, under models/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-write", description = "Only cross-validate.")
    boolean noWrite;

    @Override
    public Integer call() throws IOException {
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
        ConceptLexicon concepts = ConceptLexicon.bundled();
        StanceTraining training = new StanceTraining(concepts);
        List<StanceTraining.Annotated> all = new ArrayList<>();
        List<StanceTraining.Events> events = new ArrayList<>();
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
            LocalDate date = LocalDate.parse(a.get("date").asText());
            FactDocument doc = new FactDocument(pipeline.extract(new Article(id, null, text, null, date, null,
                    corpus.toString())), Registry.bundled(), Nlp4jParser.shared(), new TimeNormalizer());
            List<CharSpan> read = new ArrayList<>();
            a.get("read").forEach(r -> read.add(span(text, r)));
            List<StanceTraining.GoldStance> stances = new ArrayList<>();
            for (JsonNode s : a.get("stances")) {
                stances.add(new StanceTraining.GoldStance(s.hasNonNull("holder") ? span(text, s.get("holder")) : null,
                        span(text, s.get("cue")), span(text, s.get("target")),
                        s.get("polarity").asText().equals("support") ? StanceFact.Polarity.SUPPORTS
                                : StanceFact.Polarity.OPPOSES, s.path("negated").asBoolean(false)));
            }
            StanceTraining.Annotated an = new StanceTraining.Annotated(doc, date.getYear(), read, stances);
            all.add(an);
            events.add(training.events(an));
        }
        System.out.println("articles " + all.size() + ", stances " + all.stream().mapToInt(x -> x.stances().size()).sum()
                + ", cue events " + events.stream().mapToInt(e -> e.cues().size()).sum()
                + ", target events " + events.stream().mapToInt(e -> e.targets().size()).sum());
        System.out.println("held out   cue-gold found right predicted  cue-P  cue-R  target-n target-acc  list-P list-R");
        for (Map.Entry<String, StanceTraining.Score> e : training.crossValidate(all, events).entrySet()) {
            StanceTraining.Score s = e.getValue();
            System.out.printf("%-9s %9d %5d %5d %9d  %.3f  %.3f  %8d %.3f       %.3f  %.3f%n", e.getKey(), s.cueGold(),
                    s.cueFound(), s.cueRight(), s.cuePredicted(), s.cuePrecision(), s.cueRecall(), s.targetGold(),
                    s.targetAccuracy(), s.listPrecision(), s.listRecall());
        }
        if (!noWrite) {
            List<Event> cues = new ArrayList<>();
            List<Event> targets = new ArrayList<>();
            events.forEach(e -> {
                cues.addAll(e.cues());
                targets.addAll(e.targets());
            });
            StanceTraining.write(StanceTraining.train(cues), out.resolve(StanceModel.CUE_MODEL));
            StanceTraining.write(StanceTraining.train(targets), out.resolve(StanceModel.TARGET_MODEL));
            System.out.println("wrote " + out.resolve(StanceModel.CUE_MODEL) + " and " + out.resolve(StanceModel.TARGET_MODEL));
        }
        return Main.OK;
    }

    /** Annotation offsets count code points (as Python does); the text's Java indices count UTF-16 units. */
    private static CharSpan span(String text, JsonNode pair) {
        return new CharSpan(text.offsetByCodePoints(0, pair.get(0).asInt()), text.offsetByCodePoints(0, pair.get(1).asInt()));
    }
}
