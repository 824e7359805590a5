package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import opennlp.tools.ml.model.Event;
import org.diplograph.eval.EventScorer;
import org.diplograph.eval.Split;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.facts.EventVocabulary;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.MaxentFiles;
import org.diplograph.extract.facts.TriggerFeatures;
import org.diplograph.extract.facts.TriggerModel;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.vocab.DataFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train-events", mixinStandardHelpOptions = true,
        description = {"Maintainers: trains the learned trigger decision (is this word an event of ours, and of which",
                "class) on the project's Wikinews event annotation (every verb and noun of every sentence) and the",
                "RAMS development windows (their annotated trigger only), and reports it held out by year (Wikinews)",
                "and by source (the RAMS held-out sources, never trained on). Writes the model the jar ships."},
        footer = {"", "Example:", "  ./diplograph train-events"})
final class TrainEventsCommand implements Callable<Integer> {

    @Mixin
    EventAnnotationSource source;

    private static final Logger LOG = LoggerFactory.getLogger(TrainEventsCommand.class);

    @Option(names = "--first", paramLabel = "N", defaultValue = "100",
            description = {"Train on the first N development articles only (default: ${DEFAULT-VALUE}, those the shipped",
                    "model is trained on; 0 for every development article). The held-out articles 101-140 are never",
                    "trained on."})
    int first;

    @Option(names = "--rams", paramLabel = "JSONL", defaultValue = "../shared/eval/rams/rams_dev_flat.jsonl",
            description = "RAMS 1.0 dev windows; only its development sources are trained on (default: ${DEFAULT-VALUE}).")
    Path rams;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/" + TriggerModel.RESOURCE,
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--algorithm", defaultValue = "MAXENT_QN",
            description = "MAXENT (GIS) or MAXENT_QN (L-BFGS with L1 and L2 penalties) (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--no-write", description = "Only report the held-out figures.")
    boolean noWrite;

    @Option(names = "--no-cv", description = "Only train and write the model, without the held-out figures.")
    boolean noCv;

    /** One candidate word: its fold, what it is, its features, the lexicon's class for it, and the classes that fit. */
    record Sample(String group, String outcome, String[] features, String lexicon, List<String> fits, String lemma,
                  boolean verb) {
        boolean ours() {
            return !outcome.equals(TriggerModel.NONE) && !outcome.equals(TriggerModel.OTHER);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(rams)) {
            throw new Main.UserError("needs " + rams);
        }
        List<Sample> samples = collect();
        LOG.info("{} samples, {} of them events of ours", samples.size(), samples.stream().filter(Sample::ours).count());
        for (String year : noCv ? List.<String>of() : EventAnnotationSource.YEAR_FOLDS) {
            String fold = "wikinews-" + year;
            TriggerModel m = train(samples, s -> !s.group().equals(fold) && !s.group().equals("rams-heldout"));
            System.out.print(score("Wikinews " + year + " held out", m,
                    samples.stream().filter(s -> s.group().equals(fold)).toList()));
        }
        TriggerModel all = train(samples, s -> !s.group().equals("rams-heldout"));
        if (!noCv) {
            System.out.print(score("RAMS held-out sources (annotated triggers only: recall)", all,
                    samples.stream().filter(s -> s.group().equals("rams-heldout")).toList()));
        }
        if (!noWrite) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                all.write(o);
            }
            LOG.info("model written to {}", out);
        }
        return Main.OK;
    }

    private TriggerModel train(List<Sample> samples, Predicate<Sample> use) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Sample s : samples) {
            if (use.test(s)) {
                events.add(new Event(s.outcome(), s.features()));
            }
        }
        return new TriggerModel(MaxentFiles.train(events, algorithm, source.iterations, source.cutoff));
    }

    /**
     * Word-level scores of the lexicon alone, the model alone, and the two combined as extraction combines them (a
     * lexicon word the model calls none with probability at least v is dropped; a word outside the lexicon the model
     * gives one of our classes with probability at least a is added).
     */
    private static String score(String title, TriggerModel m, List<Sample> test) {
        StringBuilder sb = new StringBuilder(title + ": " + test.size() + " words, "
                + test.stream().filter(Sample::ours).count() + " events of ours\n");
        sb.append(String.format(Locale.ROOT, "  %-28s %6s %6s %6s%n", "", "P", "R", "F1"));
        sb.append(line("lexicon", test, s -> s.lexicon()));
        List<TriggerModel.Decision> d = test.stream().map(s -> m.decide(Arrays.asList(s.features()))).toList();
        sb.append(line("model", test, s -> {
            TriggerModel.Decision x = d.get(test.indexOf(s));
            return x.ours() ? x.best() : null;
        }));
        for (double veto : new double[] {0.8, 0.9, 0.95}) {
            for (double add : new double[] {0.5, 0.7, 0.9}) {
                sb.append(line(String.format(Locale.ROOT, "lexicon+model v%.2f a%.2f", veto, add), test, s -> {
                    TriggerModel.Decision x = d.get(test.indexOf(s));
                    if (s.lexicon() != null) {
                        return x.none() >= veto && m.knows(s.lexicon()) && m.seen(s.lemma(), s.verb()) ? null
                                : s.lexicon();
                    }
                    return x.ours() && x.probability() >= add ? x.best() : null;
                }));
            }
        }
        return sb.toString();
    }

    private static String line(String name, List<Sample> test, java.util.function.Function<Sample, String> predict) {
        int gold = 0, predicted = 0, right = 0, found = 0;
        for (Sample s : test) {
            String p = predict.apply(s);
            if (s.ours()) {
                gold++;
                if (p != null && s.fits().contains(p)) {
                    found++;
                }
            }
            if (p != null) {
                predicted++;
                if (s.ours() && s.fits().contains(p) || s.outcome().equals(TriggerModel.OTHER)) {
                    right++; // an event we do not type is still an event: not a false trigger
                }
            }
        }
        double prec = predicted == 0 ? 0 : (double) right / predicted;
        double rec = gold == 0 ? 0 : (double) found / gold;
        return String.format(Locale.ROOT, "  %-28s %6.3f %6.3f %6.3f%n", name, prec, rec,
                prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }

    private List<Sample> collect() throws IOException {
        EventVocabulary vocab = EventVocabulary.bundled();
        ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
        Registry registry = Registry.bundled();
        Map<String, String> wikinewsLabels = new LinkedHashMap<>();
        Map<String, String> ramsLabels = new LinkedHashMap<>();
        for (String[] r : DataFiles.rows("eval/event-training-labels.tsv", 3)) {
            (r[0].equals("wikinews") ? wikinewsLabels : ramsLabels).put(r[1], r[2]);
        }
        Map<String, List<String>> wikinewsFits = new LinkedHashMap<>();
        for (String[] c : DataFiles.rows("eval/wikinews-event-types.tsv", 2)) {
            wikinewsFits.put(c[0], Arrays.asList(c[1].split(",")));
        }
        List<Sample> out = new ArrayList<>();
        List<EventScorer.AnnotatedArticle> articles = source.read();
        // the held-out articles are scored by `eval events --gold wikinews`, never learned from
        articles = EventScorer.developmentAnnotated(articles);
        if (first > 0 && first < articles.size()) {
            articles = articles.subList(0, first);
        }
        for (EventScorer.AnnotatedArticle a : articles) {
            String year = EventAnnotationSource.yearFold(a);
            FactDocument doc = document(pipeline, registry, a.id(), a.text(), a.date());
            for (Sentence s : doc.sentences()) {
                Optional<Parse> parse = doc.parse(s);
                if (parse.isEmpty()) {
                    continue;
                }
                Parse p = parse.get();
                Map<Integer, EventScorer.GoldTrigger> gold = new LinkedHashMap<>();
                List<Integer> inside = new ArrayList<>();
                for (EventScorer.GoldTrigger g : a.events()) {
                    int head = headIn(doc, p, g.start(), g.end(), inside);
                    if (head >= 0) {
                        gold.put(head, g);
                    }
                }
                for (int i = 0; i < p.size(); i++) {
                    if (!TriggerFeatures.candidate(doc, p, i) || inside.contains(i) && !gold.containsKey(i)) {
                        continue;
                    }
                    EventScorer.GoldTrigger g = gold.get(i);
                    String outcome = g == null ? TriggerModel.NONE : wikinewsLabels.getOrDefault(g.type(), TriggerModel.OTHER);
                    out.add(new Sample("wikinews-" + year, outcome, features(doc, p, i, vocab), lexicon(vocab, p, i),
                            g == null ? List.of() : wikinewsFits.getOrDefault(g.type(), List.of()), p.lemma(i),
                            p.isVerb(i)));
                }
            }
        }
        List<EventScorer.Family> families = EventScorer.families();
        int n = 0;
        for (EventScorer.Window w : EventScorer.readRams(rams)) {
            String label = ramsLabels.entrySet().stream().filter(e -> w.type().startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (label == null) {
                continue;
            }
            String group = Split.HELDOUT.includes("rams", w.source()) ? "rams-heldout" : "rams-dev";
            FactDocument doc = document(pipeline, registry, "rams-" + n++, w.text(), null);
            for (Sentence s : doc.sentences()) {
                if (!(s.span().start() <= w.triggerStart() && w.triggerStart() < s.span().end())) {
                    continue;
                }
                Optional<Parse> parse = doc.parse(s);
                int head = parse.map(p -> headIn(doc, p, w.triggerStart(), w.triggerEnd(), new ArrayList<>())).orElse(-1);
                if (head < 0) {
                    continue;
                }
                Parse p = parse.get();
                List<String> fits = families.stream().filter(f -> f.covers(w.type())).findFirst()
                        .map(EventScorer.Family::classes).orElse(List.of(label));
                out.add(new Sample(group, label, features(doc, p, head, vocab), lexicon(vocab, p, head), fits,
                        p.lemma(head), p.isVerb(head)));
            }
        }
        return out;
    }

    static FactDocument document(ArticlePipeline pipeline, Registry registry, String id, String text,
                                         java.time.LocalDate date) {
        ExtractedArticle ex = pipeline.extract(new Article(id, null, text, null, date, null, id));
        return new FactDocument(ex, registry, Nlp4j.shared(), new TimeNormalizer());
    }

    private static String[] features(FactDocument doc, Parse p, int i, EventVocabulary vocab) {
        return TriggerFeatures.of(doc, p, i, vocab).toArray(String[]::new);
    }

    private static String lexicon(EventVocabulary vocab, Parse p, int i) {
        return vocab.lexiconClass(p.lemma(i), p.isVerb(i));
    }

    /**
     * The candidate word that stands for a trigger span: the one whose head lies outside the span (the head of "peace
     * talks", the verb of "called for"); every candidate word of the span is added to {@code inside}.
     */
    static int headIn(FactDocument doc, Parse p, int start, int end, List<Integer> inside) {
        int best = -1;
        for (int i = 0; i < p.size(); i++) {
            var t = p.token(i);
            if (t.start() < end && t.end() > start && TriggerFeatures.candidate(doc, p, i)) {
                inside.add(i);
                int h = p.head(i);
                boolean headOutside = h == Parse.ROOT || p.token(h).start() >= end || p.token(h).end() <= start;
                if (best < 0 || headOutside) {
                    best = i;
                }
            }
        }
        return best;
    }
}
