package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import opennlp.tools.ml.model.Event;
import org.diplograph.eval.EventScorer;
import org.diplograph.extract.facts.ArgumentFeatures;
import org.diplograph.extract.facts.ArgumentModel;
import org.diplograph.extract.facts.EventVocabulary;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.MaxentFiles;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-event-roles", mixinStandardHelpOptions = true,
        description = {"Maintainers: trains the learned role decision (is a name in a trigger's sentence the event's",
                "source, target, attendee or none) on the project's Wikinews event annotation, every annotated",
                "trigger with every name of its sentence, the held-out articles 101-140 left out; reports it held out",
                "by year. Writes the model the jar ships."},
        footer = {"", "Example:", "  ./diplograph train-event-roles"})
final class TrainEventRolesCommand implements Callable<Integer> {

    @Mixin
    EventAnnotationSource source;

    private static final Logger LOG = LoggerFactory.getLogger(TrainEventRolesCommand.class);
    private static final List<String> ROLES = List.of(ArgumentModel.SOURCE, ArgumentModel.TARGET,
            ArgumentModel.ATTENDEE);

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/" + ArgumentModel.RESOURCE,
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-write", description = "Only report the held-out figures.")
    boolean noWrite;

    /** One trigger and one name of its sentence: the fold, the annotated role (or none) and the features. */
    record Sample(String group, String role, String[] features) {
    }

    @Override
    public Integer call() throws IOException {
        List<Sample> samples = collect();
        LOG.info("{} trigger-name pairs, {} of them with a role", samples.size(),
                samples.stream().filter(s -> !s.role().equals(ArgumentModel.NONE)).count());
        for (String year : EventAnnotationSource.YEAR_FOLDS) {
            ArgumentModel m = train(samples, s -> !s.group().equals(year));
            System.out.print(score("Wikinews " + year + " held out", m,
                    samples.stream().filter(s -> s.group().equals(year)).toList()));
        }
        if (!noWrite) {
            ArgumentModel all = train(samples, s -> true);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                all.write(o);
            }
            LOG.info("model written to {}", out);
        }
        return Main.OK;
    }

    private List<Sample> collect() throws IOException {
        EventVocabulary vocab = EventVocabulary.bundled();
        ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
        Registry registry = Registry.bundled();
        List<Sample> out = new ArrayList<>();
        for (EventScorer.AnnotatedArticle a : EventScorer.developmentAnnotated(
                source.read())) {
            String year = EventAnnotationSource.yearFold(a);
            FactDocument doc = TrainEventsCommand.document(pipeline, registry, a.id(), a.text(), a.date());
            for (Sentence s : doc.sentences()) {
                Optional<Parse> parse = doc.parse(s);
                if (parse.isEmpty()) {
                    continue;
                }
                Parse p = parse.get();
                List<Integer> names = ArgumentFeatures.candidates(doc, p);
                if (names.isEmpty()) {
                    continue;
                }
                Map<Integer, EventScorer.GoldTrigger> gold = new LinkedHashMap<>();
                for (EventScorer.GoldTrigger g : a.events()) {
                    int head = TrainEventsCommand.headIn(doc, p, g.start(), g.end(), new ArrayList<>());
                    if (head >= 0) {
                        gold.put(head, g);
                    }
                }
                gold.forEach((head, g) -> {
                    for (int j : names) {
                        out.add(new Sample(year, roleOf(g, p, j), ArgumentFeatures.of(doc, p, head, j, names, vocab)
                                .toArray(String[]::new)));
                    }
                });
            }
        }
        return out;
    }

    /** The annotated role of the argument span over the name's head word, or none. */
    private static String roleOf(EventScorer.GoldTrigger g, Parse p, int name) {
        int start = p.token(name).start();
        int end = p.token(name).end();
        for (EventScorer.GoldArgument x : g.args()) {
            if (x.start() < end && x.end() > start && ROLES.contains(x.role())) {
                return x.role();
            }
        }
        return ArgumentModel.NONE;
    }

    private ArgumentModel train(List<Sample> samples, Predicate<Sample> use) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Sample s : samples) {
            if (use.test(s)) {
                events.add(new Event(s.role(), s.features()));
            }
        }
        return new ArgumentModel(MaxentFiles.train(events, "MAXENT_QN", source.iterations, source.cutoff));
    }

    /** Precision and recall of the roles given (any role but none) at three confidence thresholds. */
    private static String score(String title, ArgumentModel m, List<Sample> test) {
        StringBuilder sb = new StringBuilder(title + ": " + test.size() + " pairs, "
                + test.stream().filter(s -> !s.role().equals(ArgumentModel.NONE)).count() + " with a role\n");
        for (double t : new double[] {0.5, 0.7, 0.9}) {
            int gold = 0, given = 0, right = 0;
            for (Sample s : test) {
                ArgumentModel.Decision d = m.decide(List.of(s.features()));
                boolean gives = !d.role().equals(ArgumentModel.NONE) && d.probability() >= t;
                gold += s.role().equals(ArgumentModel.NONE) ? 0 : 1;
                given += gives ? 1 : 0;
                right += gives && d.role().equals(s.role()) ? 1 : 0;
            }
            double prec = given == 0 ? 0 : (double) right / given;
            double rec = gold == 0 ? 0 : (double) right / gold;
            sb.append(String.format(Locale.ROOT, "  at %.1f  P %.3f  R %.3f  F1 %.3f%n", t, prec, rec,
                    prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec)));
        }
        return sb.toString();
    }
}
