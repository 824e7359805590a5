package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.ner.LabeledText;
import org.diplograph.extract.ner.NerTrainer;
import org.diplograph.extract.ner.SilverLabels;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;
import org.diplograph.text.InputScanner;
import org.diplograph.text.InputSink;
import org.diplograph.text.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Maintainers: trains the statistical name finder (PER, ORG, LOC) shipped in the jar.",
                "Gold: the non-held-out part of the annotated sets under ../shared/eval (held-out documents,",
                "as defined by the eval split, never reach training). Silver: the registry's and rules' labels",
                "on unannotated news, fully explained sentences only."},
        footer = {"", "Example:", "  ./diplograph train-ner --silver ../shared/corpus/wikinews-politics"})
final class TrainNerCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainNerCommand.class);

    @Option(names = "--silver", paramLabel = "INPUT", description = "Unannotated news to label with the rules.")
    List<Path> silver = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "CORPUS", split = ",", defaultValue = "meantime,re3d,wikigold",
            description = "Gold sets to train on (default: ${DEFAULT-VALUE}); the held-out split is always excluded.")
    List<String> gold;

    @Option(names = "--eval-dir", paramLabel = "DIR", defaultValue = "../shared/eval",
            description = "Where the gold sets are (default: ${DEFAULT-VALUE}).")
    Path evalDir;

    @Option(names = "--gold-weight", defaultValue = "3",
            description = "How many times each gold sentence is repeated, to outweigh silver (default: ${DEFAULT-VALUE}).")
    int goldWeight;

    @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "Feature cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/diplograph-ner-en.bin",
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        NerTrainer trainer = new NerTrainer(annotator);
        List<NameSample> samples = new ArrayList<>();
        for (LabeledText text : GoldForTraining.load(gold, evalDir)) {
            List<NameSample> s = trainer.samples(text);
            for (int i = 0; i < goldWeight; i++) {
                samples.addAll(s);
            }
        }
        LOG.info("{} gold sentences (x{})", samples.size() / Math.max(1, goldWeight), goldWeight);
        int goldCount = samples.size();
        if (!silver.isEmpty()) {
            EntityExtractor rules = new EntityExtractor(Registry.bundled());
            Cleaner cleaner = new Cleaner();
            InputSink sink = new InputSink() {
                @Override
                public void accept(Article article) {
                    ExtractedArticle e = rules.extract(annotator.annotate(cleaner.clean(article)));
                    samples.addAll(trainer.samples(e.annotated(), SilverLabels.names(e),
                            s -> SilverLabels.fullyExplained(s, e.mentions())));
                }

                @Override
                public void reject(Rejection rejection) {
                    LOG.debug("silver input skipped: {}", rejection);
                }
            };
            for (Path f : InputScanner.expand(silver, sink)) {
                InputScanner.read(f, sink);
            }
            LOG.info("{} silver sentences", samples.size() - goldCount);
        }
        if (samples.isEmpty()) {
            throw new Main.UserError("no training data (is " + evalDir + " there?)");
        }
        TokenNameFinderModel model = trainer.train(samples, iterations, cutoff);
        NerTrainer.save(model, out);
        System.out.printf("wrote %s (%.1f MB) from %d sentences%n", out, Files.size(out) / 1048576.0, samples.size());
        return Main.OK;
    }
}
