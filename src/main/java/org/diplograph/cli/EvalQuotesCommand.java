package org.diplograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.diplograph.eval.QuoteScorer;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diplograph eval quotes}: builds the graph of the PolNeAR dev articles in memory and scores the rows of
 * queries/quotes.rq as the corpus's score.py does. The build is the ordinary one, so the figure is what a user of the
 * graph would get; the CSVs it can write are the input score.py reads, to check the two agree.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Direct quotations and their speakers on PolNeAR dev: builds its articles in memory, runs",
                "queries/quotes.rq and prints recall, precision and speaker attribution as its score.py counts them,",
                "then as the paired reading counts them (marks paired per paragraph, each quotation of a split one",
                "counted, one-to-one matching; every quotation, and those of four words or more)."},
        footer = {"", "Examples:",
                "  diplograph eval quotes",
                "  diplograph eval quotes --out /tmp/polnear --errors /tmp/polnear-errors.tsv"})
final class EvalQuotesCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvalQuotesCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD_FILE = "polnear_dev.jsonl";
    /** score.py maps a graph's article to its gold document by the last path segment of the article's URL. */
    private static final String URL_PREFIX = "https://polnear.invalid/doc/";
    /** realnews-dev does not list quoted fragments of fewer words; the paired reading is also printed without them. */
    private static final int FULL_QUOTE_WORDS = 4;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/eval/polnear",
            description = "Folder with " + GOLD_FILE + " and score.py, or the JSONL itself (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write QUOTES.csv and ARTICLES.csv there (the canned quotes and articles queries), "
                    + "the input of the corpus's score.py, and print the command that scores them.")
    Path out;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every mistake as TSV: document, mistake (MISSED, WRONG_SPEAKER, SPURIOUS), "
                    + "gold quote, gold source, our quote, our speaker, measure (official or paired).")
    Path errors;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Path goldFile = Files.isDirectory(gold) ? gold.resolve(GOLD_FILE) : gold;
        if (!Files.isRegularFile(goldFile)) {
            throw new Main.UserError(goldFile + " not found: pass --gold DIR (the folder of " + GOLD_FILE + ")");
        }
        List<QuoteScorer.GoldDoc> docs = QuoteScorer.read(goldFile);
        Path input = Files.createTempFile("diplograph-polnear", ".jsonl");
        try (GraphStore store = Stores.memory()) {
            writeArticles(docs, input);
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            BatchBuilder.Summary summary = Diplograph.builder().threads(n).build()
                    .ingest(List.of(input), store, r -> LOG.warn("rejected {}", r));
            LOG.info("{}", summary.describe());
            if (out != null) {
                Files.createDirectories(out);
            }
            List<Map<String, String>> articles = select(store.queryView(), "articles.rq",
                    out == null ? null : out.resolve("ARTICLES.csv"));
            List<Map<String, String>> quotes = select(store.queryView(), "quotes.rq",
                    out == null ? null : out.resolve("QUOTES.csv"));
            Map<String, List<QuoteScorer.Found>> found = byDocument(articles, quotes);
            QuoteScorer.Report report = QuoteScorer.score(docs, found);
            QuoteScorer.Report paired = QuoteScorer.scorePaired(docs, found, 1);
            QuoteScorer.Report pairedLong = QuoteScorer.scorePaired(docs, found, FULL_QUOTE_WORDS);
            System.out.println(report.line());
            System.out.println("paired, every quotation: " + paired.line());
            System.out.println("paired, " + FULL_QUOTE_WORDS + "+ words: " + pairedLong.line());
            if (out != null) {
                Path script = (Files.isDirectory(gold) ? gold : gold.toAbsolutePath().getParent()).resolve("score.py");
                System.out.println("python3 " + script + " " + goldFile + " " + out.resolve("QUOTES.csv") + " "
                        + out.resolve("ARTICLES.csv"));
            }
            if (errors != null) {
                writeErrors(report.errors(), paired.errors());
            }
        } finally {
            Files.deleteIfExists(input);
        }
        return Main.OK;
    }

    /** The gold documents as the article JSON lines `build` reads, the URL carrying the document id. */
    private static void writeArticles(List<QuoteScorer.GoldDoc> docs, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (QuoteScorer.GoldDoc d : docs) {
                ObjectNode rec = JSON.createObjectNode();
                rec.put("id", d.id());
                rec.put("url", URL_PREFIX + d.id());
                rec.put("title", d.title());
                rec.put("date", d.date());
                rec.put("text", d.text());
                w.write(JSON.writeValueAsString(rec));
                w.write('\n');
            }
        }
    }

    /** Rows of a canned query, each variable's value as CSV shows it; also the CSV itself when {@code csv} is set. */
    private static List<Map<String, String>> select(Dataset dataset, String query, Path csv) throws IOException {
        String sparql;
        try (InputStream in = EvalQuotesCommand.class.getClassLoader().getResourceAsStream("queries/" + query)) {
            if (in == null) {
                throw new IOException("missing bundled query " + query);
            }
            sparql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode node = s.get(v);
                        row.put(v, node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm()
                                : node.toString());
                    }
                    rows.add(row);
                }
                if (csv != null) {
                    rs.reset();
                    try (OutputStream o = Files.newOutputStream(csv)) {
                        ResultSetFormatter.outputAsCSV(o, rs);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return rows;
            }
        });
    }

    /** The quotation rows grouped by gold document, found through the article's URL as score.py finds it. */
    static Map<String, List<QuoteScorer.Found>> byDocument(List<Map<String, String>> articles,
                                                          List<Map<String, String>> quotes) {
        Map<String, String> docOf = new HashMap<>();
        for (Map<String, String> a : articles) {
            String url = a.getOrDefault("url", "");
            docOf.put(a.get("article"), url.substring(url.lastIndexOf('/') + 1));
        }
        Map<String, List<QuoteScorer.Found>> out = new HashMap<>();
        for (Map<String, String> q : quotes) {
            String doc = docOf.get(q.get("article"));
            if (doc != null) {
                out.computeIfAbsent(doc, k -> new ArrayList<>())
                        .add(new QuoteScorer.Found(q.get("quote"), q.get("speakerName")));
            }
        }
        return out;
    }

    private void writeErrors(List<QuoteScorer.Error> official, List<QuoteScorer.Error> paired) throws IOException {
        try (Writer w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
            w.write("document\tmistake\tgold quote\tgold source\tour quote\tour speaker\tmeasure\n");
            write(w, official, "official");
            write(w, paired, "paired");
        }
        LOG.info("{} mistakes (official) and {} (paired, every quotation) written to {}", official.size(),
                paired.size(), errors);
    }

    private static void write(Writer w, List<QuoteScorer.Error> list, String measure) throws IOException {
        for (QuoteScorer.Error e : list) {
            w.write(String.join("\t", e.doc(), e.mistake().name(), oneLine(e.goldQuote()), oneLine(e.goldSource()),
                    oneLine(e.ourQuote()), oneLine(e.ourSpeaker()), measure) + "\n");
        }
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
