package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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
import org.diplograph.link.KnowledgeBase;
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

    /**
     * @param nameModel null to run the registry and rules alone (to measure what the model adds)
     *
     * <p>Start-up is the models' and tables' loading, about eight CPU-seconds, most of it before a process's first
     * article. It runs on every core: the parser's models load on their own thread (the longest load), the registry
     * and the knowledge base on another, the name finder and the OpenNLP models here; the name finder's first
     * sentence, which needs the parser's name tagger, comes last, so this thread waits for nothing it could load.
     */
    public static ArticlePipeline create(Iris iris, NameModel.Variant nameModel) {
        Nlp4j parser = Nlp4j.shared();
        CompletableFuture<Registry> registry = inBackground("registry", () -> {
            Registry r = Registry.bundled();
            KnowledgeBase.bundled();
            return r;
        });
        ConceptLexicon concepts = ConceptLexicon.bundled();
        Annotator annotator = new OpenNlpAnnotator();
        Lemmatizer lemmatizer = new Lemmatizer();
        // Without the context encoder's native runtime (a platform ONNX Runtime has no build for), the fast model.
        NameModel model = nameModel == null ? null : NameModel.bundled(nameModel)
                .or(() -> nameModel == NameModel.Variant.ACCURATE ? NameModel.bundled(NameModel.Variant.FAST)
                        : Optional.empty())
                .orElse(null);
        Registry loadedRegistry = await(registry);
        StageClock clock = new StageClock();
        DependencyParser timedParser = sentence -> clock.time(Stage.PARSE, () -> parser.parse(sentence));
        return new ArticlePipeline(annotator, new EntityExtractor(loadedRegistry, lemmatizer, model,
                KbRegions.bundled()), new FactExtractor(loadedRegistry, concepts, timedParser),
                new Resolver(loadedRegistry, EntityLinker.bundled(loadedRegistry)),
                new ArticleGraphWriter(iris, concepts, PipelineVersion.ID), clock);
    }

    /** The loaded value, or the load's own failure (not wrapped), as if it had run on this thread. */
    private static <T> T await(CompletableFuture<T> load) {
        try {
            return load.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** A load on a thread of its own: on two cores the common pool has one thread, which the parser's load holds. */
    private static <T> CompletableFuture<T> inBackground(String what, Supplier<T> load) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(load.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "diplograph-load-" + what.replace(' ', '-'));
        t.setDaemon(true);
        t.start();
        return result;
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
