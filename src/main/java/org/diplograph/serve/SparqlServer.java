package org.diplograph.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only SPARQL 1.1 endpoint over a store at {@code /diplograph/sparql} (also {@code /diplograph}), with the
 * analyst's workbench ({@link Workbench}: search, actor, event and article pages, timeline, network, SPARQL editor) at
 * {@code /}. Listens on loopback (127.0.0.1 and ::1) unless told otherwise. Every query ends within its
 * timeout, and nothing a query says makes the server open a connection: SERVICE is refused unless allowed.
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.builder(store.queryView()).port(3030).build().start();
 * }</pre>
 */
public final class SparqlServer {

    public static final String DATASET = "/diplograph";
    /** Largest request body (a query or a form); larger ones get 413 before they are read. */
    public static final long MAX_BODY_BYTES = 1 << 20;
    /** Largest request line and headers; a longer GET gets 414 (its query belongs in a POST body). */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** Rows a sort or DISTINCT keeps in memory before it spills to disk. */
    static final long SPILL_ROWS = 100_000;
    /** Results kept by default; the largest canned listings (actors, events) are 8-9 MB of JSON each on the
     * 4,000-article Wikinews store. */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;
    static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    private final FusekiServer fuseki;
    private final RequestGuard guard;
    private final BoundedQueryService queries;
    private final boolean loopback;

    private SparqlServer(FusekiServer fuseki, RequestGuard guard, BoundedQueryService queries, boolean loopback) {
        this.fuseki = fuseki;
        this.guard = guard;
        this.queries = queries;
        this.loopback = loopback;
    }

    /** A builder with the dataset, read-only access, the workbench and the limits already set. */
    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    public SparqlServer start() {
        fuseki.start();
        if (loopback) {
            bindIpv6Loopback();
        }
        return this;
    }

    /**
     * Opens the workbench's pages once, in the background, as a browser would ({@link PageTour}): the first visitor
     * after a start would otherwise wait for the JVM to load and compile the query engine's classes and for the
     * start page's queries to be evaluated (about a second on the Wikinews store). The start page's answers, and
     * those of the most reported actor's pages, are then in the result cache until the store changes.
     *
     * @return done when every page has been opened once, or the tour gave up (it never fails)
     */
    public CompletableFuture<Void> warmUp() {
        PageTour tour = new PageTour(URI.create("http://localhost:" + port() + "/"));
        return CompletableFuture.runAsync(() -> {
            long t0 = System.nanoTime();
            try {
                tour.visit(tour.start());
                LOG.info("start page ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
                for (PageTour.Page page : tour.pages()) {
                    tour.visit(page);
                }
                LOG.info("workbench pages opened once in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                LOG.info("workbench warm-up stopped: {}", e.toString());
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "diplograph-warm-up");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The port listened on (the one chosen when asked for port 0). */
    public int port() {
        return fuseki.getPort();
    }

    public FusekiServer fuseki() {
        return fuseki;
    }

    /** The SELECT results kept for the store's current snapshot, or null when the cache is off. */
    ResultCache cache() {
        return queries.cache();
    }

    public void join() {
        fuseki.join();
    }

    /** Stops at once; queries in flight are cut. */
    public void stop() {
        fuseki.stop();
    }

    /**
     * Refuses new requests (503), lets those in flight finish for up to the grace period, then cancels the queries
     * still running (their clients get 503) and stops.
     *
     * @return whether every request in flight ended within the grace period
     */
    public boolean drainAndStop(long graceMillis) throws InterruptedException {
        boolean drained = guard.drain(graceMillis);
        if (!drained) {
            queries.abortAll();
            guard.drain(graceMillis); // a cancelled query still writes its 503
        }
        fuseki.stop();
        return drained;
    }

    /**
     * "localhost" names ::1 as well as 127.0.0.1, and a client may try either first; Fuseki binds one, so the other
     * gets its own connector on the same port. A machine without IPv6 keeps the first.
     */
    private void bindIpv6Loopback() {
        Server jetty = fuseki.getJettyServer();
        HttpConfiguration config = jetty.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class)
                .getHttpConfiguration();
        ServerConnector v6 = new ServerConnector(jetty, new HttpConnectionFactory(config));
        v6.setHost("::1");
        v6.setPort(fuseki.getPort());
        try {
            jetty.addConnector(v6);
            v6.start();
        } catch (Exception e) {
            jetty.removeConnector(v6);
            LOG.warn("Not listening on [::1]:{} ({}); 127.0.0.1 only", fuseki.getPort(), e.getMessage());
        }
    }

    public static final class Builder {
        private final Dataset dataset;
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 30_000;
        private int maxRows = 100_000;
        private long serviceTimeoutMillis = -1;
        private long cacheBytes = DEFAULT_CACHE_BYTES;

        private Builder(Dataset dataset) {
            this.dataset = dataset;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        public Builder timeoutMillis(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
            return this;
        }

        /** Most rows a SELECT may answer; results are held in memory until complete. */
        public Builder maxRows(int maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /**
         * Bound on the SELECT results kept for the store's current snapshot (an estimate of their size in memory);
         * 0 evaluates every request.
         */
        public Builder cacheBytes(long cacheBytes) {
            this.cacheBytes = cacheBytes;
            return this;
        }

        /**
         * Lets queries call other endpoints with SERVICE, each call cut after the given time (also bounded by the
         * query's own timeout). Off unless called.
         */
        public Builder allowService(long callTimeoutMillis) {
            this.serviceTimeoutMillis = callTimeoutMillis;
            return this;
        }

        public SparqlServer build() {
            Context context = dataset.getContext();
            context.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            // Fuseki's advice: a -D option does not reach the dataset, so SERVICE is switched off here, in code
            boolean service = serviceTimeoutMillis > 0;
            context.set(ARQ.httpServiceAllowed, service);
            if (service) {
                context.set(ARQ.httpQueryTimeout, Long.toString(Math.min(serviceTimeoutMillis, timeoutMillis)));
            }
            context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
            QueryLimits.install(context);
            RequestGuard guard = new RequestGuard(loopback ? LOOPBACK_NAMES : null, MAX_BODY_BYTES);
            BoundedQueryService queries = new BoundedQueryService(timeoutMillis, maxRows,
                    cacheBytes > 0 ? new ResultCache(cacheBytes) : null);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, queries)
                    .addFilter("/*", guard)
                    .add(DATASET, dataset, false)
                    .addServlet("/*", new Workbench())
                    .build();
            limitHeaders(fuseki.getJettyServer());
            // the caller stops the server after draining; Jetty's own hook would cut queries at once
            fuseki.getJettyServer().setStopAtShutdown(false);
            return new SparqlServer(fuseki, guard, queries, loopback);
        }

        private static void limitHeaders(Server jetty) {
            for (Connector c : jetty.getConnectors()) {
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
                }
            }
        }
    }
}
