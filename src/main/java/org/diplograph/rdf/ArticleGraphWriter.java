package org.diplograph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.Schema;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.diplograph.extract.facts.ConceptLexicon;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.Evidence;
import org.diplograph.extract.facts.Facts;
import org.diplograph.extract.facts.QuoteFact;
import org.diplograph.extract.facts.RoleFact;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Keys;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.resolve.ResolvedEntity;
import org.diplograph.text.CharSpan;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Wikidata;

/**
 * Emits one article as quads in its own named graph (graph name = article IRI), following the
 * contract's standard profile: schema.org types and names next to our own classes, owl:sameAs links
 * to Wikidata and GeoNames for registry entities. Streams; never builds a model.
 *
 * <pre>{@code
 * StreamRDF sink = StreamRDFLib.dataset(datasetGraph);
 * new ArticleGraphWriter(Iris.defaults(), ConceptLexicon.bundled()).write(resolvedArticle, sink);
 * }</pre>
 */
public final class ArticleGraphWriter {

    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String CAMEO = "https://w3id.org/diplograph/cameo/";
    private static final String PLOVER = "https://w3id.org/diplograph/plover/";

    private final Iris iris;
    private final ConceptLexicon concepts;
    private final String extractorVersion;

    public ArticleGraphWriter(Iris iris, ConceptLexicon concepts) {
        this(iris, concepts, null);
    }

    /** @param extractorVersion stated on each article so a store can tell stale extractions, or null */
    public ArticleGraphWriter(Iris iris, ConceptLexicon concepts, String extractorVersion) {
        this.iris = iris;
        this.concepts = concepts;
        this.extractorVersion = extractorVersion;
    }

    public Node graphName(ResolvedArticle article) {
        return graphName(article.article());
    }

    public Node graphName(org.diplograph.text.Article article) {
        return iris.article(article.id());
    }

    /** The version stated on each article graph, or null when none is. */
    public String extractorVersion() {
        return extractorVersion;
    }

    /**
     * What the graph says an article was read from: the input's file name and, for a JSONL record, its line
     * ("feed.jsonl#12"). Never the path: a served graph would publish the builder's directories.
     */
    static String sourceName(String origin) {
        int hash = origin.lastIndexOf('#');
        boolean record = hash > 0 && origin.substring(hash + 1).matches("\\d+");
        String file = record ? origin.substring(0, hash) : origin;
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1) + (record ? origin.substring(hash) : "");
    }

    public void write(ResolvedArticle resolved, StreamRDF out) {
        Node g = graphName(resolved);
        Emitter e = new Emitter(g, out);
        var article = resolved.article();
        e.add(g, RDF.type.asNode(), Schema.NewsArticle.asNode());
        e.add(g, RDF.type.asNode(), DG.Article.asNode());
        e.add(g, DG.articleId.asNode(), str(article.id()));
        e.add(g, DG.contentHash.asNode(), str(resolved.contentHash()));
        e.add(g, DG.sourceFile.asNode(), str(sourceName(article.origin())));
        if (extractorVersion != null) {
            e.add(g, DG.extractorVersion.asNode(), str(extractorVersion));
        }
        if (article.headline() != null) {
            e.add(g, Schema.headline.asNode(), str(article.headline()));
        }
        if (resolved.published() != null) {
            e.add(g, Schema.datePublished.asNode(),
                    NodeFactory.createLiteralDT(resolved.published().toString(), XSDDatatype.XSDdate));
        }
        if (article.url() != null && article.url().matches("https?://\\S+")) {
            e.add(g, Schema.url.asNode(), NodeFactory.createURI(Iris.escapeUrl(article.url())));
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
        new FactWriter(e, g, resolved).write();
    }

    /** Events, roles, stances and quotes, each with a Web Annotation pointing at its sentence. */
    private final class FactWriter {
        private final Emitter e;
        private final Node article;
        private final ResolvedArticle resolved;
        private int evidenceCount;

        FactWriter(Emitter e, Node article, ResolvedArticle resolved) {
            this.e = e;
            this.article = article;
            this.resolved = resolved;
        }

        void write() {
            Facts facts = resolved.facts();
            for (EventFact ev : facts.events()) {
                event(ev);
            }
            for (RoleFact r : facts.roles()) {
                role(r);
            }
            for (StanceFact st : facts.stances()) {
                if (st.hasNamedHolder()) {
                    stance(st);
                }
            }
            for (QuoteFact q : facts.quotes()) {
                quote(q);
            }
        }

        Node node(EventFact ev) {
            return iris.entity(EventKeys.key(ev, resolved.article().id()));
        }

        void event(EventFact ev) {
            Node s = node(ev);
            e.add(s, RDF.type.asNode(), Schema.Event.asNode());
            e.add(s, RDF.type.asNode(), DG.Event.asNode());
            e.add(s, RDF.type.asNode(), uri(DG.NS + ev.kind().ontologyClass()));
            e.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(ev.label(), "en"));
            e.add(s, Schema.name.asNode(), str(ev.label()));
            if (ev.kind().coded()) {
                e.add(s, DG.cameoCode.asNode(), uri(CAMEO + ev.kind().cameo()));
                e.add(s, DG.ploverCategory.asNode(), uri(PLOVER + ev.kind().plover()));
            }
            e.add(s, DG.modality.asNode(), uri(DG.NS + switch (ev.modality()) {
                case ASSERTED -> "Asserted";
                case PLANNED -> "Planned";
                case HYPOTHETICAL -> "Hypothetical";
                case NEGATED -> "Negated";
            }));
            for (String p : ev.participants()) {
                e.add(s, Schema.attendee.asNode(), iris.entity(p));
            }
            for (String p : ev.sources()) {
                e.add(s, DG.sourceActor.asNode(), iris.entity(p));
            }
            for (String p : ev.targets()) {
                e.add(s, DG.targetActor.asNode(), iris.entity(p));
            }
            if (ev.placeKey() != null) {
                e.add(s, Schema.location.asNode(), iris.entity(ev.placeKey()));
            }
            TimeValue t = ev.time();
            if (t != null) {
                if (t.inferred()) {
                    e.add(s, DG.dateInferred.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                } else {
                    e.add(s, DG.dateExpression.asNode(), str(t.expression()));
                }
                if (t.isResolved()) {
                    XSDDatatype type = switch (t.precision()) {
                        case DAY -> XSDDatatype.XSDdate;
                        case MONTH -> XSDDatatype.XSDgYearMonth;
                        case YEAR -> XSDDatatype.XSDgYear;
                    };
                    Node value = NodeFactory.createLiteralDT(t.value(), type);
                    e.add(s, DG.eventDate.asNode(), value);
                    if (t.precision() == TimeValue.Precision.DAY) {
                        e.add(s, Schema.startDate.asNode(), value);
                    }
                }
            }
            e.add(article, Schema.mentions.asNode(), s);
            triggers(evidence(s, ev.evidence()), ev);
        }

        /**
         * The words of the evidence sentence that signal the event, so a reader can mark them rather than guess them
         * from the participants' names; a trigger of a report merged in from another sentence is not in this one.
         */
        void triggers(Node annotation, EventFact ev) {
            CharSpan sentence = ev.evidence().span();
            int n = 0;
            for (CharSpan t : ev.triggers().stream().filter(sentence::contains).sorted().distinct().toList()) {
                Node position = NodeFactory.createURI(annotation.getURI() + "/trigger/" + (++n));
                e.add(annotation, DG.trigger.asNode(), position);
                e.add(position, RDF.type.asNode(), uri(OA + "TextPositionSelector"));
                e.add(position, uri(OA + "start"), offset(t.start()));
                e.add(position, uri(OA + "end"), offset(t.end()));
            }
        }

        void role(RoleFact r) {
            Node s = iris.entity("role/" + Keys.slug(r.personKey()) + "/" + Keys.slug(r.role())
                    + (r.orgKey() == null ? "" : "/" + Keys.slug(r.orgKey())));
            e.add(s, RDF.type.asNode(), DG.Role.asNode());
            e.add(s, RDF.type.asNode(), uri(ORG + "Membership"));
            e.add(s, uri(ORG + "member"), iris.entity(r.personKey()));
            if (r.orgKey() != null) {
                e.add(s, uri(ORG + "organization"), iris.entity(r.orgKey()));
            }
            e.add(s, DG.roleLabel.asNode(), str(r.role()));
            e.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(r.role(), "en"));
            if (r.asOf() != null) {
                e.add(s, DG.asOf.asNode(), NodeFactory.createLiteralDT(r.asOf(), XSDDatatype.XSDdate));
            }
            evidence(s, r.evidence());
        }

        void stance(StanceFact st) {
            Node s = iris.entity("stance/" + Keys.slug(st.holderKey()) + "/"
                    + (st.polarity() == StanceFact.Polarity.SUPPORTS ? "supports" : "opposes") + "/" + Keys.slug(st.targetKey()));
            e.add(s, RDF.type.asNode(), DG.Stance.asNode());
            e.add(s, DG.holder.asNode(), iris.entity(st.holderKey()));
            if (st.speakerKey() != null && !st.speakerKey().equals(st.holderKey())) {
                e.add(s, DG.speaker.asNode(), iris.entity(st.speakerKey()));
            }
            e.add(s, DG.polarity.asNode(), st.polarity() == StanceFact.Polarity.SUPPORTS ? DG.supports.asNode()
                    : DG.opposes.asNode());
            for (String state : st.onBehalfOfKeys()) {
                e.add(s, DG.onBehalfOf.asNode(), iris.entity(state));
            }
            if (st.cue() != null) {
                e.add(s, DG.cue.asNode(), str(st.cue()));
            }
            Node target = st.targetKey().startsWith("concept/")
                    ? uri(ConceptLexicon.NS + st.targetKey().substring("concept/".length())) : iris.entity(st.targetKey());
            e.add(s, DG.target.asNode(), target);
            if (st.targetKey().startsWith("concept/")) {
                e.add(target, RDF.type.asNode(), uri(SKOS + "Concept"));
                e.add(target, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(st.targetLabel(), "en"));
                e.add(target, RDFS.label.asNode(), NodeFactory.createLiteralLang(st.targetLabel(), "en"));
                concepts.get(st.targetKey()).ifPresent(c -> c.sameAs().forEach(
                        iri -> e.add(target, OWL.sameAs.asNode(), uri(iri))));
            }
            evidence(s, st.evidence());
        }

        void quote(QuoteFact q) {
            Node s = iris.entity("quote/" + Hashing.sha256().hashString(resolved.article().id() + "|"
                    + q.quoteSpan().start(), StandardCharsets.UTF_8).toString().substring(0, 16));
            if (q.indirect()) {
                e.add(s, RDF.type.asNode(), DG.ReportedSpeech.asNode());
            } else {
                e.add(s, RDF.type.asNode(), DG.Quote.asNode());
                e.add(s, RDF.type.asNode(), uri(Schema.NS + "Quotation"));
            }
            if (q.cue() != null) {
                e.add(s, DG.cue.asNode(), str(q.cue()));
            }
            e.add(s, uri(Schema.NS + "text"), str(q.text()));
            e.add(s, DG.speaker.asNode(), iris.entity(q.speakerKey()));
            e.add(s, uri(Schema.NS + "creator"), iris.entity(q.speakerKey()));
            e.add(s, uri(Schema.NS + "isPartOf"), article);
            if (q.channelKey() != null) {
                e.add(s, DG.channel.asNode(), iris.entity(q.channelKey()));
            }
            evidence(s, q.evidence());
        }

        /** oa:Annotation whose body is the fact and whose target is the sentence in the article; returns it. */
        Node evidence(Node fact, Evidence ev) {
            Node a = NodeFactory.createURI(article.getURI() + "/evidence/" + (++evidenceCount));
            Node target = NodeFactory.createURI(a.getURI() + "/target");
            Node position = NodeFactory.createURI(a.getURI() + "/position");
            Node quote = NodeFactory.createURI(a.getURI() + "/quote");
            String sentence = ev.span().of(resolved.article().text());
            e.add(fact, DG.evidence.asNode(), a);
            e.add(fact, uri(PROV + "wasDerivedFrom"), article);
            e.add(a, RDF.type.asNode(), uri(OA + "Annotation"));
            e.add(a, uri(OA + "hasBody"), fact);
            e.add(a, uri(OA + "hasTarget"), target);
            e.add(a, DG.extractor.asNode(), str(ev.extractor()));
            e.add(a, DG.confidence.asNode(), NodeFactory.createLiteralDT(
                    String.format(java.util.Locale.ROOT, "%.2f", ev.confidence()), XSDDatatype.XSDdecimal));
            e.add(target, RDF.type.asNode(), uri(OA + "SpecificResource"));
            e.add(target, uri(OA + "hasSource"), article);
            e.add(target, uri(OA + "hasSelector"), position);
            e.add(target, uri(OA + "hasSelector"), quote);
            e.add(position, RDF.type.asNode(), uri(OA + "TextPositionSelector"));
            e.add(position, uri(OA + "start"), offset(ev.span().start()));
            e.add(position, uri(OA + "end"), offset(ev.span().end()));
            e.add(quote, RDF.type.asNode(), uri(OA + "TextQuoteSelector"));
            e.add(quote, uri(OA + "exact"), str(sentence));
            return a;
        }
    }

    /** A character offset into the article's text, as Web Annotation's position selectors write it. */
    private static Node offset(int chars) {
        return NodeFactory.createLiteralDT(Integer.toString(chars), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
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
        if (entity.containedIn() != null) {
            e.add(s, Schema.containedInPlace.asNode(), iris.entity(entity.containedIn()));
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
