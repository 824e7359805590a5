package org.diplograph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a store to a file in the syntax its extension names.",
                ".trig, .nq and .jsonld keep one named graph per article; .ttl holds the merged graph."},
        footer = {"", "Example:", "  diplograph export --store store/ --out graph.nq"})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store.")
    Path store;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file (.trig .ttl .nq .jsonld).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try {
            Exporter.syntaxOf(out);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        if (!java.nio.file.Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        try (GraphStore s = Main.openStore(store)) {
            Exporter.export(s, out);
            System.out.println("wrote " + out + " (" + s.size() + " quads)");
        }
        return Main.OK;
    }
}
