package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.GraphStore;
import org.diplograph.vocab.DG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads article graphs written elsewhere (the Spark job's graphs/ folder, or N-Quads from "
                + "build --out) into a new TDB2 store with Jena's parallel loader.",
                "Then links event reports and consolidates as build does: the store serves, exports and takes builds "
                + "as any other.",
                "PART is an N-Quads file (.nq, .nq.gz, or a Spark part- file) or a folder of them."},
        footer = {"", "Examples:",
                "  diplograph load --store store/ out/graphs/",
                "  diplograph load --store store/ day1.nq day2.nq.gz"})
final class LoadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "New TDB2 store to create.")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "PART", description = "N-Quads files or folders of them.")
    List<Path> parts;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DG.DEFAULT_BASE,
            description = "Base the graphs' IRIs were minted under (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--explain", description = "Explain on stderr which reports were linked into one event and why.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        List<Path> files = files(parts);
        if (files.isEmpty()) {
            throw new Main.UserError("no N-Quads files in " + parts);
        }
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new Main.UserError("--store " + store + " is a file, not a directory");
        }
        try (GraphStore graphStore = Main.openStore(store)) {
            if (!Txn.calculateRead(graphStore.storage(), () -> graphStore.storage().isEmpty())) {
                // a bulk load adds quads; an article graph loaded over its older self would keep both
                throw new Main.UserError("store " + store + " is not empty: load creates a store; add articles to "
                        + "one with build");
            }
            long start = System.nanoTime();
            DataLoader loader = LoaderFactory.parallelLoader(graphStore.storage(),
                    (format, args) -> LOG.debug(String.format(Locale.ROOT, format, args)));
            loader.startBulk();
            try {
                for (Path f : files) {
                    try (InputStream in = open(f)) {
                        loader.loadFromInputStream(null, in, Lang.NQUADS);
                    }
                }
                loader.finishBulk();
            } catch (IOException | RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long quads = loader.countQuads();
            long linking = System.nanoTime();
            Diplograph.builder().base(base).explain(explain ? LOG::info : LOG::debug).build().consolidate(graphStore);
            double linkSeconds = (System.nanoTime() - linking) / 1e9;
            Main.compact(graphStore, store);
            System.out.println(String.format(Locale.ROOT,
                    "%,d quads loaded from %,d files in %.1f s (%,.0f quads/s); linked and consolidated in %.1f s",
                    quads, files.size(), loadSeconds, quads / Math.max(loadSeconds, 1e-3), linkSeconds));
            return Main.OK;
        }
    }

    /** The files the parts stand for: named files as given, folders' N-Quads files sorted (no Spark markers). */
    static List<Path> files(List<Path> parts) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : parts) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(LoadCommand::isQuads).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new Main.UserError("no such file or directory: " + p);
            }
        }
        return out;
    }

    private static boolean isQuads(Path f) {
        String name = f.getFileName().toString();
        return (name.startsWith("part-") || name.endsWith(".nq") || name.endsWith(".nq.gz")) && !name.endsWith(".crc");
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
