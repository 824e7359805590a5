package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.serve.SparqlServer;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store as a read-only SPARQL 1.1 endpoint with a query page.",
                "Endpoint: http://localhost:PORT/diplograph/sparql ; page: http://localhost:PORT/"},
        footer = {"", "Example:", "  diplograph serve --store store/ --port 3030",
                "  curl -s http://localhost:3030/diplograph/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store to serve.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all interfaces, not only loopback.")
    boolean publicAccess;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        try (GraphStore s = Stores.tdb2(store)) {
            FusekiServer server = SparqlServer.builder(s.queryView()).port(port).loopback(!publicAccess)
                    .timeoutMillis(timeoutSeconds * 1000L).build();
            server.start();
            System.out.println("SPARQL endpoint: http://localhost:" + server.getPort() + SparqlServer.DATASET + "/sparql");
            System.out.println("Query page:      http://localhost:" + server.getPort() + "/");
            System.out.println("Ctrl-C to stop.");
            server.join();
        }
        return Main.OK;
    }
}
