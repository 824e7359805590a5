package org.diplograph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Namespaces;

/**
 * The two stores. In both, SPARQL's default graph is the union of all article graphs (the merged
 * knowledge graph), while {@code GRAPH ?article { ... }} still sees each article on its own.
 */
public final class Stores {

    public static GraphStore memory() {
        return new DatasetStore(DatasetGraphFactory.createTxnMem(), false);
    }

    /** Opens (creating if needed) a TDB2 database in the directory. */
    public static GraphStore tdb2(Path dir) {
        return new DatasetStore(DatabaseMgr.connectDatasetGraph(dir.toString()), true);
    }

    /** Loads RDF files (any syntax Jena reads; quads keep their graphs) into memory, for queries. */
    public static GraphStore load(List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (Path f : files) {
                RDFDataMgr.read(dsg, f.toString());
            }
        });
        return new DatasetStore(dsg, false);
    }

    private static final class DatasetStore implements GraphStore {
        private final DatasetGraph dsg;
        private final boolean persistent;

        DatasetStore(DatasetGraph dsg, boolean persistent) {
            this.dsg = dsg;
            this.persistent = persistent;
            Txn.executeWrite(dsg, () -> {
                if (dsg.prefixes().isEmpty()) {
                    Namespaces.standard(DG.DEFAULT_BASE).forEach(dsg.prefixes()::add);
                }
            });
        }

        @Override
        public void replaceGraphs(List<ArticleQuads> articles) {
            Txn.executeWrite(dsg, () -> {
                for (ArticleQuads a : articles) {
                    Node g = a.graph();
                    if (unchanged(a)) {
                        continue; // same article, same text: already stored exactly so
                    }
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    a.quads().forEach(dsg::add);
                }
            });
        }

        /** Same text extracted by the same pipeline version: the stored graph is already what it would be. */
        private boolean unchanged(ArticleQuads a) {
            boolean sameText = false;
            boolean sameVersion = true;
            for (var q : a.quads()) {
                if (!q.getSubject().equals(a.graph())) {
                    continue;
                }
                if (q.getPredicate().equals(DG.contentHash.asNode())) {
                    sameText = dsg.contains(a.graph(), a.graph(), q.getPredicate(), q.getObject());
                } else if (q.getPredicate().equals(DG.extractorVersion.asNode())) {
                    sameVersion = dsg.contains(a.graph(), a.graph(), q.getPredicate(), q.getObject());
                }
            }
            return sameText && sameVersion;
        }

        @Override
        public boolean isCurrent(Node graph, String contentHash, String extractorVersion) {
            return Txn.calculateRead(dsg, () -> dsg.contains(graph, graph, DG.contentHash.asNode(),
                    NodeFactory.createLiteralString(contentHash))
                    && (extractorVersion == null || dsg.contains(graph, graph, DG.extractorVersion.asNode(),
                    NodeFactory.createLiteralString(extractorVersion))));
        }

        @Override
        public boolean removeGraph(Node graph) {
            return Txn.calculateWrite(dsg, () -> {
                boolean present = dsg.containsGraph(graph);
                dsg.removeGraph(graph);
                return present;
            });
        }

        @Override
        public Dataset queryView() {
            if (persistent) {
                Dataset ds = DatasetFactory.wrap(dsg);
                ds.getContext().set(TDB2.symUnionDefaultGraph, true);
                return ds;
            }
            return DatasetFactory.wrap(new UnionDefaultGraph(dsg));
        }

        @Override
        public long size() {
            return Txn.calculateRead(dsg, () -> {
                long n = 0;
                var it = dsg.find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
        }

        @Override
        public void compact() {
            if (persistent) {
                DatabaseMgr.compact(dsg, true);
            }
        }

        @Override
        public void close() {
            if (persistent) {
                dsg.close();
            }
        }

        @Override
        public DatasetGraph storage() {
            return dsg;
        }
    }

    /**
     * An in-memory dataset whose default graph, as ARQ sees it, is the union of the named graphs. A
     * "view" wrapper, so ARQ does not unwrap it and bypass the union.
     */
    private static final class UnionDefaultGraph extends org.apache.jena.sparql.core.DatasetGraphWrapper
            implements org.apache.jena.sparql.core.DatasetGraphWrapperView {
        UnionDefaultGraph(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public org.apache.jena.graph.Graph getDefaultGraph() {
            return getUnionGraph();
        }

        @Override
        public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
            return super.find(unionIfDefault(g), s, p, o);
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return super.contains(unionIfDefault(g), s, p, o);
        }

        private static Node unionIfDefault(Node g) {
            return g != null && org.apache.jena.sparql.core.Quad.isDefaultGraph(g)
                    ? org.apache.jena.sparql.core.Quad.unionGraph : g;
        }
    }

    private Stores() {
    }
}
