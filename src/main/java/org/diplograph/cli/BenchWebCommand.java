package org.diplograph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.serve.PageTour;
import org.diplograph.serve.SparqlServer;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Times the workbench's pages on a store: starts the server in this process, then opens each "
                + "page as a browser does (its files, then its SPARQL: the same web/q queries with the same terms, "
                + "each page's queries sent at once) and prints per page the time of the first visit and the median "
                + "of the repeated ones, in ms: every page is visited once, then all of them again, --repeat times.",
                "The pages: the start page (opened first, so it also pays for what the server loads on its first "
                        + "request), a search for the most reported actor's name, that actor's page, its event that "
                        + "most articles report, the newest article that mentions it, the timeline and network as "
                        + "first opened, the SPARQL editor. The examples are chosen through a second server without "
                        + "a result cache, so no page is answered from the cache on its first visit.",
                "Server time only: what the browser then spends drawing is not in these figures. The server does not "
                        + "warm itself up here, as serve does."},
        footer = {"", "Examples:", "  ./diplograph bench-web --store store/",
                "  ./diplograph bench-web --store store/ --repeat 10 --cache-mb 0"})
final class BenchWebCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store to serve.")
    Path store;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "5",
            description = "Visits of each page after the first (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "128",
            description = "Result cache, as serve's (default: ${DEFAULT-VALUE}; 0 evaluates every visit).")
    long cacheMb;

    /** One page's figures. */
    record Timing(String page, long firstMs, long repeatedMs, int queries, String address) {
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        if (repeat < 1) {
            throw new Main.UserError("--repeat must be at least 1");
        }
        try (GraphStore s = Main.openStore(store)) {
            Statistics.refresh(s); // as serve does at start: the start page reads them
            SparqlServer server = SparqlServer.builder(s.queryView()).port(0).cacheBytes(cacheMb * (1L << 20))
                    .build().start();
            try {
                PageTour tour = tour(server);
                PageTour.Page start = tour.start();
                long startFirst = tour.visit(start).toMillis();
                List<PageTour.Page> pages = choosePages(s);
                long[] first = new long[pages.size()];
                for (int p = 0; p < pages.size(); p++) {
                    first[p] = pages.get(p).name().equals(start.name()) ? startFirst
                            : tour.visit(pages.get(p)).toMillis();
                }
                // each repetition goes round every page, as a reader going back and forth would
                long[][] again = new long[pages.size()][repeat];
                for (int i = 0; i < repeat; i++) {
                    for (int p = 0; p < pages.size(); p++) {
                        again[p][i] = tour.visit(pages.get(p)).toMillis();
                    }
                }
                List<Timing> out = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    PageTour.Page page = pages.get(p);
                    out.add(new Timing(page.name(), first[p], median(again[p]),
                            page.rounds().stream().mapToInt(List::size).sum(), page.address()));
                }
                System.out.print(table(out));
            } finally {
                server.stop();
            }
        }
        return Main.OK;
    }

    private static PageTour tour(SparqlServer server) {
        return new PageTour(URI.create("http://localhost:" + server.port() + "/"));
    }

    /**
     * The pages and their examples, chosen through a server without a cache on the same store, so the timed one
     * keeps nothing of the choosing; a page is visited through whichever server the tour is given.
     */
    private static List<PageTour.Page> choosePages(GraphStore s) throws Exception {
        SparqlServer chooser = SparqlServer.builder(s.queryView()).port(0).cacheBytes(0).build().start();
        try {
            return tour(chooser).pages();
        } finally {
            chooser.stop();
        }
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String table(List<Timing> rows) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %12s %8s  %s%n", "page", "first ms",
                "repeated ms", "queries", "address"));
        for (Timing t : rows) {
            b.append(String.format(Locale.ROOT, "%-8s %9d %12d %8d  %s%n", t.page(), t.firstMs(), t.repeatedMs(),
                    t.queries(), t.address()));
        }
        return b.toString();
    }
}
