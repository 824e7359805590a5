package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.store.DiskUsage;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts a TDB2 store: rewrites it with only its live data and deletes the old copy.",
                "TDB2 never reclaims the space of replaced or removed data by itself. `build` compacts when it ends "
                        + "and `serve --watch` when the store has grown; this is for stores written otherwise.",
                "Prints the size on disk before and after."},
        footer = {"", "Example:", "  diplograph compact --store store/"})
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store to compact.")
    Path store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        long before = DiskUsage.bytes(store);
        try (GraphStore s = Main.openStore(store)) {
            s.compact();
        }
        System.out.println(store + ": " + DiskUsage.human(before) + " -> " + DiskUsage.human(DiskUsage.bytes(store)));
        return Main.OK;
    }
}
