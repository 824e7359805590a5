package org.diplograph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;

/**
 * Writes the store to a file whose extension picks the syntax: {@code .trig}, {@code .nq},
 * {@code .jsonld} keep the article graphs; {@code .ttl} writes the merged graph (Turtle has no graphs).
 * Written to a temporary file and moved into place, so a failed export never leaves half a file. The
 * {@link Statistics} graph is left out: its counts describe this store, not what any article said, and a store
 * loaded from the export derives them again.
 */
public final class Exporter {

    /** Above this many quads, streaming syntaxes replace the pretty ones to keep memory flat. */
    private static final long PRETTY_LIMIT = 200_000;

    public enum Syntax { TRIG, TURTLE, NQUADS, JSONLD }

    public static Syntax syntaxOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trig")) {
            return Syntax.TRIG;
        }
        if (name.endsWith(".ttl")) {
            return Syntax.TURTLE;
        }
        if (name.endsWith(".nq")) {
            return Syntax.NQUADS;
        }
        if (name.endsWith(".jsonld")) {
            return Syntax.JSONLD;
        }
        throw new IllegalArgumentException("unknown output format for " + file
                + " (use .trig, .ttl, .nq or .jsonld)");
    }

    public static void export(GraphStore store, Path file) throws IOException {
        Syntax syntax = syntaxOf(file);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            DatasetGraph stored = store.storage();
            boolean big = store.size() > PRETTY_LIMIT;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Txn.executeRead(stored, () -> {
                    DatasetGraph dsg = withoutStatistics(stored);
                    switch (syntax) {
                        case TRIG -> RDFDataMgr.write(out, dsg, big ? RDFFormat.TRIG_BLOCKS : RDFFormat.TRIG_PRETTY);
                        case NQUADS -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                        case TURTLE -> RDFDataMgr.write(out, dsg.getUnionGraph(),
                                big ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TURTLE_PRETTY);
                        case JSONLD -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
                    }
                });
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static DatasetGraph withoutStatistics(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Statistics.GRAPH)) {
                graphs.add(g);
            }
        });
        return new DatasetGraphFilteredView(dsg, q -> !q.getGraph().equals(Statistics.GRAPH), graphs);
    }

    private Exporter() {
    }
}
