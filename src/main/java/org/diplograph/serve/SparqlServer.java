package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * A read-only SPARQL 1.1 endpoint over a store at {@code /diplograph/sparql} (also {@code /diplograph}),
 * with a query page at {@code /}. Listens on loopback unless told otherwise; every query is cut off
 * after the timeout so one runaway query cannot hold the server.
 *
 * <pre>{@code
 * FusekiServer server = SparqlServer.builder(store.queryView()).port(3030).build();
 * server.start();
 * }</pre>
 */
public final class SparqlServer {

    public static final String DATASET = "/diplograph";

    /** A builder with the dataset, read-only access, the query page and the timeout already set. */
    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    public static final class Builder {
        private final Dataset dataset;
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 30_000;

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

        public FusekiServer build() {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            return FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .add(DATASET, dataset, false)
                    .staticFileBase(pageDirectory())
                    .build();
        }
    }

    /**
     * Fuseki serves static files from a directory (and owns "/" otherwise), so the query page is
     * copied from the jar into a temporary one.
     */
    private static String pageDirectory() {
        try {
            Path dir = Files.createTempDirectory("diplograph-web");
            dir.toFile().deleteOnExit();
            Path page = dir.resolve("index.html");
            try (InputStream in = SparqlServer.class.getClassLoader().getResourceAsStream("web/index.html")) {
                Files.copy(in, page);
            }
            page.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the query page", e);
        }
    }

    private SparqlServer() {
    }
}
