package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.InboxWatcher;
import org.diplograph.serve.SparqlServer;
import org.diplograph.store.GraphStore;
import org.diplograph.store.GrowthCompactor;
import org.diplograph.store.Statistics;
import org.diplograph.vocab.DG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store as a read-only SPARQL 1.1 endpoint with the analyst's workbench: search, actor, "
                        + "event and article pages with the sentences behind each fact, a timeline and a network with "
                        + "CSV and Turtle downloads, and a SPARQL editor with the canned queries. The pages only run "
                        + "SPARQL on the endpoint and load nothing from elsewhere (they work offline).",
                "Endpoint: http://localhost:PORT/diplograph/sparql ; workbench: http://localhost:PORT/",
                "Once listening, it opens every page type once in the background (the start page, and the most "
                        + "reported actor's pages), so the first visitor waits neither for the JVM to warm up nor for "
                        + "the start page's queries: see bench-web for the pages' times.",
                "With --watch, new or changed article files in the watched folders are built into the store while it "
                        + "is served: each article is one transaction, so every query sees whole articles only.",
                "A TDB2 store belongs to one process: while it is served, add articles through --watch, not build.",
                "Limits: a query ends within --timeout (parsing included) and answers 503 if it cannot; results are "
                        + "complete before they are sent (never a cut 200); request bodies up to 1 MB (413), request "
                        + "line and headers up to 64 KB (414); on loopback the Host header must be localhost, "
                        + "127.0.0.1 or [::1]. SERVICE is refused unless --allow-service: nothing a query says makes "
                        + "the server open a connection.",
                "Run it under a supervisor (systemd, a container): the launcher exits on OutOfMemoryError rather "
                        + "than limp on."},
        footer = {"", "Examples:", "  diplograph serve --store store/ --port 3030",
                "  diplograph serve --store store/ --watch inbox/ --interval 5",
                "  curl -s http://localhost:3030/diplograph/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final Duration COMPACTION_CHECK = Duration.ofMinutes(1);

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store to serve.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all interfaces, not only loopback.")
    boolean publicAccess;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Most rows a SELECT may answer (default: ${DEFAULT-VALUE}); a larger result is refused "
                    + "with 503 (page with LIMIT and OFFSET). Results are complete before they are sent.")
    int maxRows;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "128",
            description = "Memory for SELECT results kept for the store as it is now (default: ${DEFAULT-VALUE}; 0 "
                    + "turns it off): a query repeated before the store changes is answered without evaluating it "
                    + "again. Every write (a --watch round) makes the kept results out of date.")
    int cacheMb;

    @Option(names = "--allow-service", description = "Let queries call other SPARQL endpoints with SERVICE. Off by "
            + "default: without it nothing a query says makes the server open a connection.")
    boolean allowService;

    @Option(names = "--service-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "With --allow-service, longest one SERVICE call may take (default: ${DEFAULT-VALUE}).")
    int serviceTimeoutSeconds;

    @Option(names = "--watch", paramLabel = "DIR", description = "Folder (or file) of articles to keep building "
            + "into the store while serving; repeatable. The store is created if missing.")
    List<Path> watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "How often to look for new or changed files (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads for --watch (default: one "
            + "fewer than the cores, at least one, so queries keep a core).")
    Integer threads;

    @Option(names = "--compact-growth", paramLabel = "FACTOR", defaultValue = "1.5",
            description = "With --watch, compact the store once it has grown to FACTOR times its size after the last "
                    + "compaction (default: ${DEFAULT-VALUE}; looked at every minute).")
    double compactGrowth;

    @Option(names = "--drain", paramLabel = "SECONDS", defaultValue = "5",
            description = "On SIGTERM or Ctrl-C, how long queries in flight may go on before the server stops "
                    + "(default: ${DEFAULT-VALUE}); new requests meanwhile get 503.")
    int drainSeconds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DG.DEFAULT_BASE,
            description = "Base for minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    /**
     * On SIGTERM or Ctrl-C: new requests get 503, queries in flight get the grace period to answer, then the server
     * stops and the main thread closes the watcher and the store before the JVM exits.
     */
    private void shutDown(SparqlServer server, CountDownLatch closed) {
        LOG.info("stopping: queries in flight have {} s to finish", drainSeconds);
        try {
            if (!server.drainAndStop(drainSeconds * 1000L)) {
                LOG.warn("stopped with queries still running after {} s", drainSeconds);
            }
            closed.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() throws Exception {
        boolean watching = watch != null && !watch.isEmpty();
        if (!watching && !Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        if (watching) {
            for (Path w : watch) {
                if (!Files.exists(w)) {
                    throw new Main.UserError("--watch " + w + ": no such file or folder");
                }
            }
            if (intervalSeconds < 1) {
                throw new Main.UserError("--interval must be at least 1 second");
            }
        }
        CountDownLatch closed = new CountDownLatch(1);
        try (GraphStore s = Main.openStore(store)) {
            // a store built before the canned queries read statistics gets them; a current one is left as it is
            Statistics.refresh(s);
            SparqlServer.Builder builder = SparqlServer.builder(s.queryView()).port(port).loopback(!publicAccess)
                    .timeoutMillis(timeoutSeconds * 1000L).maxRows(maxRows).cacheBytes(cacheMb * (1L << 20));
            if (allowService) {
                builder.allowService(serviceTimeoutSeconds * 1000L);
            }
            SparqlServer server = builder.build().start();
            server.warmUp();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(server, closed), "diplograph-shutdown"));
            System.out.println("SPARQL endpoint: http://localhost:" + server.port() + SparqlServer.DATASET + "/sparql");
            System.out.println("Workbench:       http://localhost:" + server.port() + "/");
            InboxWatcher watcher = null;
            GrowthCompactor compactor = null;
            if (watching) {
                int n = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
                watcher = new InboxWatcher(Diplograph.builder().base(base).nameModel(names.variant()).threads(n).build(),
                        s, watch, Duration.ofSeconds(intervalSeconds)).start();
                compactor = new GrowthCompactor(s, store, compactGrowth).start(COMPACTION_CHECK);
                System.out.println("Watching:        " + watch + " every " + intervalSeconds + " s");
            }
            System.out.println("Ctrl-C to stop.");
            try {
                server.join();
            } finally {
                if (watcher != null) {
                    watcher.close();
                }
                if (compactor != null) {
                    compactor.close();
                }
            }
        } finally {
            closed.countDown();
        }
        return Main.OK;
    }
}
