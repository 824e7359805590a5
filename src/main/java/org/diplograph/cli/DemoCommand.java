package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Builds the graph of the bundled example articles and shows what it holds.",
                "The articles are original texts about real diplomatic events. Prints the summary and three",
                "canned queries, and writes the store and the exports to the output folder. Runs in-process."})
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    static final List<String> SHOWN_QUERIES = List.of("actors.rq", "meetings.rq", "stances.rq");

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "demo-out",
            description = "Where the articles, store and exports go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        Path articles = outDir.resolve("articles");
        Path storeDir = outDir.resolve("store");
        deleteRecursively(storeDir);
        Files.createDirectories(articles);
        for (String name : resourceLines("demo/articles.list")) {
            try (InputStream in = resource("demo/" + name)) {
                Files.copy(in, articles.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        BatchBuilder.Summary summary;
        try (GraphStore store = Main.openStore(storeDir)) {
            summary = Diplograph.builder().nameModel(names.variant()).build()
                    .ingest(List.of(articles), store, r -> LOG.warn("rejected {}", r));
            System.out.println(summary.describe());
            for (String q : SHOWN_QUERIES) {
                String sparql = new String(resource("queries/" + q).readAllBytes(), StandardCharsets.UTF_8);
                System.out.println();
                System.out.println("== queries/" + q + ": " + sparql.lines().findFirst().orElse("").replaceFirst("^#\\s*", ""));
                System.out.flush();
                QueryRunner.run(store.queryView(), QueryRunner.parse(sparql), ResultFormat.TABLE, System.out);
            }
            System.out.println();
            for (String ext : List.of("trig", "ttl", "nq", "jsonld")) {
                Path file = outDir.resolve("demo." + ext);
                Exporter.export(store, file);
                System.out.println("wrote " + file);
            }
        }
        System.out.println();
        System.out.println("Serve it:  ./diplograph serve --store " + storeDir + "   (then open http://localhost:3030/)");
        System.out.println("Query it:  ./diplograph query queries/actors.rq --store " + storeDir);
        return summary.rejected() > 0 ? Main.REJECTED : Main.OK;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing bundled resource " + name);
        }
        return in;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Removes a folder and everything in it; nothing to do when it is not there. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
