package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.Facts;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.pipeline.DemoCorpus;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.store.ArticleQuads;
import org.diplograph.text.Article;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Schema;
import org.junit.jupiter.api.Test;

class ArticleGraphWriterTest {

    private static ArticleQuads graphOf(String text) {
        org.apache.jena.sys.JenaSystem.init();
        Article a = new Article("places-1", "Fighting in the north", text, null, java.time.LocalDate.of(2025, 3, 2),
                null, "places-1.txt");
        return DemoCorpus.pipeline().toQuads(DemoCorpus.pipeline().resolve(a));
    }

    private static boolean has(ArticleQuads g, Node s, Node p, Node o) {
        return g.quads().stream().anyMatch(q -> q.getSubject().equals(s) && q.getPredicate().equals(p)
                && q.getObject().equals(o) && !Quad.isDefaultGraph(q.getGraph()));
    }

    /** A known city says which state it lies in; a capital says whose capital it is; neither claims the other. */
    @Test
    void placesNameTheStateTheyLieIn() {
        ArticleQuads g = graphOf("Iraqi troops entered Mosul on Sunday, officials in Baghdad said.");
        Iris iris = Iris.defaults();
        assertTrue(has(g, iris.entity("place/mosul"), Schema.containedInPlace.asNode(), iris.entity("state/IRQ")),
                g.quads().toString());
        assertFalse(has(g, iris.entity("place/mosul"), DG.capitalOf.asNode(), iris.entity("state/IRQ")));
        assertTrue(has(g, iris.entity("place/baghdad"), DG.capitalOf.asNode(), iris.entity("state/IRQ")));
    }

    @Test
    void provenanceNamesTheFileAndRecordNeverThePath() {
        org.apache.jena.sys.JenaSystem.init();
        Article a = new Article("feed-12", "Talks resume", "Officials met in Geneva on Monday.", null,
                java.time.LocalDate.of(2025, 3, 2), null, "/home/someone/private/news/feed.jsonl#12");
        ArticleQuads g = DemoCorpus.pipeline().toQuads(DemoCorpus.pipeline().resolve(a));
        var sources = g.quads().stream().filter(q -> q.getPredicate().equals(DG.sourceFile.asNode()))
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertEquals(java.util.List.of("feed.jsonl#12"), sources);
        assertTrue(g.quads().stream().noneMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains("/home/someone")), "no quad names the path");
    }

    /** "We condemn X" outside a quotation has no holder the graph knows: no stance, no node for the voice. */
    @Test
    void aStanceOfAnUnnamedFirstPersonIsLeftOut() {
        ArticleQuads g = graphOf("We strongly condemn Norway for the raid on the border.");
        assertTrue(g.quads().stream().noneMatch(q -> q.getObject().isURI()
                && q.getObject().getURI().contains("first-person")), g.quads().toString());
    }

    @Test
    void sourceNamesOfFilesAndRecords() {
        assertEquals("a.txt", ArticleGraphWriter.sourceName("a.txt"));
        assertEquals("a.txt", ArticleGraphWriter.sourceName("/srv/in/a.txt"));
        assertEquals("b.jsonl#7", ArticleGraphWriter.sourceName("C:\\data\\b.jsonl#7"));
        assertEquals("odd#name.md", ArticleGraphWriter.sourceName("../x/odd#name.md"));
    }
}
