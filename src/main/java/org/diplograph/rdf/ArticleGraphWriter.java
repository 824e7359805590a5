package org.diplograph.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.Schema;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Keys;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.resolve.ResolvedEntity;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Wikidata;

/**
 * Emits one article as quads in its own named graph (graph name = article IRI), following the
 * contract's standard profile: schema.org types and names next to our own classes, owl:sameAs links
 * to Wikidata and GeoNames for registry entities. Streams; never builds a model.
 *
 * <pre>{@code
 * StreamRDF sink = StreamRDFLib.dataset(datasetGraph);
 * new ArticleGraphWriter(Iris.defaults()).write(resolvedArticle, sink);
 * }</pre>
 */
public final class ArticleGraphWriter {

    private final Iris iris;

    public ArticleGraphWriter(Iris iris) {
        this.iris = iris;
    }

    public Node graphName(ResolvedArticle article) {
        return iris.article(article.article().id());
    }

    public void write(ResolvedArticle resolved, StreamRDF out) {
        Node g = graphName(resolved);
        Emitter e = new Emitter(g, out);
        var article = resolved.article();
        e.add(g, RDF.type.asNode(), Schema.NewsArticle.asNode());
        e.add(g, RDF.type.asNode(), DG.Article.asNode());
        e.add(g, DG.articleId.asNode(), str(article.id()));
        e.add(g, DG.contentHash.asNode(), str(resolved.contentHash()));
        e.add(g, DG.sourceFile.asNode(), str(article.origin()));
        if (article.headline() != null) {
            e.add(g, Schema.headline.asNode(), str(article.headline()));
        }
        if (resolved.published() != null) {
            e.add(g, Schema.datePublished.asNode(),
                    NodeFactory.createLiteralDT(resolved.published().toString(), XSDDatatype.XSDdate));
        }
        if (article.url() != null && article.url().matches("https?://\\S+")) {
            e.add(g, Schema.url.asNode(), NodeFactory.createURI(article.url().replace(" ", "%20")));
        }
        if (article.publisher() != null && !article.publisher().isBlank()) {
            Node publisher = iris.entity(Keys.of(EntityKind.ORGANIZATION, article.publisher()));
            e.add(g, Schema.publisher.asNode(), publisher);
            e.add(publisher, RDF.type.asNode(), Schema.Organization.asNode());
            e.add(publisher, RDF.type.asNode(), DG.NewsAgency.asNode());
            e.add(publisher, RDFS.label.asNode(), str(article.publisher().strip()));
            e.add(publisher, Schema.name.asNode(), str(article.publisher().strip()));
        }
        if (resolved.datelinePlaceKey() != null) {
            e.add(g, DG.datelinePlace.asNode(), iris.entity(resolved.datelinePlaceKey()));
        }
        for (ResolvedEntity entity : resolved.entities()) {
            Node s = iris.entity(entity.key());
            e.add(g, Schema.mentions.asNode(), s);
            describe(e, entity);
            e.add(s, DG.mentionCount.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(entity.mentionCount()), XSDDatatype.XSDinteger));
        }
    }

    private void describe(Emitter e, ResolvedEntity entity) {
        Node s = iris.entity(entity.key());
        Node type = RDF.type.asNode();
        switch (entity.kind()) {
            case PERSON -> {
                e.add(s, type, Schema.Person.asNode());
                e.add(s, type, DG.Person.asNode());
            }
            case STATE -> {
                e.add(s, type, Schema.Country.asNode());
                e.add(s, type, DG.State.asNode());
            }
            case ORGANIZATION -> {
                e.add(s, type, Schema.Organization.asNode());
                e.add(s, type, DG.Organization.asNode());
                Node sub = organizationClass(entity.subtype());
                if (sub != null) {
                    e.add(s, type, sub);
                }
                if (DG.NewsAgency.asNode().equals(sub)) {
                    e.add(s, type, Schema.NewsMediaOrganization.asNode());
                }
                if (DG.GovernmentBody.asNode().equals(sub)) {
                    e.add(s, type, Schema.GovernmentOrganization.asNode());
                }
            }
            case PLACE -> {
                e.add(s, type, Schema.Place.asNode());
                e.add(s, type, DG.Place.asNode());
                if (entity.relatedKey() != null) {
                    e.add(s, type, Schema.City.asNode());
                    e.add(s, type, DG.City.asNode());
                }
            }
        }
        e.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(entity.label(), "en"));
        e.add(s, Schema.name.asNode(), str(entity.label()));
        e.add(s, DG.registryKey.asNode(), str(entity.key()));
        if (entity.qid() != null) {
            e.add(s, OWL.sameAs.asNode(), Wikidata.item(entity.qid()).asNode());
        }
        if (entity.geonamesId() != null) {
            e.add(s, OWL.sameAs.asNode(), Wikidata.geonames(entity.geonamesId()).asNode());
            e.add(s, DG.geonamesId.asNode(), str(entity.geonamesId()));
        }
        if (entity.kind() == EntityKind.PLACE && entity.relatedKey() != null) {
            e.add(s, DG.capitalOf.asNode(), iris.entity(entity.relatedKey()));
        }
    }

    private static Node organizationClass(String subtype) {
        if (subtype == null) {
            return null;
        }
        if (subtype.equals("news_agency") || subtype.endsWith("broadcaster") || subtype.equals("newspaper")) {
            return DG.NewsAgency.asNode();
        }
        if (subtype.equals("party")) {
            return DG.PoliticalParty.asNode();
        }
        if (subtype.equals("government-body")) {
            return DG.GovernmentBody.asNode();
        }
        return DG.IntergovernmentalOrganization.asNode();
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Writes each quad once, in the article's graph. */
    private static final class Emitter {
        private final Node graph;
        private final StreamRDF out;
        private final Set<Quad> seen = new HashSet<>();

        Emitter(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                out.quad(q);
            }
        }
    }
}
