package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a read-only command finds the graph: a TDB2 store or RDF files. */
final class DataOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "A TDB2 store built by `diplograph build --store`.")
        Path store;

        @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
                description = "RDF files (.trig .ttl .nq .jsonld) loaded into memory.")
        List<Path> data;
    }

    GraphStore open() {
        if (source.store != null) {
            if (!Files.isDirectory(source.store)) {
                throw new Main.UserError("no store at " + source.store + " (build one with: diplograph build INPUT --store "
                        + source.store + ")");
            }
            return Main.openStore(source.store);
        }
        for (Path f : source.data) {
            if (!Files.isReadable(f)) {
                throw new Main.UserError("cannot read " + f);
            }
        }
        try {
            return Stores.load(source.data);
        } catch (org.apache.jena.riot.RiotException e) {
            throw new Main.UserError("cannot parse RDF: " + e.getMessage());
        }
    }
}
