package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.facts.ConceptLexicon;
import org.diplograph.extract.facts.FactExtractor;
import org.diplograph.extract.facts.Facts;
import org.diplograph.extract.ner.ContextEncoder;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.KbRegions;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.DependencyParser;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.pipeline.StageClock.Stage;
import org.diplograph.rdf.ArticleGraphWriter;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.Registry;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.resolve.Resolver;
import org.diplograph.store.ArticleQuads;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;

/**
 * The typed stages for one article: {@code Article → CleanText → AnnotatedText → ExtractedArticle →
 * Facts → ResolvedArticle → quads}. Thread-safe: heavy models are loaded once and shared.
 *
 * <pre>{@code
 * ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
 * ArticleQuads quads = pipeline.toQuads(pipeline.resolve(article));
 * }</pre>
 */
public final class ArticlePipeline {

    private final Cleaner cleaner = new Cleaner();
    private final Annotator annotator;
    private final Extractor extractor;
    private final FactExtractor facts;
    private final Resolver resolver;
    private final ArticleGraphWriter writer;
    private final StageClock clock;
    private final LongAdder tokens = new LongAdder();

    public ArticlePipeline(Annotator annotator, Extractor extractor, FactExtractor facts, Resolver resolver,
                           ArticleGraphWriter writer) {
        this(annotator, extractor, facts, resolver, writer, new StageClock());
    }

    private ArticlePipeline(Annotator annotator, Extractor extractor, FactExtractor facts, Resolver resolver,
                            ArticleGraphWriter writer, StageClock clock) {
        this.clock = clock;
        this.annotator = annotator;
        this.extractor = extractor;
        this.facts = facts;
        this.resolver = resolver;
        this.writer = writer;
    }

    /** The full pipeline: rules, registry and, when the jar has one, the accurate trained name finder. */
    public static ArticlePipeline create(Iris iris) {
        return create(iris, NameModel.Variant.ACCURATE);
    }

    /** @param nameModel null to run the registry and rules alone (to measure what the model adds) */
    public static ArticlePipeline create(Iris iris, NameModel.Variant nameModel) {
        // the parser's models take longest to load: they start first, in the background, while the rest loads here
        Nlp4j parser = Nlp4j.shared();
        Registry registry = Registry.bundled();
        // Without the context encoder's native runtime (a platform ONNX Runtime has no build for), the fast model.
        NameModel model = nameModel == null ? null : NameModel.bundled(nameModel)
                .or(() -> nameModel == NameModel.Variant.ACCURATE ? NameModel.bundled(NameModel.Variant.FAST)
                        : Optional.empty())
                .orElse(null);
        ConceptLexicon concepts = ConceptLexicon.bundled();
        StageClock clock = new StageClock();
        DependencyParser timedParser = sentence -> clock.time(Stage.PARSE, () -> parser.parse(sentence));
        return new ArticlePipeline(new OpenNlpAnnotator(), new EntityExtractor(registry, new Lemmatizer(), model,
                KbRegions.bundled()),
                new FactExtractor(registry, concepts, timedParser), new Resolver(registry, EntityLinker.bundled(registry)),
                new ArticleGraphWriter(iris, concepts, PipelineVersion.ID), clock);
    }

    /** CPU time each stage has taken in this pipeline so far, over all threads. */
    public StageClock clock() {
        return clock;
    }

    /** Tokens of the articles this pipeline has annotated. */
    public long tokens() {
        return tokens.sum();
    }

    public ExtractedArticle extract(Article article) {
        var clean = clock.time(Stage.CLEAN, () -> cleaner.clean(article));
        var annotated = clock.time(Stage.ANNOTATE, () -> annotator.annotate(clean));
        for (var s : annotated.sentences()) {
            tokens.add(s.tokens().size());
        }
        long encoderBefore = ContextEncoder.threadCpuNanos();
        long nameTaggerBefore = Nlp4j.nameTaggerCpuNanos();
        ExtractedArticle extracted = clock.time(Stage.NAMES, () -> extractor.extract(annotated));
        clock.charge(Stage.NAMES, Stage.ENCODER, ContextEncoder.threadCpuNanos() - encoderBefore);
        clock.charge(Stage.NAMES, Stage.NAME_TAGGER, Nlp4j.nameTaggerCpuNanos() - nameTaggerBefore);
        return extracted;
    }

    public Facts facts(ExtractedArticle extracted) {
        return clock.time(Stage.FACTS, () -> facts.extract(extracted));
    }

    public ResolvedArticle resolve(Article article) {
        ExtractedArticle extracted = extract(article);
        return resolve(extracted, facts(extracted));
    }

    public ResolvedArticle resolve(ExtractedArticle extracted, Facts articleFacts) {
        return clock.time(Stage.RESOLVE, () -> resolver.resolve(extracted, articleFacts));
    }

    /** Whether the store holds this article exactly as this pipeline would extract it now. */
    public boolean isStored(Article article, org.diplograph.store.GraphStore store) {
        return store.isCurrent(writer.graphName(article), article.contentHash(), writer.extractorVersion());
    }

    public ArticleQuads toQuads(ResolvedArticle resolved) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        clock.time(Stage.WRITE, () -> {
            writer.write(resolved, sink);
            return null;
        });
        return new ArticleQuads(writer.graphName(resolved), quads);
    }
}
