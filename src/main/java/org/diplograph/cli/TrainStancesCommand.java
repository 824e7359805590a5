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
import org.diplograph.nlp.Nlp4j;
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

    @Option(names = "--annotations", paramLabel = "FILE", defaultValue = StanceAnnotations.TRAINING,
            description = "Offsets-only stance annotations (default: ${DEFAULT-VALUE}).")
    Path annotations;

    @Option(names = "--corpus", paramLabel = "JSONL", defaultValue = AnnotatedNews.CORPUS,
            description = "The corpus they point into (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources",
            description = "Where the models go, under models/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--held-out", paramLabel = "FILE", defaultValue = StanceAnnotations.HELDOUT,
            description = {"The held-out stance set (default: ${DEFAULT-VALUE}): never trained on; training refuses",
                    "annotations that share an article with it."})
    Path heldOut;

    @Option(names = "--first", paramLabel = "N", defaultValue = "195",
            description = {"Train on the first N articles of the file only (default: ${DEFAULT-VALUE}, the articles the",
                    "shipped models are trained on; 0 for all). Retrained on all 275, cross-validation on the first 195",
                    "stays the same and realnews-dev loses a stance, so the shipped models keep 195."})
    int first;

    @Option(names = "--no-write", description = "Only cross-validate.")
    boolean noWrite;

    @Override
    public Integer call() throws IOException {
        for (Path p : List.of(annotations, corpus)) {
            if (!Files.isRegularFile(p)) {
                throw new Main.UserError(p + " not found (run from the repository with ../shared beside it)");
            }
        }
        StanceAnnotations.checkNotHeldOut(annotations, heldOut);
        ConceptLexicon concepts = ConceptLexicon.bundled();
        StanceTraining training = new StanceTraining(concepts);
        List<StanceTraining.Annotated> all = new ArrayList<>();
        List<StanceTraining.Events> events = new ArrayList<>();
        List<StanceAnnotations.Loaded> loaded = StanceAnnotations.read(annotations, corpus);
        if (first > 0 && first < loaded.size()) {
            loaded = loaded.subList(0, first);
        }
        for (StanceAnnotations.Loaded l : loaded) {
            all.add(l.annotated());
            events.add(training.events(l.annotated()));
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
}
