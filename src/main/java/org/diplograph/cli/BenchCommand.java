package org.diplograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.PipelineVersion;
import org.diplograph.pipeline.StageClock;
import org.diplograph.pipeline.StageClock.Stage;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a full build: articles and tokens per second, CPU time per article in each stage, "
                + "peak heap and start-up.",
                "Builds into a throw-away TDB2 store (or memory). Stages nest without double counting: the encoder "
                        + "is taken out of names, the parse out of facts; what no stage holds (loading models, JIT, "
                        + "garbage collection) is shown apart.",
                "With --compare, prints two saved --json runs side by side instead of running."},
        footer = {"", "Examples:", "  ./diplograph bench ../shared/corpus/wikinews-politics --threads 2",
                "  ./diplograph bench articles.jsonl --json > before.json   (then again after a change: after.json)",
                "  ./diplograph bench --compare before.json after.json"})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--memory", description = "Build into memory instead of a temporary TDB2 store.")
    boolean memory;

    @Option(names = "--json", description = "Print the figures as one JSON object (for a machine, or --compare).")
    boolean json;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN.json",
            description = "Two runs saved with --json: their figures side by side, and the second over the first.")
    List<Path> compare;

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        if (compare != null) {
            if (!inputs.isEmpty()) {
                throw new Main.UserError("--compare reads two saved runs; give no INPUT with it");
            }
            System.out.print(compare(read(compare.get(0)), read(compare.get(1)),
                    compare.get(0).getFileName().toString(), compare.get(1).getFileName().toString()));
            return Main.OK;
        }
        if (inputs.isEmpty()) {
            throw new Main.UserError("give the articles to build (files or directories), or --compare A.json B.json");
        }
        ObjectNode run = measure();
        System.out.print(json ? JSON.writeValueAsString(run) + "\n" : describe(run));
        return Main.OK;
    }

    private ObjectNode measure() throws IOException {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Diplograph diplograph = Diplograph.builder().nameModel(names.variant()).threads(n).build();
        ArticlePipeline pipeline = diplograph.pipeline();
        Path dir = memory ? null : Files.createTempDirectory("diplograph-bench");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpuBefore = processCpuNanos();
        BatchBuilder.Summary summary;
        double consolidationSeconds;
        long consolidationCpu;
        try (GraphStore store = memory ? Stores.memory() : Main.openStore(dir)) {
            summary = diplograph.extractAll(inputs, store, r -> { });
            long t0 = System.nanoTime();
            long c0 = StageClock.cpuNanos();
            diplograph.consolidate(store);
            consolidationCpu = StageClock.cpuNanos() - c0;
            consolidationSeconds = (System.nanoTime() - t0) / 1e9;
        } finally {
            if (dir != null) {
                DemoCommand.deleteRecursively(dir);
            }
        }
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long articles = Math.max(1, summary.articles());
        ObjectNode run = JSON.createObjectNode();
        run.put("pipeline", PipelineVersion.ID);
        run.put("inputs", inputs.toString());
        run.put("threads", n);
        run.put("store", memory ? "memory" : "TDB2");
        run.put("nameFinder", names.variant().name().toLowerCase(Locale.ROOT));
        run.put("articles", summary.articles());
        run.put("rejected", summary.rejected());
        run.put("entities", summary.entities());
        run.put("triples", summary.quads());
        run.put("tokens", pipeline.tokens());
        run.put("seconds", round(summary.seconds()));
        run.put("articlesPerSecond", round(summary.articlesPerSecond()));
        run.put("tokensPerSecond", round(pipeline.tokens() / Math.max(summary.seconds(), 1e-3)));
        run.put("cpuMsPerArticle", round(cpuMs / articles));
        ObjectNode stages = run.putObject("stageCpuMsPerArticle");
        double inStages = 0;
        for (Stage s : Stage.values()) {
            double ms = pipeline.clock().millis(s);
            inStages += ms;
            stages.put(s.name().toLowerCase(Locale.ROOT), round(ms / articles));
        }
        // everything the process did outside the stages: loading models, JIT compilation, garbage collection
        run.put("outsideStagesCpuMsPerArticle", round(Math.max(0, cpuMs - inStages - consolidationCpu / 1e6)
                / articles));
        run.put("linkAndConsolidateSeconds", round(consolidationSeconds));
        run.put("linkAndConsolidateCpuMsPerArticle", round(consolidationCpu / 1e6 / articles));
        run.put("peakHeapMb", Math.round(peakHeap / 1048576.0));
        run.put("maxHeapMb", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
        if (summary.firstStored() > 0) {
            run.put("startToFirstArticleSeconds",
                    round((summary.firstStored() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0));
        }
        run.put("summary", summary.describe());
        return run;
    }

    static String describe(JsonNode r) {
        StringBuilder out = new StringBuilder(r.path("summary").asText()).append('\n');
        out.append(String.format(Locale.ROOT, "bench: %d threads, %s store, %s name finder: %.1f articles/s, "
                        + "%,.0f tokens/s, %.1f ms CPU per article, peak heap %d MB (max %d MB), first article stored "
                        + "%s s after start%n", r.path("threads").asInt(), r.path("store").asText(),
                r.path("nameFinder").asText(), r.path("articlesPerSecond").asDouble(),
                r.path("tokensPerSecond").asDouble(), r.path("cpuMsPerArticle").asDouble(),
                r.path("peakHeapMb").asLong(), r.path("maxHeapMb").asLong(),
                r.path("startToFirstArticleSeconds").asText("-")));
        out.append("bench: CPU ms per article by stage:");
        Iterator<Map.Entry<String, JsonNode>> stages = r.path("stageCpuMsPerArticle").fields();
        while (stages.hasNext()) {
            Map.Entry<String, JsonNode> s = stages.next();
            out.append(String.format(Locale.ROOT, " %s %.1f", s.getKey(), s.getValue().asDouble()));
        }
        out.append(String.format(Locale.ROOT, "; outside the stages (loading, JIT, GC) %.1f%n",
                r.path("outsideStagesCpuMsPerArticle").asDouble()));
        out.append(String.format(Locale.ROOT, "bench: linking events across articles and consolidating: %.1f s "
                        + "(%.1f CPU ms per article)%n", r.path("linkAndConsolidateSeconds").asDouble(),
                r.path("linkAndConsolidateCpuMsPerArticle").asDouble()));
        return out.toString();
    }

    /** Every number both runs have, in the first run's order, with the second over the first. */
    static String compare(JsonNode a, JsonNode b, String nameA, String nameB) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", nameA, nameB, "second/first"});
        addRows(rows, "", a, b);
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, "%-" + width[0] + "s  %" + width[1] + "s  %" + width[2] + "s  %"
                    + width[3] + "s", row[0], row[1], row[2], row[3]).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One row per figure of either run (a stage only one run has shows "-" for the other). */
    private static void addRows(List<String[]> rows, String prefix, JsonNode a, JsonNode b) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
            String name = prefix + key;
            JsonNode first = a.path(key);
            JsonNode second = b.path(key);
            if (first.isObject() || second.isObject()) {
                addRows(rows, name + ".", first, second);
            } else if (first.isNumber() || second.isNumber()) {
                String ratio = first.isNumber() && second.isNumber() && first.asDouble() != 0
                        ? String.format(Locale.ROOT, "%.2f", second.asDouble() / first.asDouble()) : "";
                rows.add(new String[] {name, shown(first), shown(second), ratio});
            } else if (!key.equals("summary")) {
                rows.add(new String[] {name, shown(first), shown(second), ""});
            }
        }
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "-" : value.asText();
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (n == null || !n.has("stageCpuMsPerArticle")) {
                throw new Main.UserError(file + ": not a run saved with bench --json");
            }
            return n;
        } catch (IOException e) {
            throw new Main.UserError(file + ": cannot read a bench run: " + e.getMessage());
        }
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
