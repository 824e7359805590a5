package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.rdf.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.GraphStore;
import org.diplograph.vocab.DG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Retracts articles from a store, one transaction each.",
                "Each article's named graph is deleted, so the merged graph no longer holds anything only that article said.",
                "ARTICLE is the article id (file name, record id or URL) or its IRI."},
        footer = {"", "Example:", "  diplograph remove --store store/ 002_53a223d58a8d3c17.txt"})
final class RemoveCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article ids or IRIs.")
    List<String> articles;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DG.DEFAULT_BASE,
            description = "Base the store was built with (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            throw new Main.UserError("no store at " + store);
        }
        Iris iris = new Iris(base);
        int missing = 0;
        try (GraphStore s = Main.openStore(store)) {
            for (String a : articles) {
                var graph = a.startsWith(iris.base())
                        ? org.apache.jena.graph.NodeFactory.createURI(a) : iris.article(a);
                if (s.removeGraph(graph)) {
                    System.out.println("removed " + graph.getURI());
                } else {
                    System.err.println("not in store: " + a);
                    missing++;
                }
            }
            // links and dates that rested on the removed articles go with them
            Diplograph.builder().base(base).build().consolidate(s);
        }
        return missing == 0 ? Main.OK : Main.REJECTED;
    }
}
