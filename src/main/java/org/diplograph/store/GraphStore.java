package org.diplograph.store;

import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * Where article graphs live: in memory or in TDB2. Each write is one transaction, so a crash leaves
 * whole articles or none of them.
 */
public interface GraphStore extends AutoCloseable {

    /** Replaces each article's named graph with its new quads, all in one write transaction. */
    void replaceGraphs(List<ArticleQuads> articles);

    /**
     * Whether the store already holds this article graph extracted from the same content by the same pipeline
     * version, so extracting it again would change nothing.
     */
    boolean isCurrent(org.apache.jena.graph.Node graph, String contentHash, String extractorVersion);

    /** Retracts one article: its named graph goes, and with it every fact only that article asserted. */
    boolean removeGraph(org.apache.jena.graph.Node graph);

    /** The stored data for queries; its default graph is the union of the article graphs. */
    Dataset queryView();

    /** The stored article graphs as they are (no union view): what exports write. */
    org.apache.jena.sparql.core.DatasetGraph storage();

    /**
     * Rewrites a TDB2 store so that it holds only its live data, and deletes the old copy. TDB2 writes copy-on-write
     * and never reclaims space by itself; queries go on during compaction and writes wait. Nothing to do in memory.
     */
    void compact();

    /** Number of quads stored. */
    long size();

    @Override
    void close();
}
