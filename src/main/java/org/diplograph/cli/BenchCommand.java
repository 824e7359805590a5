package org.diplograph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.pipeline.StageClock;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Consolidator;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a full build: articles per second, CPU seconds and peak heap.",
                "Builds into a throw-away TDB2 store (or memory) and prints one line of figures."},
        footer = {"", "Example:", "  ./diplograph bench ../shared/corpus/wikinews-politics --threads 2"})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--memory", description = "Build into memory instead of a temporary TDB2 store.")
    boolean memory;

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults(), names.variant());
        Path dir = memory ? null : Files.createTempDirectory("diplograph-bench");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpuBefore = processCpuNanos();
        BatchBuilder.Summary summary;
        double consolidationSeconds;
        try (GraphStore store = memory ? Stores.memory() : Main.openStore(dir)) {
            summary = new BatchBuilder(pipeline, store, n).build(inputs, r -> { });
            long t0 = System.nanoTime();
            Consolidator.run(store, Iris.defaults().base());
            consolidationSeconds = (System.nanoTime() - t0) / 1e9;
        } finally {
            if (dir != null) {
                DemoCommand.deleteRecursively(dir);
            }
        }
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(summary.describe());
        System.out.printf(Locale.ROOT, "bench: %d threads, %s store, %s name finder: %.1f articles/s, %.1f CPU s "
                        + "(%.1f ms CPU per article), peak heap %.0f MB (max %.0f MB)%n", n, memory ? "memory" : "TDB2",
                names.variant().name().toLowerCase(Locale.ROOT), summary.articlesPerSecond(),
                cpu, 1000 * cpu / Math.max(1, summary.articles()), peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        StringBuilder stages = new StringBuilder("bench: CPU ms per article by stage:");
        for (StageClock.Stage s : StageClock.Stage.values()) {
            stages.append(String.format(Locale.ROOT, " %s %.1f", s.name().toLowerCase(Locale.ROOT),
                    pipeline.clock().millis(s) / Math.max(1, summary.articles())));
        }
        System.out.println(stages);
        System.out.printf(Locale.ROOT, "bench: linking events across articles and consolidating: %.1f s%n",
                consolidationSeconds);
        return Main.OK;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
