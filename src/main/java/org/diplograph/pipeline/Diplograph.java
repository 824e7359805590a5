package org.diplograph.pipeline;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.rdf.ArticleReports;
import org.diplograph.rdf.EventReportCodec;
import org.diplograph.rdf.Iris;
import org.diplograph.store.ArticleQuads;
import org.diplograph.store.Consolidator;
import org.diplograph.store.GraphStore;
import org.diplograph.text.Article;
import org.diplograph.text.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline in one place: what the CLI, the tests and the Spark job all run. A build is the articles extracted
 * into their graphs, then their event reports linked across articles, then the conclusions that need several
 * articles consolidated; a Spark job does the same per article ({@link #extract}) and then over all records.
 *
 * <pre>{@code
 * Diplograph diplograph = Diplograph.builder().base("https://example.org/id/").threads(2).build();
 * BatchBuilder.Summary summary = diplograph.ingest(List.of(Path.of("news.jsonl")), store, r -> log.warn("{}", r));
 * }</pre>
 *
 * The models load on first use, not here: linking and consolidating a store needs none.
 */
public final class Diplograph {

    private static final Logger LOG = LoggerFactory.getLogger(Diplograph.class);

    /** One article's graph and its event-report records, for a job that links reports elsewhere. */
    public record Extraction(ArticleQuads quads, ArticleReports reports) {
    }

    private final Iris iris;
    private final int threads;
    private final Consumer<String> explain;
    private final Supplier<ArticlePipeline> pipeline;

    private Diplograph(Builder b) {
        this.iris = b.iris;
        this.threads = b.threads;
        this.explain = b.explain;
        NameModel.Variant nameModel = b.nameModel;
        ArticlePipeline loaded = b.pipeline;
        this.pipeline = Suppliers.memoize(() -> loaded != null ? loaded : ArticlePipeline.create(iris, nameModel));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Iris iris() {
        return iris;
    }

    /** The article stages, for commands that look inside one (mentions, bench's stage clock). */
    public ArticlePipeline pipeline() {
        return pipeline.get();
    }

    /** A build: extracts every input article into the store, then links and consolidates ({@link #consolidate}). */
    public BatchBuilder.Summary ingest(List<Path> inputs, GraphStore store, Consumer<Rejection> onReject) {
        BatchBuilder.Summary summary = extractAll(inputs, store, onReject);
        consolidate(store);
        return summary;
    }

    /** Extracts every input article into the store, each its own graph, without linking across articles. */
    public BatchBuilder.Summary extractAll(List<Path> inputs, GraphStore store, Consumer<Rejection> onReject) {
        return new BatchBuilder(pipeline(), store, threads).build(inputs, onReject);
    }

    /**
     * Links event reports across all the store's articles and rewrites the graph of conclusions drawn from several
     * articles, in one transaction; returns the consolidated quads written. What ends every build, load and removal.
     */
    public int consolidate(GraphStore store) {
        long start = System.nanoTime();
        int quads = Consolidator.run(store, iris.base(), explain);
        LOG.debug("linked and consolidated in {} ms", (System.nanoTime() - start) / 1_000_000);
        return quads;
    }

    /** One article through every stage: its graph's quads and its event-report records. */
    public Extraction extract(Article article) {
        ArticlePipeline p = pipeline();
        ArticleQuads quads = p.toQuads(p.resolve(article));
        return new Extraction(quads, EventReportCodec.decode(quads.graph(), quads.quads()));
    }

    /** How a {@link Diplograph} is set up; every setting has the CLI's default. */
    public static final class Builder {
        private Iris iris = Iris.defaults();
        private NameModel.Variant nameModel = NameModel.Variant.ACCURATE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Consumer<String> explain = LOG::debug;
        private ArticlePipeline pipeline;

        private Builder() {
        }

        /** Models already loaded (tests share one set); its IRIs must be those of {@link #base}. */
        public Builder pipeline(ArticlePipeline loaded) {
            this.pipeline = loaded;
            return this;
        }

        /** The base minted IRIs start with. */
        public Builder base(String base) {
            this.iris = new Iris(base);
            return this;
        }

        /** The trained name finder to run, or null for the registry and rules alone. */
        public Builder nameModel(NameModel.Variant variant) {
            this.nameModel = variant;
            return this;
        }

        /** Worker threads of a build. */
        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        /** Where linking says which reports it linked or kept apart, and why. */
        public Builder explain(Consumer<String> explain) {
            this.explain = explain;
            return this;
        }

        public Diplograph build() {
            return new Diplograph(this);
        }
    }
}
