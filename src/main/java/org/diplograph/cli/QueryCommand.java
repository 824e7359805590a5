package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Statistics;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the merged graph of all articles.",
                "GRAPH ?article { ... } reaches one article's own graph. Results go to stdout only."},
        footer = {"", "Examples:",
                "  diplograph query queries/actors.rq --data graph.trig",
                "  diplograph query -e 'SELECT ?p ?n { ?p a schema:Person ; schema:name ?n }' --store store/ --format csv > people.csv",
                "Prefixes schema: dg: rdfs: owl: xsd: skos: wd: are predeclared for -e."})
final class QueryCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource querySource;

    static final class QuerySource {
        @Parameters(paramLabel = "QUERY.rq", description = "A file holding the query (see queries/).")
        Path file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    @Mixin
    DataOptions data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unknown --format " + format + " (use table, csv, tsv or json)");
        }
        String sparql;
        if (querySource.file != null) {
            if (!Files.isReadable(querySource.file)) {
                throw new Main.UserError("cannot read query file " + querySource.file);
            }
            sparql = Files.readString(querySource.file, StandardCharsets.UTF_8);
        } else {
            sparql = Prologue.PREFIXES + querySource.text;
        }
        Query query;
        try {
            query = QueryRunner.parse(sparql);
        } catch (QueryParseException e) {
            throw new Main.UserError("bad SPARQL: " + e.getMessage());
        }
        try (GraphStore store = data.open()) {
            if (data.source.data != null) {
                Statistics.refresh(store); // exports leave the counts out; the canned queries read them
            }
            OutputStream out = new BufferedOutputStream(System.out);
            QueryRunner.run(store.queryView(), query, resultFormat, out);
            out.flush();
        }
        return Main.OK;
    }
}
