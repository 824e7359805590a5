package org.diplograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.diplograph.eval.ConllReader;
import org.diplograph.eval.Corpus;
import org.diplograph.eval.Counts;
import org.diplograph.eval.EntitySpan;
import org.diplograph.eval.EvalDoc;
import org.diplograph.eval.Gold;
import org.diplograph.eval.NerScorer;
import org.diplograph.eval.PredictedMention;
import org.diplograph.eval.Predictions;
import org.diplograph.eval.Span;
import org.diplograph.eval.Split;
import org.diplograph.eval.Topics;
import org.diplograph.extract.Mention;
import org.diplograph.extract.ner.ContextEncoder;
import org.diplograph.extract.ner.FeatureResources;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.extract.ner.Nlp4jNameTags;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.text.JsonArticleReader;
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

    @Option(names = "--annotated", paramLabel = "FILE", defaultValue = AnnotatedNews.TRAINING,
            description = {"Names annotated by hand on news articles, offsets only (default: ${DEFAULT-VALUE}); the",
                    "articles' texts are read from --annotated-corpus. --cross-validate folds and scores them",
                    "like the gold sets."})
    Path annotated;

    @Option(names = "--annotated-corpus", paramLabel = "JSONL",
            defaultValue = AnnotatedNews.CORPUS,
            description = "The corpus the --annotated offsets point into (default: ${DEFAULT-VALUE}).")
    Path annotatedCorpus;

    @Option(names = "--annotated-weight", defaultValue = "1",
            description = "How many times each hand-annotated sentence is repeated; 0 leaves them out (default: ${DEFAULT-VALUE}).")
    int annotatedWeight;

    @Option(names = "--gold-weight", defaultValue = "3",
            description = "How many times each gold sentence is repeated, to outweigh silver (default: ${DEFAULT-VALUE}).")
    int goldWeight;

    @Option(names = "--external", paramLabel = "CONLL", split = ",",
            description = {"Training-only names from other open English corpora: two-column CoNLL files (token, IOB2",
                    "PER/ORG/LOC tag) as src/training/ner/external/fetch.sh writes them. Never scored, never folded:",
                    "every model, the cross-validation folds' too, trains on all of them (default: none)."})
    List<Path> external = new ArrayList<>();

    @Option(names = "--external-weight", defaultValue = "1",
            description = "How many times each --external sentence is repeated (default: ${DEFAULT-VALUE}).")
    int externalWeight;

    @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "Feature cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--features", paramLabel = "XML", defaultValue = "src/training/ner/features.xml",
            description = {"OpenNLP feature-generator descriptor; the word clusters and dictionaries it names are read",
                    "from beside it or from the bundled registry and stored in the model (default: ${DEFAULT-VALUE};",
                    "'default' for OpenNLP's default features)."})
    String features;

    @Option(names = "--algorithm", defaultValue = "MAXENT",
            description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--beam", defaultValue = "2",
            description = {"Label sequences kept while decoding (default: ${DEFAULT-VALUE}). 5-fold cross-validation mean",
                    "F1 with a beam of 1, 2, 3: 0.628, 0.632, 0.634; a build's CPU per article (bench): 45, 45, 54 ms."})
    int beam;

    @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
            description = {"Instead of writing a model: split the development documents into K folds, train on K-1",
                    "and run the whole extractor (rules and model) on the rest, and print PER+ORG+LOC scores per",
                    "corpus, the hand-annotated news (--annotated) included. For tuning without looking at the",
                    "held-out split."})
    int crossValidate;

    @Option(names = "--cross-validate-topics",
            description = {"Instead of writing a model: hold out whole topics and sources, never documents, and print",
                    "PER, ORG, LOC and PER+ORG+LOC for each. Groups: MEANTIME by topic, re3d by source, wikigold as",
                    "one; in name order they alternate between two folds, each trained without its groups (the",
                    "hand-annotated news is always trained on). Each group is scored on its development and its",
                    "held-out documents apart: tune on the first."})
    boolean crossValidateTopics;

    @Option(names = "--fold-models", paramLabel = "DIR",
            description = {"With --cross-validate-topics: write each fold's model here, and read it instead of",
                    "training when it is there, to measure a change outside the model without retraining."})
    Path foldModels;

    @Option(names = "--leave-out-fold", paramLabel = "K", defaultValue = "-1",
            description = "With --folds N: train without fold K of the cross-validation split (to inspect its errors).")
    int leaveOutFold;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5", description = "Number of folds for --leave-out-fold.")
    int folds;

    @Option(names = "--errors", paramLabel = "FILE",
            description = {"With --cross-validate or --cross-validate-topics: write each fold's missed and spurious",
                    "names (with the model) here; by topic, of the development documents only."})
    Path errors;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/models/diplograph-ner-en.bin",
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        ContextEncoder.get().cacheWhileTraining();
        Nlp4jNameTags.cacheWhileTraining();
        if (crossValidateTopics) {
            return crossValidateTopics(annotator);
        }
        if (crossValidate > 1) {
            return crossValidate(annotator);
        }
        NerTrainer trainer = new NerTrainer(annotator);
        List<NameSample> samples = new ArrayList<>();
        for (Gold g : GoldForTraining.dev(gold, evalDir)) {
            samples.addAll(samples(trainer, GoldForTraining.texts(g, d -> fold(d, folds) != leaveOutFold), goldWeight));
        }
        LOG.info("{} gold sentences (x{})", samples.size() / Math.max(1, goldWeight), goldWeight);
        addAnnotated(trainer, samples);
        addExternal(trainer, samples);
        int goldCount = samples.size();
        addSilver(trainer, annotator, samples);
        LOG.info("{} silver sentences", samples.size() - goldCount);
        if (samples.isEmpty()) {
            throw new Main.UserError("no training data (is " + evalDir + " there?)");
        }
        TokenNameFinderModel model = train(trainer, samples);
        NerTrainer.save(model, out);
        System.out.printf("wrote %s (%.1f MB) from %d sentences%n", out, Files.size(out) / 1048576.0, samples.size());
        return Main.OK;
    }

    private static List<NameSample> samples(NerTrainer trainer, List<LabeledText> texts, int weight) {
        List<NameSample> samples = new ArrayList<>();
        for (LabeledText text : texts) {
            List<NameSample> s = trainer.samples(text);
            for (int i = 0; i < weight; i++) {
                samples.addAll(s);
            }
        }
        return samples;
    }

    private void addAnnotated(NerTrainer trainer, List<NameSample> samples) throws IOException {
        if (annotatedWeight == 0) {
            return;
        }
        List<NameSample> news = samples(trainer, annotatedTexts(), annotatedWeight);
        samples.addAll(news);
        LOG.info("{} hand-annotated news sentences (x{})", news.size() / annotatedWeight, annotatedWeight);
    }

    private void addExternal(NerTrainer trainer, List<NameSample> samples) throws IOException {
        for (Path file : external) {
            if (!Files.isRegularFile(file)) {
                throw new Main.UserError(file + " not found (src/training/ner/external/fetch.sh makes it)");
            }
            String name = file.getFileName().toString().replaceFirst("\\.conll$", "");
            Gold g = new ConllReader("external-" + name).read(file);
            List<NameSample> s = samples(trainer, GoldForTraining.texts(g, d -> true), externalWeight);
            samples.addAll(s);
            LOG.info("{} external sentences from {} (x{})", s.size() / Math.max(1, externalWeight), file,
                    externalWeight);
        }
    }

    private List<LabeledText> annotatedTexts() throws IOException {
        return AnnotatedNews.read(annotated, annotatedCorpus, ", or --annotated-weight 0");
    }

    /**
     * The hand-annotated news as a gold set, so cross-validation also scores the news the product is for; null with
     * --annotated-weight 0.
     */
    private Gold annotatedGold() throws IOException {
        if (annotatedWeight == 0) {
            return null;
        }
        List<EvalDoc> docs = new ArrayList<>();
        List<EntitySpan> names = new ArrayList<>();
        for (LabeledText t : annotatedTexts()) {
            docs.add(new EvalDoc(t.id(), t.text(), null));
            for (LabeledText.Name n : t.names()) {
                names.add(new EntitySpan(t.id(), new Span(n.start(), n.end()), n.type()));
            }
        }
        return new Gold("wikinews", docs, Set.of("PER", "ORG", "LOC"), Map.of(), names, List.of(), List.of());
    }

    private void addSilver(NerTrainer trainer, OpenNlpAnnotator annotator, List<NameSample> samples) throws Exception {
        if (silver.isEmpty()) {
            return;
        }
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
    }

    private TokenNameFinderModel train(NerTrainer trainer, List<NameSample> samples) throws Exception {
        if (features.equals("default")) {
            return trainer.train(samples, iterations, cutoff, null, Map.of(), algorithm, beam);
        }
        Path xml = Path.of(features);
        if (!Files.exists(xml)) {
            throw new Main.UserError("no feature descriptor " + xml + " (run from the repository, or --features default)");
        }
        String descriptor = Files.readString(xml, StandardCharsets.UTF_8);
        Path dir = xml.toAbsolutePath().getParent();
        return trainer.train(samples, iterations, cutoff, descriptor.getBytes(StandardCharsets.UTF_8),
                FeatureResources.load(descriptor, dir), algorithm, beam);
    }

    /** The cross-validation fold of a development document. */
    static int fold(EvalDoc doc, int folds) {
        return Math.floorMod(doc.id().hashCode(), folds);
    }

    /** K-fold cross-validation on the development documents, scored as {@code eval ner} scores. */
    private int crossValidate(OpenNlpAnnotator annotator) throws Exception {
        List<Gold> golds = new ArrayList<>(GoldForTraining.dev(gold, evalDir));
        Gold news = annotatedGold();
        if (news != null) {
            golds.add(news);
        }
        Registry registry = Registry.bundled();
        Lemmatizer lemmatizer = new Lemmatizer();
        Cleaner cleaner = new Cleaner();
        Map<String, Counts> withModel = new LinkedHashMap<>();
        Map<String, Counts> rulesOnly = new LinkedHashMap<>();
        EntityExtractor rules = new EntityExtractor(registry, lemmatizer, null);
        java.io.PrintWriter errorLog = errors == null ? null
                : new java.io.PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
        for (int fold = 0; fold < crossValidate; fold++) {
            final int k = fold;
            java.util.function.Predicate<EvalDoc> test = d -> fold(d, crossValidate) == k;
            NerTrainer trainer = new NerTrainer(annotator);
            List<NameSample> samples = new ArrayList<>();
            for (Gold g : golds) {
                samples.addAll(samples(trainer, GoldForTraining.texts(g, test.negate()),
                        g == news ? annotatedWeight : goldWeight));
            }
            addExternal(trainer, samples);
            addSilver(trainer, annotator, samples);
            EntityExtractor extractor = new EntityExtractor(registry, lemmatizer,
                    new NameModel(train(trainer, samples)));
            for (Gold g : golds) {
                List<EvalDoc> docs = g.docs().stream().filter(test).toList();
                Set<String> ids = new HashSet<>(docs.stream().map(EvalDoc::id).toList());
                Gold part = new Gold(g.corpus(), docs, g.labels(), g.predictionTypes(),
                        g.entities().stream().filter(e -> ids.contains(e.docId())).toList(), List.of(), List.of());
                for (boolean model : new boolean[] {true, false}) {
                    EntityExtractor x = model ? extractor : rules;
                    Map<String, List<PredictedMention>> predicted = predict(x, annotator, cleaner, docs);
                    if (model && errorLog != null) {
                        logErrors(errorLog, part, predicted);
                    }
                    Counts c = NerScorer.evaluate(part, g == news ? Split.ALL : Split.DEV,
                                    new Predictions(predicted, Map.of()), null)
                            .result().core();
                    (model ? withModel : rulesOnly).merge(g.corpus(), c, Counts::plus);
                }
            }
            LOG.info("fold {} of {} done", fold + 1, crossValidate);
        }
        if (errorLog != null) {
            errorLog.close();
        }
        System.out.printf("%d-fold cross-validation on the development split, PER+ORG+LOC (exact span and type)%n",
                crossValidate);
        System.out.printf("%-10s %-7s %6s %6s %6s   %s%n", "corpus", "", "P", "R", "F1", "tp/fp/fn");
        double sum = 0;
        for (String c : withModel.keySet()) {
            for (boolean model : new boolean[] {false, true}) {
                Counts n = (model ? withModel : rulesOnly).get(c);
                System.out.printf(java.util.Locale.ROOT, "%-10s %-7s %6.3f %6.3f %6.3f   %d/%d/%d%n", c,
                        model ? "model" : "rules", n.precision(), n.recall(), n.f1(), n.tp(), n.fp(), n.fn());
            }
            sum += withModel.get(c).f1();
        }
        System.out.printf(java.util.Locale.ROOT, "mean F1 with the model: %.4f%n", sum / Math.max(1, withModel.size()));
        return Main.OK;
    }

    /** The names the extractor finds in each document, as {@code mentions} writes them (no pronouns, no descriptions). */
    private static Map<String, List<PredictedMention>> predict(EntityExtractor x, OpenNlpAnnotator annotator,
            Cleaner cleaner, List<EvalDoc> docs) {
        Map<String, List<PredictedMention>> predicted = new HashMap<>();
        for (EvalDoc d : docs) {
            Article article = new Article(d.id(), null, d.text(), null,
                    d.date() == null ? null : JsonArticleReader.parseDate(d.date()), null, d.id());
            List<PredictedMention> ms = new ArrayList<>();
            for (Mention m : x.extract(annotator.annotate(cleaner.clean(article))).mentions()) {
                if (!"pronoun".equals(m.rule()) && !"descriptor".equals(m.rule())) {
                    ms.add(new PredictedMention(d.id(), new Span(m.span().start(), m.span().end()),
                            m.type().nerLabel(), m.text(), null));
                }
            }
            predicted.put(d.id(), ms);
        }
        return predicted;
    }

    /**
     * Cross-validation by topic and source: what the finder does on text about things it was never trained on, which
     * a split by document hides (the same companies and people sit on both sides of it).
     */
    private int crossValidateTopics(OpenNlpAnnotator annotator) throws Exception {
        List<Gold> golds = new ArrayList<>();
        Map<String, Topics> topics = new HashMap<>();
        for (String name : gold) {
            Corpus corpus = Corpus.named(name).orElseThrow(() -> new Main.UserError("unknown gold corpus " + name));
            Gold g = corpus.read(evalDir);
            golds.add(g);
            topics.put(g.corpus(), Topics.of(corpus, evalDir, g));
        }
        List<String> groups = topics.values().stream().flatMap(t -> t.groups().stream()).sorted().distinct().toList();
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % 2);
        }
        Gold news = annotatedGold();
        Registry registry = Registry.bundled();
        Lemmatizer lemmatizer = new Lemmatizer();
        Cleaner cleaner = new Cleaner();
        Map<String, NerScorer.Result> results = new java.util.TreeMap<>();
        java.io.PrintWriter errorLog = errors == null ? null
                : new java.io.PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
        for (int fold = 0; fold < 2; fold++) {
            final int k = fold;
            TokenNameFinderModel model = foldModel(fold, () -> {
                NerTrainer trainer = new NerTrainer(annotator);
                List<NameSample> samples = new ArrayList<>();
                for (Gold g : golds) {
                    Topics t = topics.get(g.corpus());
                    samples.addAll(samples(trainer, GoldForTraining.texts(g.restrict(Split.DEV),
                            d -> foldOf.get(t.group(d.id())) != k), goldWeight));
                }
                if (news != null) {
                    samples.addAll(samples(trainer, GoldForTraining.texts(news, d -> true), annotatedWeight));
                }
                addExternal(trainer, samples);
                addSilver(trainer, annotator, samples);
                return train(trainer, samples);
            });
            EntityExtractor extractor = new EntityExtractor(registry, lemmatizer, new NameModel(model));
            for (Gold g : golds) {
                Topics t = topics.get(g.corpus());
                for (String group : t.groups()) {
                    if (foldOf.get(group) != k) {
                        continue;
                    }
                    Gold part = t.restrict(g, group);
                    Map<String, List<PredictedMention>> predicted = predict(extractor, annotator, cleaner, part.docs());
                    if (errorLog != null) {
                        Gold dev = part.restrict(Split.DEV);
                        Map<String, List<PredictedMention>> ofDev = new HashMap<>();
                        dev.docs().forEach(d -> ofDev.put(d.id(), predicted.get(d.id())));
                        logErrors(errorLog, dev, ofDev);
                    }
                    Predictions predictions = new Predictions(predicted, Map.of());
                    for (Split split : new Split[] {Split.DEV, Split.HELDOUT}) {
                        results.put(group + "\t" + split, NerScorer.evaluate(part.restrict(split), split,
                                predictions, null).result());
                    }
                }
            }
            LOG.info("topic fold {} of 2 done", fold + 1);
        }
        if (errorLog != null) {
            errorLog.close();
        }
        printTopics(results);
        return Main.OK;
    }

    /** A fold's model: read from --fold-models when it is there, else trained (and written there when asked). */
    private TokenNameFinderModel foldModel(int fold, Callable<TokenNameFinderModel> training) throws Exception {
        Path file = foldModels == null ? null : foldModels.resolve("topic-fold-" + fold + ".bin");
        if (file != null && Files.isRegularFile(file)) {
            LOG.info("topic fold {}: model read from {} (delete it to retrain)", fold, file);
            NameModel.allowProjectFeatures(); // before the model's descriptor names this package's features
            return new TokenNameFinderModel(file);
        }
        TokenNameFinderModel model = training.call();
        if (file != null) {
            NerTrainer.save(model, file);
        }
        return model;
    }

    /** Per group, then per corpus summed over its groups: each type and PER+ORG+LOC, development and held-out. */
    private static void printTopics(Map<String, NerScorer.Result> results) {
        Map<String, Map<String, Counts>> rows = new java.util.TreeMap<>();
        results.forEach((key, r) -> {
            String[] f = key.split("\t");
            String corpus = f[0].contains(":") ? f[0].substring(0, f[0].indexOf(':')) + ":ALL" : null;
            for (String row : corpus == null || corpus.equals(f[0]) ? List.of(f[0]) : List.of(f[0], corpus)) {
                Map<String, Counts> byType = rows.computeIfAbsent(row + "\t" + f[1], x -> new LinkedHashMap<>());
                for (String type : List.of("PER", "ORG", "LOC")) {
                    byType.merge(type, r.byType().getOrDefault(type, Counts.ZERO), Counts::plus);
                }
                byType.merge("PER+ORG+LOC", r.core(), Counts::plus);
            }
        });
        System.out.println("Cross-validation by topic and source (each group scored by a model trained without it), "
                + "exact span and type");
        System.out.printf("%-50s %-8s %-12s %6s %6s %6s   %s%n", "group", "split", "type", "P", "R", "F1", "tp/fp/fn");
        rows.forEach((key, byType) -> {
            String[] f = key.split("\t");
            byType.forEach((type, n) -> System.out.printf(java.util.Locale.ROOT,
                    "%-50s %-8s %-12s %6.3f %6.3f %6.3f   %d/%d/%d%n", f[0], f[1], type, n.precision(), n.recall(),
                    n.f1(), n.tp(), n.fp(), n.fn()));
        });
    }

    /** Missed (FN) and spurious (FP) PER/ORG/LOC names, one a line: corpus, doc, kind, type, text, context. */
    private static void logErrors(java.io.PrintWriter log, Gold gold, Map<String, List<PredictedMention>> predicted) {
        Set<String> core = NerScorer.CORE;
        Map<String, EvalDoc> docs = new HashMap<>();
        gold.docs().forEach(d -> docs.put(d.id(), d));
        Set<String> goldKeys = new HashSet<>();
        Set<String> predKeys = new HashSet<>();
        for (var e : gold.entities()) {
            if (core.contains(e.type()) && docs.get(e.docId()).isAnnotated(e.span())) {
                goldKeys.add(e.docId() + "\t" + e.span().start() + "\t" + e.span().end() + "\t" + e.type());
            }
        }
        for (var entry : predicted.entrySet()) {
            for (PredictedMention m : entry.getValue()) {
                String type = gold.asCorpusLabel(m.type());
                if (core.contains(type) && docs.get(m.docId()).isAnnotated(m.span())) {
                    predKeys.add(m.docId() + "\t" + m.span().start() + "\t" + m.span().end() + "\t" + type);
                }
            }
        }
        for (String k : goldKeys) {
            if (!predKeys.contains(k)) {
                log.println(gold.corpus() + "\tFN\t" + describe(k, docs));
            }
        }
        for (String k : predKeys) {
            if (!goldKeys.contains(k)) {
                log.println(gold.corpus() + "\tFP\t" + describe(k, docs));
            }
        }
    }

    private static String describe(String key, Map<String, EvalDoc> docs) {
        String[] f = key.split("\t");
        String text = docs.get(f[0]).text();
        int a = Integer.parseInt(f[1]);
        int b = Integer.parseInt(f[2]);
        String ctx = text.substring(Math.max(0, a - 40), a) + "[[" + text.substring(a, b) + "]]"
                + text.substring(b, Math.min(text.length(), b + 40));
        return f[3] + "\t" + text.substring(a, b) + "\t" + f[0] + "\t" + ctx.replaceAll("\\s+", " ");
    }
}
