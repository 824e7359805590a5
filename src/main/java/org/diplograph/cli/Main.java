package org.diplograph.cli;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code diplograph COMMAND [OPTIONS]}. Exit codes: 0 ok, 1 some inputs rejected or failed, 2 usage. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of geopolitical actors from news articles, and queries, "
                + "exports, validates and serves it.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                ServeCommand.class, LoadCommand.class, CompactCommand.class, RemoveCommand.class, DemoCommand.class,
                MentionsCommand.class,
                EvalCommand.class, BenchCommand.class, BenchWebCommand.class, TrainNerCommand.class,
                TrainContextCommand.class, TrainEventsCommand.class, TrainEventRolesCommand.class, TrainStancesCommand.class, RegistryCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        // Jena's vocabulary classes need the library initialised before any static use of them.
        org.apache.jena.sys.JenaSystem.init();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            if (ex instanceof UserError) {
                System.err.println("error: " + ex.getMessage());
                return USAGE;
            }
            LOG.debug("failed", ex);
            System.err.println("error: " + ex + " (run with DIPLOGRAPH_LOG=DEBUG for details)");
            return REJECTED;
        });
        return cl;
    }

    /**
     * Opens (creating if needed) a TDB2 store. A store belongs to one process at a time; when another holds it, say
     * so in one line with the way out, rather than Jena's lock exception.
     */
    static org.diplograph.store.GraphStore openStore(java.nio.file.Path dir) {
        try {
            return org.diplograph.store.Stores.tdb2(dir);
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new UserError("store " + dir + " is open in another process (" + e.getMessage().replaceFirst(
                        "^.*held by ", "held by ") + "). A store served by `serve` takes new articles through "
                        + "`serve --watch`; otherwise stop that process first.");
            }
            throw e;
        }
    }

    /**
     * Compacts a store a command has written, logging its size before and after: every write leaves the blocks it
     * replaced behind, and a store is handed over holding only its live data.
     */
    static void compact(org.diplograph.store.GraphStore store, java.nio.file.Path dir) {
        long before = org.diplograph.store.DiskUsage.bytes(dir);
        store.compact();
        LOG.info("compacted {}: {} -> {}", dir, org.diplograph.store.DiskUsage.human(before),
                org.diplograph.store.DiskUsage.human(org.diplograph.store.DiskUsage.bytes(dir)));
    }

    /** A mistake of the user's (missing file, bad option value): one line, no stack trace, exit 2. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
