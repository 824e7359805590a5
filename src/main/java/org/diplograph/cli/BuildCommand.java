package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Exporter;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.diplograph.vocab.DG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads news articles and builds the knowledge graph: one named graph per article.",
                "INPUT is a file or a directory (searched recursively) of .txt, .md, .html, .json or .jsonl.",
                "Bad inputs are reported one per line on stderr and skipped; the exit code is then 1.",
                "A --store is compacted when the build ends, so it holds only its live data."},
        footer = {"", "Examples:",
                "  diplograph build articles/ --out graph.trig",
                "  diplograph build news.jsonl --store store/ --threads 2"})
final class BuildCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store to add to (created if missing).")
    Path store;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write the graph to FILE; the extension picks the syntax: .trig .ttl .nq .jsonld")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DG.DEFAULT_BASE,
            description = "Base for minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--explain", description = "Explain on stderr which reports were merged into one event and why.")
    boolean explain;

    private static final String MERGED_EVENTS = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?event ?label (GROUP_CONCAT(DISTINCT ?id; separator=", ") AS ?articles)
                   (COUNT(DISTINCT ?g) AS ?reports)
                   (GROUP_CONCAT(DISTINCT ?name; separator=", ") AS ?participants)
                   (SAMPLE(?d) AS ?date)
            WHERE {
              GRAPH ?g { ?event a dg:Event ; schema:name ?label . ?g dg:articleId ?id }
              OPTIONAL { ?event schema:attendee/schema:name ?name }
              OPTIONAL { ?event dg:eventDate ?d }
            }
            GROUP BY ?event ?label HAVING (COUNT(DISTINCT ?g) > 1)
            ORDER BY DESC(?reports) ?label
            """;

    /**
     * Reports share an event by their key (the same family, participants and date) or are linked by
     * {@link org.diplograph.store.EventLinker}, which explains each link as it makes it. This sums up each event
     * that more than one article reports.
     */
    private static void explainMerges(GraphStore store) {
        var dataset = store.queryView();
        org.apache.jena.system.Txn.executeRead(dataset, () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset).query(MERGED_EVENTS).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    LOG.info("{} articles report \"{}\": participants {}, {}; reported by {}",
                            row.getLiteral("reports").getInt(), row.getLiteral("label").getString(),
                            row.contains("participants") ? row.getLiteral("participants").getString() : "none",
                            row.contains("date") ? "dated " + row.getLiteral("date").getLexicalForm()
                                    : "no report gives a resolvable date",
                            row.getLiteral("articles").getString());
                }
            }
        });
    }

    @Override
    public Integer call() throws Exception {
        if (store == null && out == null) {
            throw new Main.UserError("say where the graph goes: --store DIR and/or --out FILE");
        }
        if (out != null) {
            try {
                Exporter.syntaxOf(out);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
        }
        if (store != null && Files.exists(store) && !Files.isDirectory(store)) {
            throw new Main.UserError("--store " + store + " is a file, not a directory");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (GraphStore graphStore = store != null ? Main.openStore(store) : Stores.memory()) {
            Diplograph diplograph = Diplograph.builder().base(base).nameModel(names.variant()).threads(n)
                    .explain(explain ? LOG::info : LOG::debug).build();
            BatchBuilder.Summary summary = diplograph.ingest(inputs, graphStore, r -> LOG.warn("rejected {}", r));
            if (explain) {
                explainMerges(graphStore);
            }
            if (out != null) {
                Exporter.export(graphStore, out);
                LOG.info("wrote {}", out);
            }
            if (store != null) {
                Main.compact(graphStore, store);
            }
            System.out.println(summary.describe());
            return summary.rejected() > 0 ? Main.REJECTED : Main.OK;
        }
    }
}
