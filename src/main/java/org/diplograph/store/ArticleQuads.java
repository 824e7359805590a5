package org.diplograph.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** All quads of one article's named graph. */
public record ArticleQuads(Node graph, List<Quad> quads) {
    public ArticleQuads {
        quads = List.copyOf(quads);
        for (Quad q : quads) {
            if (!q.getGraph().equals(graph)) {
                throw new IllegalArgumentException("quad outside the article graph " + graph + ": " + q);
            }
        }
    }
}
