package org.diplograph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.rdf.ActorFacts;
import org.diplograph.rdf.ArticleReports;
import org.diplograph.rdf.EventReport;
import org.diplograph.rdf.EventReportCodec;
import org.diplograph.store.Consolidator;
import org.diplograph.store.EventLinker;
import org.diplograph.text.Article;
import org.diplograph.text.InputScanner;
import org.diplograph.text.InputSink;
import org.diplograph.text.Rejection;
import org.diplograph.vocab.DG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * A build as a Spark job, in two stages over a Hadoop-compatible OUT folder:
 * <ol>
 *   <li>extract: reads .txt/.md/.html/.json/.jsonl files, spreads their articles over the executors, and writes each
 *       article's graph ({@code OUT/graphs}, N-Quads, before linking), its event-report records
 *       ({@code OUT/reports}, JSON lines) and every input rejected with the reason ({@code OUT/rejects});</li>
 *   <li>link: reads the records, finds candidate pairs within blocks (event family, modality, a side, a stretch of
 *       {@value #BUCKET_DAYS} days), lets the local build's linker decide each connected set of candidates, and writes
 *       the renames ({@code OUT/links}), the article graphs with them applied ({@code OUT/linked}) and the
 *       consolidated graph ({@code OUT/consolidated}).</li>
 * </ol>
 * {@code OUT/linked} and {@code OUT/consolidated} together hold what {@code diplograph build --out} writes for the
 * same input; {@code OUT/graphs} is what {@code diplograph load} takes (it links and consolidates in the store).
 */
@Command(name = "diplograph-spark", mixinStandardHelpOptions = true,
        description = {"Builds the graph on a Spark cluster: extraction per partition, then event linking by blocks.",
                "INPUT is any Hadoop path (file:, hdfs:, s3a:) of a file or a folder (read recursively)."},
        footer = {"", "Example:",
                "  spark-submit --master yarn --class org.diplograph.spark.SparkJob target/diplograph-spark-job.jar \\",
                "      hdfs:///news/2021/ --out hdfs:///graphs/2021"})
public final class SparkJob implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reports are compared within stretches of this many days (and across a stretch's edge): a block's time bucket. */
    static final int BUCKET_DAYS = 90;

    /** Which stages to run. */
    public enum Stage { EXTRACT, LINK, ALL }

    /**
     * What one run does.
     *
     * @param partitions the partitions articles are spread over for extraction; 0 for four per core of the cluster
     * @param nameModel  the trained name finder, or null for the registry and rules alone
     */
    public record Settings(List<String> inputs, String out, String base, NameModel.Variant nameModel, int partitions,
                           Stage stage) {
    }

    /** What a run did, for its last line. */
    public record Summary(long articles, long rejected, long reports, long candidates, long renames,
                          double extractSeconds, double linkSeconds) {
        public String describe() {
            return String.format(Locale.ROOT, "%,d articles extracted, %,d rejected; %,d event reports, %,d candidate "
                            + "pairs, %,d reports renamed; extract %.1f s (%.2f articles/s), link %.1f s",
                    articles, rejected, reports, candidates, renames, extractSeconds,
                    articles / Math.max(extractSeconds, 1e-3), linkSeconds);
        }
    }

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders (Hadoop paths).")
    List<String> inputs = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (Hadoop path).")
    String out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DG.DEFAULT_BASE,
            description = "Base for minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "ALL",
            description = "extract, link or all (default). link reads what extract wrote to --out.")
    String stage;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions for extraction (default: four per core).")
    int partitions;

    @Option(names = "--name-model", paramLabel = "MODEL", defaultValue = "accurate",
            description = "Trained name finder: accurate (default), fast or none.")
    String nameModel;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2], when not run by spark-submit.")
    String master;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() {
        Stage s = Stage.valueOf(stage.toUpperCase(Locale.ROOT));
        if (s != Stage.LINK && inputs.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give at least one INPUT to extract");
        }
        NameModel.Variant variant = "none".equalsIgnoreCase(nameModel) ? null
                : NameModel.Variant.valueOf(nameModel.toUpperCase(Locale.ROOT));
        SparkConf conf = new SparkConf().setAppName("diplograph");
        if (master != null) {
            conf.setMaster(master);
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary summary = run(sc, new Settings(inputs, out, base, variant, partitions, s));
            System.out.println(summary.describe());
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

    /** Runs the stages the settings ask for on this context. */
    public static Summary run(JavaSparkContext sc, Settings s) {
        long articles = 0;
        long rejected = 0;
        double extractSeconds = 0;
        if (s.stage() != Stage.LINK) {
            long t0 = System.nanoTime();
            long[] counts = extract(sc, s);
            articles = counts[0];
            rejected = counts[1];
            extractSeconds = (System.nanoTime() - t0) / 1e9;
            LOG.info("extracted {} articles, rejected {}, in {} s", articles, rejected, extractSeconds);
        }
        long[] linked = {0, 0, 0};
        double linkSeconds = 0;
        if (s.stage() != Stage.EXTRACT) {
            long t0 = System.nanoTime();
            linked = link(sc, s);
            linkSeconds = (System.nanoTime() - t0) / 1e9;
        }
        return new Summary(articles, rejected, linked[0], linked[1], linked[2], extractSeconds, linkSeconds);
    }

    /** An input file's articles, or its rejections. */
    record Input(ArticleRow article, Outcome rejected) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static long[] extract(JavaSparkContext sc, Settings s) {
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String base = s.base();
        NameModel.Variant variant = s.nameModel();
        JavaRDD<Input> read = sc.binaryFiles(String.join(",", s.inputs()))
                .flatMap(f -> readFile(f._1(), f._2().toArray()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int n = s.partitions() > 0 ? s.partitions() : 4 * sc.defaultParallelism();
        JavaRDD<Outcome> outcomes = read.filter(i -> i.article() != null).map(Input::article)
                .repartition(n)
                .mapPartitions(rows -> extractAll(rows, Models.of(base, variant)))
                .union(read.filter(i -> i.rejected() != null).map(Input::rejected))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        outcomes.filter(Outcome::ok).map(Outcome::nquads).saveAsTextFile(s.out() + "/graphs");
        outcomes.filter(Outcome::ok).map(Outcome::reports).saveAsTextFile(s.out() + "/reports");
        outcomes.filter(o -> !o.ok()).map(Outcome::rejectLine).saveAsTextFile(s.out() + "/rejects");
        long ok = outcomes.filter(Outcome::ok).count();
        long bad = outcomes.count() - ok;
        outcomes.unpersist();
        read.unpersist();
        return new long[] {ok, bad};
    }

    /** One file's articles, read as the local build reads a file (its checks, its readers, its rejections). */
    static List<Input> readFile(String hadoopPath, byte[] bytes) {
        List<Input> out = new ArrayList<>();
        // the path the local build would have: its id for a text file is the file's name, its origin the path
        Path file = Path.of(new org.apache.hadoop.fs.Path(hadoopPath).toUri().getPath());
        InputScanner.read(file, bytes, new InputSink() {
            @Override
            public void accept(Article article) {
                out.add(new Input(ArticleRow.of(article), null));
            }

            @Override
            public void reject(Rejection r) {
                out.add(new Input(null, Outcome.rejected(r.origin(), r.reason())));
            }
        });
        return out;
    }

    /** Extracts a partition's articles; an article that fails is rejected with the reason, and the rest go on. */
    private static Iterator<Outcome> extractAll(Iterator<ArticleRow> rows, Diplograph diplograph) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Outcome next() {
                ArticleRow row = rows.next();
                try {
                    Diplograph.Extraction x = diplograph.extract(row.article());
                    return Outcome.extracted(nquads(x.quads().quads()), EventReportCodec.toJson(x.reports()));
                } catch (RuntimeException e) {
                    LOG.debug("failed on {}", row.origin(), e);
                    return Outcome.rejected(row.origin(), "internal error while extracting: " + e);
                }
            }
        };
    }

    private static long[] link(JavaSparkContext sc, Settings s) {
        JavaRDD<ArticleReports> records = sc.textFile(s.out() + "/reports").map(EventReportCodec::fromJson);
        ActorFacts facts = records.map(ArticleReports::actors).fold(ActorFacts.empty(), ActorFacts::merge);
        Broadcast<EventLinker.Actors> actors = sc.broadcast(new EventLinker.Actors(facts));
        JavaRDD<EventReport> reports = records.flatMap(r -> r.reports().iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long reportCount = reports.count();

        // blocks: the linker's keys, each with a time bucket; a report stands in every bucket its reach spans
        JavaPairRDD<String, Iterable<EventReport>> units = reports.keyBy(EventReport::reportedAs).groupByKey();
        JavaPairRDD<String, EventLinker.Block> blocks = units
                .mapValues(rs -> EventLinker.block(list(rs), actors.value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long[] days = blocks.values().map(SparkJob::finiteDays)
                .fold(new long[] {Long.MAX_VALUE, Long.MIN_VALUE},
                        (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        long first = days[0] == Long.MAX_VALUE ? 0 : days[0];
        long last = days[1] == Long.MIN_VALUE ? first : days[1];
        JavaRDD<EventLinker.Candidate> candidates = units.join(blocks).flatMapToPair(u -> {
            List<Tuple2<String, EventReport>> out = new ArrayList<>();
            EventLinker.Block b = u._2()._2();
            long from = bucket(b.from(), first, last);
            long to = bucket(b.reach(), first, last);
            for (String key : b.keys()) {
                for (long bucket = from; bucket <= to; bucket++) {
                    for (EventReport r : u._2()._1()) {
                        out.add(new Tuple2<>(key + "#" + bucket, r));
                    }
                }
            }
            return out.iterator();
        }).groupByKey().flatMap(g -> EventLinker.candidates(list(g._2()), actors.value()).iterator()).distinct();
        List<EventLinker.Candidate> pairs = candidates.collect();
        blocks.unpersist();

        // each connected set of candidates is decided on its own by the linker: reports of different sets never meet
        Broadcast<Map<String, String>> component = sc.broadcast(components(pairs));
        List<EventLinker.Rename> renames = reports.filter(r -> component.value().containsKey(r.reportedAs()))
                .keyBy(r -> component.value().get(r.reportedAs())).groupByKey()
                .flatMap(c -> EventLinker.decide(list(c._2()), actors.value(), m -> { }).renames().iterator())
                .collect();
        sc.parallelize(renames.stream().map(SparkJob::json).toList(), 1).saveAsTextFile(s.out() + "/links");

        Map<String, List<EventLinker.Rename>> byGraph = new HashMap<>();
        renames.forEach(r -> byGraph.computeIfAbsent(r.graph(), g -> new ArrayList<>()).add(r));
        Broadcast<Map<String, List<EventLinker.Rename>>> renamed = sc.broadcast(byGraph);
        JavaRDD<String> recorded = sc.parallelize(renames.stream().map(EventLinker::reportedAs)
                .filter(q -> q != null).map(q -> nquads(List.of(q))).toList(), 1);
        sc.textFile(s.out() + "/graphs").flatMap(line -> rename(line, renamed.value()).iterator())
                .union(recorded).saveAsTextFile(s.out() + "/linked");

        String graph = Consolidator.graphName(s.base()).getURI();
        reports.map(r -> renamed(r, renamed.value())).keyBy(EventReport::event).groupByKey()
                .flatMap(e -> Consolidator.consolidate(NodeFactory.createURI(graph), list(e._2())).iterator())
                .map(q -> nquads(List.of(q))).saveAsTextFile(s.out() + "/consolidated");
        reports.unpersist();
        return new long[] {reportCount, pairs.size(), renames.size()};
    }

    /** The earliest and latest finite day of a block, for the range of buckets. */
    private static long[] finiteDays(EventLinker.Block b) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (LocalDate d : List.of(b.from(), b.to(), b.reach())) {
            if (!d.equals(LocalDate.MIN) && !d.equals(LocalDate.MAX)) {
                lo = Math.min(lo, d.toEpochDay());
                hi = Math.max(hi, d.toEpochDay());
            }
        }
        return new long[] {lo, hi};
    }

    /** A day's bucket; open ends (an undated report without a publication day, a plan) go to the first or last. */
    static long bucket(LocalDate day, long first, long last) {
        long d = day.equals(LocalDate.MIN) ? first : day.equals(LocalDate.MAX) ? last : day.toEpochDay();
        return (Math.max(first, Math.min(last, d)) - first) / BUCKET_DAYS;
    }

    /** Each report IRI in a candidate pair to the smallest IRI of its connected set. */
    static Map<String, String> components(List<EventLinker.Candidate> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (EventLinker.Candidate p : pairs) {
            String a = root(parent, p.a());
            String b = root(parent, p.b());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new HashMap<>();
        parent.keySet().forEach(k -> out.put(k, root(parent, k)));
        return out;
    }

    private static String root(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        String r = x;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        while (!parent.get(x).equals(r)) {
            String next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    /** One N-Quads line of an article graph with its graph's renames applied (none, or no line, as they say). */
    static List<String> rename(String line, Map<String, List<EventLinker.Rename>> byGraph) {
        int end = line.lastIndexOf('>');
        int start = end < 0 ? -1 : line.lastIndexOf('<', end);
        List<EventLinker.Rename> renames = start < 0 ? null : byGraph.get(line.substring(start + 1, end));
        if (renames == null) {
            return List.of(line);
        }
        List<Quad> quads = new ArrayList<>();
        RDFParser.fromString(line, Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven())
                .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        List<String> out = new ArrayList<>();
        for (Quad q : quads) {
            for (EventLinker.Rename r : renames) {
                q = q == null ? null : EventLinker.renamed(q, r);
            }
            if (q != null) {
                out.add(nquads(List.of(q)));
            }
        }
        return out;
    }

    private static EventReport renamed(EventReport r, Map<String, List<EventLinker.Rename>> byGraph) {
        for (EventLinker.Rename rename : byGraph.getOrDefault(r.graph(), List.of())) {
            if (rename.from().equals(r.event())) {
                return r.renamed(rename.to());
            }
        }
        return r;
    }

    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(bytes, quads.iterator());
        return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }
}
