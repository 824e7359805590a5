package org.diplograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplograph.eval.CorefScorer;
import org.diplograph.eval.Corpus;
import org.diplograph.eval.EvalDoc;
import org.diplograph.eval.Gold;
import org.diplograph.eval.NerScorer;
import org.diplograph.eval.Predictions;
import org.diplograph.eval.RelationScorer;
import org.diplograph.eval.Reports;
import org.diplograph.eval.EventScorer;
import org.diplograph.eval.Split;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.rdf.Iris;
import org.diplograph.text.Article;
import org.diplograph.eval.Splits;
import org.diplograph.eval.Topics;
import java.util.Map;
import org.diplograph.eval.TextExport;
import org.diplograph.eval.TimeScorer;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.facts.EventVocabulary;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.SyntacticEvents;
import org.diplograph.extract.ner.LabeledText;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.registry.Registry;
import org.diplograph.extract.time.TimeNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diplograph eval}: scores predictions against the annotated dev sets (package {@code org.diplograph.eval}).
 * Public, unlike its siblings, so the eval package's tests can run it in-process.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores predictions against gold and prints precision, recall and F1.",
                "Figures are on the held-out third of each corpus unless --split says otherwise: that part is kept",
                "out of training and tuning (eval --list-splits shows which documents). Gold defaults to",
                "../shared/eval (--data DIR)."},
        subcommands = {EvalCommand.Ner.class, EvalCommand.Relations.class, EvalCommand.Coref.class,
                EvalCommand.ExportText.class, EvalCommand.NewsGold.class, EvalCommand.Time.class,
                EvalCommand.Events.class, EvalQuotesCommand.class, EvalStancesCommand.class,
                EvalLinkCommand.class},
        footer = {"", "Examples:",
                "  diplograph eval export-text --corpus meantime --out meantime.jsonl",
                "  diplograph mentions meantime.jsonl --out pred.jsonl",
                "  diplograph eval ner --gold meantime --pred pred.jsonl",
                "  diplograph eval coref --gold ecbplus --pred ecb-pred.jsonl",
                "  diplograph eval time --split dev",
                "  diplograph eval quotes --errors quote-errors.tsv",
                "  diplograph eval stances --set heldout --errors stance-errors.tsv",
                "  diplograph eval link --topic apple --errors link-errors.tsv",
                "  diplograph eval link --gold realnews --errors realnews-link-errors.tsv",
                "  diplograph eval news-gold --out wikinews-gold.jsonl   (then mentions and ner --split all on it)",
                "  diplograph eval --list-splits"})
public final class EvalCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvalCommand.class);

    @Option(names = "--list-splits", description = "Print how many documents of each corpus are held out.")
    boolean listSplits;

    @Option(names = "--ids", description = "With --list-splits: one line per document, CORPUS<TAB>ID<TAB>SPLIT.")
    boolean ids;

    @Mixin
    DataDir data;

    @Override
    public Integer call() throws Exception {
        if (!listSplits) {
            throw new Main.UserError("say what to do: eval ner|relations|coref|export-text …, or eval --list-splits");
        }
        data.checkPresent();
        if (!ids) {
            System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s  %s%n", "corpus", "documents", "held out", "dev", "rule");
        }
        for (Corpus c : Corpus.values()) {
            if (!Files.isRegularFile(c.file(data.dir))) {
                LOG.warn("{}: {} not found, skipped", c.key(), c.file(data.dir));
                continue;
            }
            List<EvalDoc> docs = c.read(data.dir).docs();
            if (ids) {
                for (EvalDoc d : docs) {
                    System.out.println(c.key() + "\t" + d.id() + "\t"
                            + (Splits.heldOut(c.key(), d.id()) ? "heldout" : "dev"));
                }
                continue;
            }
            long held = docs.stream().filter(d -> Splits.heldOut(c.key(), d.id())).count();
            System.out.printf(Locale.ROOT, "%-10s %9d %9d %9d  %s%n", c.key(), docs.size(), held, docs.size() - held,
                    c == Corpus.ECBPLUS ? "topic mod 3 == 0" : "sha256(\"" + c.key() + ":\" + id)[0] mod 3 == 0");
        }
        return Main.OK;
    }

    /** Where the gold lives, shared by every eval subcommand. */
    static final class DataDir {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval",
                description = "Folder of the annotated dev sets (default: ${DEFAULT-VALUE}).")
        Path dir;

        void checkPresent() {
            if (!Files.isDirectory(dir)) {
                throw new Main.UserError(dir + " not found: the gold sets live in ../shared/eval; run from the "
                        + "project folder next to shared/, or pass --data DIR, or give --gold FILE");
            }
        }

        /** A corpus name (meantime, re3d, wikigold, ecbplus) or the path of a gold file. */
        Gold gold(String nameOrFile) {
            try {
                var corpus = Corpus.named(nameOrFile);
                if (corpus.isPresent()) {
                    checkPresent();
                    Path file = corpus.get().file(dir);
                    if (!Files.isRegularFile(file)) {
                        throw new Main.UserError(file + " not found (the " + corpus.get().key() + " gold)");
                    }
                    LOG.info("reading {}", file);
                    return corpus.get().read(dir);
                }
                Path file = Path.of(nameOrFile);
                if (!Files.isRegularFile(file)) {
                    throw new Main.UserError(nameOrFile + " is neither a corpus (meantime, re3d, wikigold, ecbplus) "
                            + "nor a file");
                }
                return Corpus.readFile(file);
            } catch (IOException | IllegalArgumentException e) {
                throw new Main.UserError("cannot read gold " + nameOrFile + ": " + e.getMessage());
            }
        }
    }

    /** A --split value, or a usage error naming the choices. */
    static Split parseSplit(String value) {
        try {
            return Split.parse(value);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    /** Options every scoring subcommand has. */
    static final class Scoring {
        @Option(names = "--pred", required = true, paramLabel = "FILE",
                description = "Predictions: the JSON lines `diplograph mentions` writes.")
        Path pred;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "heldout",
                description = "heldout (default), dev or all.")
        String split;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        String format;

        Split split() {
            return parseSplit(split);
        }

        Predictions predictions() {
            if (!Files.isRegularFile(pred)) {
                throw new Main.UserError("--pred " + pred + ": no such file");
            }
            try {
                return Predictions.read(pred);
            } catch (IOException | IllegalArgumentException e) {
                throw new Main.UserError("cannot read predictions: " + e.getMessage());
            }
        }

        boolean json() {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "table" -> false;
                case "json" -> true;
                default -> throw new Main.UserError("--format " + format + ": table or json");
            };
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Named entities: exact span and type, per type, micro overall, PER+ORG+LOC and span only.",
                    "MEANTIME reads our NORP as LOC and wikigold as MISC, as those corpora annotate nationalities."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "GOLD",
                description = "meantime, re3d, wikigold, or a file (JSONL with offsets, or CoNLL IOB).")
        String gold;

        @Option(names = "--types", split = ",", paramLabel = "TYPE",
                description = "Score only these types (e.g. PER,ORG,LOC); default: all the corpus annotates.")
        Set<String> types;

        @Option(names = "--errors", paramLabel = "FILE",
                description = {"Also write every mistake as TSV: document, start, end, type, text, mistake "
                        + "(MISSED, SPURIOUS, WRONG_TYPE, WRONG_SPAN) and what the other side had there."})
        Path errors;

        @Option(names = "--by-topic",
                description = {"Also one table per topic or source (MEANTIME topic, re3d source). The shipped finder",
                        "was trained on every topic's development documents; `train-ner --cross-validate-topics`",
                        "scores each topic with a finder that never saw it."})
        boolean byTopic;

        @Mixin
        Scoring scoring;

        @Mixin
        DataDir data;

        @Override
        public Integer call() throws IOException {
            boolean json = scoring.json();
            Split split = scoring.split();
            Gold g = data.gold(gold);
            if (g.labels().isEmpty()) {
                throw new Main.UserError(gold + " has no name annotations to score NER against");
            }
            Gold scored = g.restrict(split);
            Predictions predictions = scoring.predictions();
            NerScorer.Report r = NerScorer.evaluate(scored, split, predictions, types);
            System.out.print(json ? Reports.json(r).toString() + "\n" : Reports.table(r));
            if (byTopic) {
                var corpus = Corpus.named(gold);
                Topics topics = corpus.isPresent() ? Topics.of(corpus.get(), data.dir, g) : Topics.whole(g, Map.of());
                for (String group : topics.groups()) {
                    NerScorer.Report t = NerScorer.evaluate(topics.restrict(scored, group), split, predictions, types);
                    System.out.print(json ? Reports.json(t).toString() + "\n"
                            : "\n" + group + "\n" + Reports.table(t));
                }
            }
            if (errors != null) {
                writeErrors(NerScorer.errors(scored, predictions, types));
            }
            return Main.OK;
        }

        private void writeErrors(List<NerScorer.Error> list) throws IOException {
            try (var out = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                out.write("document\tstart\tend\ttype\ttext\tmistake\tcounterpart\n");
                for (NerScorer.Error e : list) {
                    out.write(String.join("\t", e.name().docId(), String.valueOf(e.name().span().start()),
                            String.valueOf(e.name().span().end()), e.name().type(), oneLine(e.text()),
                            e.mistake().name(), e.counterpart() == null ? "" : oneLine(e.counterpart())) + "\n");
                }
            }
            LOG.info("{} mistakes written to {}", list.size(), errors);
        }

        private static String oneLine(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    @Command(name = "relations", mixinStandardHelpOptions = true,
            description = {"Relations and stances as (source, type, target) triples; spans match when they overlap.",
                    "Predictions: \"relations\": [{\"type\", \"source\": {\"start\", \"end\"}, \"target\": {…}}]."})
    static final class Relations implements Callable<Integer> {
        @Option(names = "--gold", defaultValue = "re3d", paramLabel = "GOLD",
                description = "re3d (default) or a file in the re3d shape.")
        String gold;

        @Option(names = "--types", split = ",", paramLabel = "TYPE",
                description = "Score only these relation types (e.g. Likes,Dislikes,CommWith).")
        Set<String> types;

        @Option(names = "--errors", paramLabel = "FILE",
                description = {"Also write every mistake of the split as TSV: document, mistake (MISSED, SPURIOUS),",
                        "type, source start, end and text, target start, end and text, the other side's unmatched",
                        "triple sharing an end with it (counterpart), and the text around both ends."})
        Path errors;

        @Mixin
        Scoring scoring;

        @Mixin
        DataDir data;

        @Override
        public Integer call() throws IOException {
            boolean json = scoring.json();
            Split split = scoring.split();
            Gold g = data.gold(gold);
            if (g.relations().isEmpty()) {
                throw new Main.UserError(gold + " has no relation annotations");
            }
            Gold scored = g.restrict(split);
            Predictions predictions = scoring.predictions();
            RelationScorer.Report r = RelationScorer.evaluate(scored, split, predictions, types);
            System.out.print(json ? Reports.json(r).toString() + "\n" : Reports.table(r));
            if (errors != null) {
                writeErrors(scored, RelationScorer.errors(scored, predictions, types));
            }
            return Main.OK;
        }

        private void writeErrors(Gold scored, List<RelationScorer.Error> list) throws IOException {
            Map<String, String> texts = new java.util.HashMap<>();
            scored.docs().forEach(d -> texts.put(d.id(), d.text()));
            try (var out = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                out.write("document\tmistake\ttype\tsource_start\tsource_end\tsource\ttarget_start\ttarget_end"
                        + "\ttarget\tcounterpart\tcontext\n");
                for (RelationScorer.Error e : list) {
                    var t = e.triple();
                    String text = texts.getOrDefault(t.docId(), "");
                    var c = e.counterpart();
                    String counterpart = c == null ? "" : c.type() + " " + cut(text, c.source()) + " -> "
                            + cut(text, c.target());
                    out.write(String.join("\t", t.docId(), e.mistake().name(), t.type(),
                            String.valueOf(t.source().start()), String.valueOf(t.source().end()),
                            cut(text, t.source()), String.valueOf(t.target().start()),
                            String.valueOf(t.target().end()), cut(text, t.target()), oneLine(counterpart),
                            context(text, t.source(), t.target())) + "\n");
                }
            }
            LOG.info("{} mistakes written to {}", list.size(), errors);
        }

        /** The characters of a span, on one line ("" when the offsets fall outside the text). */
        static String cut(String text, org.diplograph.eval.Span s) {
            return s.end() <= text.length() ? oneLine(text.substring(s.start(), s.end())) : "";
        }

        /**
         * The text from the start of the sentence holding the earlier end to the end of the sentence holding the
         * later one (a sentence ends at a line break or at '. '), at most 600 characters.
         */
        static String context(String text, org.diplograph.eval.Span a, org.diplograph.eval.Span b) {
            int from = Math.min(a.start(), b.start());
            int to = Math.max(a.end(), b.end());
            if (to > text.length()) {
                return "";
            }
            int s = from;
            while (s > 0 && from - s < 300 && text.charAt(s - 1) != '\n'
                    && !(s >= 2 && text.charAt(s - 1) == ' ' && text.charAt(s - 2) == '.')) {
                s--;
            }
            int e = to;
            while (e < text.length() && e - to < 300 && text.charAt(e) != '\n'
                    && !(text.charAt(e) == '.' && (e + 1 == text.length() || text.charAt(e + 1) == ' '))) {
                e++;
            }
            return oneLine(text.substring(s, Math.min(text.length(), e + 1)).strip());
        }

        private static String oneLine(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    @Command(name = "coref", mixinStandardHelpOptions = true,
            description = {"Cross-document coreference: MUC, B3, CEAF-e and CoNLL F1 (their mean), plus mention",
                    "detection. A predicted cluster is all mentions of the kind with the same entity (or event) IRI,",
                    "across documents."})
    static final class Coref implements Callable<Integer> {
        @Option(names = "--gold", defaultValue = "ecbplus", paramLabel = "GOLD",
                description = "ecbplus (default) or a file in the ECB+ shape.")
        String gold;

        @Option(names = "--kind", defaultValue = "entity", paramLabel = "KIND",
                description = "entity (default): names; event: event triggers (mentions with \"kind\":\"event\").")
        String kind;

        @Option(names = "--align", defaultValue = "exact", paramLabel = "HOW",
                description = "exact (default): a prediction counts for a gold mention with the same span; overlap: "
                        + "one-to-one with the gold mention it overlaps most.")
        String align;

        @Mixin
        Scoring scoring;

        @Mixin
        DataDir data;

        @Override
        public Integer call() {
            boolean json = scoring.json();
            Split split = scoring.split();
            if (!kind.equals("entity") && !kind.equals("event")) {
                throw new Main.UserError("--kind " + kind + ": entity or event");
            }
            CorefScorer.Alignment alignment;
            try {
                alignment = CorefScorer.Alignment.parse(align);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            Gold g = data.gold(gold);
            if (g.coref().isEmpty()) {
                throw new Main.UserError(gold + " has no coreference annotations");
            }
            CorefScorer.Report r = CorefScorer.evaluate(g.restrict(split), split, scoring.predictions(), kind,
                    alignment);
            System.out.print(json ? Reports.json(r).toString() + "\n" : Reports.table(r));
            return Main.OK;
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = {"Time expressions: runs the normaliser on MEANTIME, each document anchored on its date, and",
                    "scores recall and precision of the expressions and the accuracy of their resolved values.",
                    "ECB+ has neither values nor dates: it scores finding the expressions only."})
    static final class Time implements Callable<Integer> {
        @Option(names = "--gold", paramLabel = "CORPUS", defaultValue = "meantime",
                description = "meantime (default) or ecbplus.")
        String gold;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "heldout",
                description = "heldout (default), dev or all.")
        String split;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write every mistake as TSV: document, date, start, end, gold text, gold value, "
                        + "found expression, found value, mistake.")
        Path errors;

        @Mixin
        DataDir data;

        @Override
        public Integer call() throws IOException {
            Split s = parseSplit(split);
            Corpus corpus = Corpus.named(gold).filter(c -> c == Corpus.MEANTIME || c == Corpus.ECBPLUS)
                    .orElseThrow(() -> new Main.UserError("--gold " + gold + ": meantime or ecbplus"));
            data.checkPresent();
            Path file = corpus.file(data.dir);
            if (!Files.isRegularFile(file)) {
                throw new Main.UserError(file + " not found (the " + corpus.key() + " gold)");
            }
            TimeScorer.TimeGold g = corpus == Corpus.MEANTIME ? TimeScorer.readMeantime(file)
                    : TimeScorer.readEcbPlus(file);
            TimeScorer.Report r = TimeScorer.evaluate(g, s, new TimeNormalizer());
            System.out.print(r.table());
            if (errors != null) {
                List<String> lines = r.errors();
                Files.write(errors, lines, StandardCharsets.UTF_8);
                LOG.info("{} mistakes written to {}", lines.size(), errors);
            }
            return Main.OK;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Typed events on RAMS 1.0 news windows: runs the full extraction on each window of the six",
                    "families analysts track most (meet/negotiate, attack, sanction, agreement, aid, threat) and scores",
                    "recall at the gold trigger and whether the CAMEO roots fit. Held out by source."})
    static final class Events implements Callable<Integer> {
        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "heldout",
                description = "heldout (default), dev or all.")
        String split;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write every missed window as TSV: id, family, RAMS type, trigger, what was found, "
                        + "the trigger's sentence.")
        Path errors;

        @Option(names = "--gold", paramLabel = "GOLD", defaultValue = "rams",
                description = {"rams (default), or wikinews: the project's own event annotations of Wikinews politics "
                        + "articles (src/training/events, offsets into ../shared/corpus): --split heldout is articles "
                        + "101-140, never trained on; dev the others (train-events learns from them); --errors then "
                        + "lists each missed and spurious trigger."})
        String gold;

        @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "src/training/events/wikinews-events.jsonl",
                description = "The Wikinews event annotations (default: ${DEFAULT-VALUE}).")
        Path annotations;

        private static List<EventScorer.Decision> decisions(SyntacticEvents triggers, ExtractedArticle extracted,
                                                            Registry registry) {
            FactDocument doc = new FactDocument(extracted, registry, Nlp4j.shared(), new TimeNormalizer());
            return triggers.triggerDecisions(doc).stream()
                    .map(d -> new EventScorer.Decision(d.kind().ontologyClass(), d.span().start(), d.span().end()))
                    .toList();
        }

        private int wikinews() throws IOException {
            Path corpus = data.dir.resolveSibling("corpus/wikinews-politics/wikinews_politics_2004-2009.jsonl");
            if (!Files.isRegularFile(corpus) || !Files.isRegularFile(annotations)) {
                throw new Main.UserError("needs " + annotations + " and " + corpus);
            }
            ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
            List<EventScorer.AnnotatedArticle> all = EventScorer.readAnnotated(annotations, corpus);
            List<EventScorer.AnnotatedArticle> chosen = switch (parseSplit(split)) {
                case DEV -> EventScorer.developmentAnnotated(all);
                case HELDOUT -> EventScorer.heldOutAnnotated(all);
                case ALL -> all;
            };
            SyntacticEvents triggers = new SyntacticEvents(EventVocabulary.bundled());
            Registry registry = Registry.bundled();
            EventScorer.AnnotatedReport r = EventScorer.evaluateAnnotated(chosen, (text, a) -> {
                ExtractedArticle extracted = pipeline.extract(new Article(a.id(), null, text, null, a.date(), null,
                        corpus.toString()));
                return new EventScorer.Found(pipeline.facts(extracted).events(), decisions(triggers, extracted,
                        registry));
            });
            System.out.print(r.table());
            if (errors != null) {
                Files.write(errors, r.errors(), StandardCharsets.UTF_8);
                LOG.info("{} missed and spurious triggers written to {}", r.errors().size(), errors);
            }
            return Main.OK;
        }

        @Mixin
        DataDir data;

        @Override
        public Integer call() throws IOException {
            Split s = parseSplit(split);
            data.checkPresent();
            if (gold.equals("wikinews")) {
                return wikinews();
            }
            Path file = data.dir.resolve("rams/rams_dev_flat.jsonl");
            if (!Files.isRegularFile(file)) {
                throw new Main.UserError(file + " not found (the RAMS gold)");
            }
            ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
            int[] n = {0};
            SyntacticEvents triggers = new SyntacticEvents(EventVocabulary.bundled());
            Registry registry = Registry.bundled();
            EventScorer.Report r = EventScorer.evaluate(EventScorer.readRams(file), s, text -> {
                Article a = new Article("rams-" + n[0]++, null, text, null, null, null, file.toString());
                ExtractedArticle extracted = pipeline.extract(a);
                return new EventScorer.Found(pipeline.facts(extracted).events(), decisions(triggers, extracted,
                        registry));
            });
            System.out.print(r.table());
            if (errors != null) {
                Files.write(errors, r.errors(), StandardCharsets.UTF_8);
                LOG.info("{} missed windows written to {}", r.errors().size(), errors);
            }
            return Main.OK;
        }
    }

    /** Something that writes lines to a writer. */
    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    /** Runs {@code body} on the file {@code out}, or on standard output when it is null (flushed, left open). */
    private static void writeTo(Path out, WriterBody body) throws IOException {
        Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            body.write(w);
        } finally {
            w.flush();
            if (out != null) {
                w.close();
            }
        }
    }

    @Command(name = "export-text", mixinStandardHelpOptions = true,
            description = {"Writes the documents of a split as {\"id\", \"text\", \"date\"} JSON lines, the text exactly",
                    "as in the gold, for `diplograph mentions` to predict on."})
    static final class ExportText implements Callable<Integer> {
        @Option(names = "--corpus", required = true, paramLabel = "CORPUS",
                description = "meantime, re3d, wikigold, ecbplus, or a gold file.")
        String corpus;

        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "heldout",
                description = "heldout (default), dev or all.")
        String split;

        @Option(names = "--out", paramLabel = "FILE", description = "Output JSONL (default: stdout).")
        Path out;

        @Mixin
        DataDir data;

        @Override
        public Integer call() throws IOException {
            Split s = parseSplit(split);
            List<EvalDoc> docs = data.gold(corpus).restrict(s).docs();
            writeTo(out, w -> {
                int n = TextExport.write(docs, w);
                LOG.info("{} documents ({} split){}", n, s, out != null ? " written to " + out : "");
            });
            return Main.OK;
        }
    }

    @Command(name = "news-gold", mixinStandardHelpOptions = true,
            description = {"Writes hand-annotated news (offsets only, as under src/training/ner) joined with the articles'",
                    "text as gold JSON lines {\"id\", \"text\", \"mentions\": [{start, end, type}]}, for",
                    "`mentions` to predict on and `eval ner --gold FILE --split all` to score. The default is the",
                    "in-domain set that training never sees."})
    static final class NewsGold implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Option(names = "--annotations", paramLabel = "FILE",
                defaultValue = AnnotatedNews.HELDOUT,
                description = "Offsets-only annotations (default: ${DEFAULT-VALUE}).")
        Path annotations;

        @Option(names = "--corpus", paramLabel = "JSONL",
                defaultValue = AnnotatedNews.CORPUS,
                description = "The articles the offsets point into (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--out", paramLabel = "FILE", description = "Output JSONL (default: stdout).")
        Path out;

        @Override
        public Integer call() throws IOException {
            List<LabeledText> texts = AnnotatedNews.read(annotations, corpus, "");
            writeTo(out, w -> {
                for (LabeledText t : texts) {
                    ObjectNode rec = JSON.createObjectNode();
                    rec.put("id", t.id());
                    rec.put("text", t.text());
                    ArrayNode mentions = rec.putArray("mentions");
                    for (LabeledText.Name n : t.names()) {
                        mentions.addObject().put("start", n.start()).put("end", n.end()).put("type", n.type());
                    }
                    w.write(JSON.writeValueAsString(rec));
                    w.write('\n');
                }
                LOG.info("{} annotated articles{}", texts.size(), out != null ? " written to " + out : "");
            });
            return Main.OK;
        }
    }
}
