package org.diplograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.extract.facts.ContactFact;
import org.diplograph.extract.facts.EventFact;
import org.diplograph.extract.facts.Facts;
import org.diplograph.extract.facts.Modality;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.text.CharSpan;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.ArticleQuads;
import org.diplograph.rdf.EventKeys;
import org.diplograph.rdf.Iris;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.diplograph.registry.Registry;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.text.Article;
import org.diplograph.text.InputScanner;
import org.diplograph.text.InputSink;
import org.diplograph.text.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = {"Writes the entity mentions and event triggers (and stance, contact and meeting relations)",
                "of each document as JSON lines. Each line:",
                "{\"id\":…, \"mentions\":[{\"start\":s, \"end\":e, \"type\":\"PER|ORG|LOC|NORP\",",
                "\"text\":…, \"entity\":IRI, \"wikidata\":\"Q…\"|null, \"rule\":…, \"kind\":\"entity\"}, …],",
                "\"relations\":[{\"type\":\"Likes|Dislikes|CommWith\", \"source\":{start,end},",
                "\"target\":{start,end}}]}.",
                "Each event the facts extractor finds adds one mention per trigger word with",
                "\"kind\":\"event\", \"type\": the event's class (Meeting, Arrest, Disaster…),",
                "\"family\", \"cameo\" (null outside CAMEO), \"modality\", \"participants\",",
                "\"place\", \"date\" and \"entity\": the event node's IRI as the graph mints it.",
                "Offsets are character offsets into the document's text exactly as given (end",
                "exclusive). Pronoun references are left out."},
        footer = {"", "Example:", "  diplograph mentions news.jsonl --out pred.jsonl"})
final class MentionsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(MentionsCommand.class);

    @Mixin
    NameFinderOptions names = new NameFinderOptions();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (.jsonl, .json, .txt, .md, .html).")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSONL (default: stdout).")
    Path out;

    @Option(names = "--no-model", description = "Registry and rules only, without the trained name finder.")
    boolean noModel;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted at once (default: number of cores); the output keeps the input order.")
    Integer threads;

    @Option(names = "--event-clusters", defaultValue = "graph", paramLabel = "HOW",
            description = {"How event triggers are grouped across the documents of the run: graph (default), as the "
                    + "merged graph of these documents has them (each document's reports, linked across documents "
                    + "by the store's rule); article, each document's own event nodes; surface, an evaluation "
                    + "BASELINE (every trigger with the same word is one event)."})
    String eventClusters;

    /**
     * Stances and meetings as re3d-style relations: Likes / Dislikes (holder → target) and CommWith, each end a span
     * of the sentence. CommWith joins the two parties of each contact the parse reads, both ways when they spoke with
     * each other ("X met Y": X with Y and Y with X), one way when one addressed the other ("X urged the officials to
     * ..."); then the two sides of a meeting no contact was read at, both ways; a
     * meeting whose sides the parse does not give joins its participants only when they are few, since a list of
     * delegations ("officials of A, B, C and D") says who attended, not who spoke with whom.
     */
    static void relations(ArrayNode out, ExtractedArticle extracted, Facts facts) {
        for (StanceFact s : facts.stances()) {
            // re3d relates things the text names, never a concept ("supports unity and sovereignty": not sovereignty)
            if (s.holderSpan() != null && s.targetSpan() != null && !s.targetKey().startsWith("concept/")) {
                ObjectNode r = out.addObject();
                r.put("type", s.polarity() == StanceFact.Polarity.SUPPORTS ? "Likes" : "Dislikes");
                span(r.putObject("source"), s.holderSpan());
                span(r.putObject("target"), s.targetSpan());
            }
        }
        List<CharSpan[]> joined = new java.util.ArrayList<>();
        for (ContactFact c : facts.contacts()) {
            if (!covered(joined, c.first(), c.second())) {
                joined.add(new CharSpan[] {c.first(), c.second()});
                commWith(out, c.first(), c.second());
                if (c.mutual() && !c.first().equals(c.second())) {
                    commWith(out, c.second(), c.first());
                }
            }
        }
        for (EventFact e : facts.events()) {
            // a meeting read at a contact's word has its parties there already
            boolean read = facts.contacts().stream()
                    .anyMatch(c -> e.triggers().stream().anyMatch(c.trigger()::overlaps));
            if (read || !e.kind().family().equals("meeting") || e.modality() != Modality.ASSERTED && e.modality() != Modality.PLANNED) {
                continue;
            }
            boolean sided = !e.sources().isEmpty() && !e.targets().isEmpty();
            if (!sided && e.participants().size() > MAX_UNSIDED_PARTIES) {
                continue;
            }
            Set<String> all = new LinkedHashSet<>(e.participants());
            all.addAll(e.sources());
            all.addAll(e.targets());
            List<String> keys = List.copyOf(all);
            for (int i = 0; i < keys.size(); i++) {
                for (int j = 0; j < keys.size(); j++) {
                    String a = keys.get(i);
                    String b = keys.get(j);
                    if (i == j || sided && !(e.sources().contains(a) && e.targets().contains(b)
                            || e.targets().contains(a) && e.sources().contains(b))) {
                        continue;
                    }
                    CharSpan sa = spanIn(extracted, e, a);
                    CharSpan sb = spanIn(extracted, e, b);
                    if (sa != null && sb != null && !covered(joined, sa, sb)) {
                        commWith(out, sa, sb);
                    }
                }
            }
        }
    }

    private static void commWith(ArrayNode out, CharSpan a, CharSpan b) {
        ObjectNode r = out.addObject();
        r.put("type", "CommWith");
        span(r.putObject("source"), a);
        span(r.putObject("target"), b);
    }

    /** A meeting's pair that a contact already joined, either way round, is not written twice. */
    private static boolean covered(List<CharSpan[]> joined, CharSpan a, CharSpan b) {
        return joined.stream()
                .anyMatch(j -> j[0].overlaps(a) && j[1].overlaps(b) || j[0].overlaps(b) && j[1].overlaps(a));
    }

    /** The most participants a meeting without sides may have for each pair of them to count as having spoken. */
    private static final int MAX_UNSIDED_PARTIES = 3;

    private static CharSpan spanIn(ExtractedArticle extracted, EventFact e, String key) {
        return extracted.mentions().stream()
                .filter(m -> m.entityKey().equals(key) && e.evidence().span().contains(m.span()))
                .findFirst().map(Mention::span).orElse(null);
    }

    /** One mention per trigger of each event, with the IRI of the event node the graph writes for it. */
    static void events(ArrayNode out, String articleId, String text, Facts facts, Iris iris) {
        for (EventFact e : facts.events()) {
            String iri = iris.entity(EventKeys.key(e, articleId)).getURI();
            for (CharSpan t : e.triggers()) {
                ObjectNode j = out.addObject();
                j.put("start", t.start());
                j.put("end", t.end());
                j.put("type", e.kind().ontologyClass());
                j.put("family", e.kind().family());
                j.put("text", t.end() <= text.length() ? text.substring(t.start(), t.end()) : null);
                j.put("entity", iri);
                j.put("cameo", e.kind().cameo());
                j.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
                ArrayNode who = j.putArray("participants");
                e.participants().forEach(p -> who.add(iris.entity(p).getURI()));
                j.put("place", e.placeKey() != null ? iris.entity(e.placeKey()).getURI() : null);
                j.put("date", e.time() != null && e.time().isResolved() ? e.time().value() : null);
                j.put("rule", e.evidence().extractor());
                j.put("kind", "event");
            }
        }
    }

    private static void span(ObjectNode node, CharSpan span) {
        node.put("start", span.start());
        node.put("end", span.end());
    }

    /** One document's output line, its graph when events are grouped across documents, or why it failed. */
    private record Outcome(Article article, ObjectNode line, ArticleQuads quads, RuntimeException failure) {
    }

    @Override
    public Integer call() throws Exception {
        EventClusters clusters = EventClusters.parse(eventClusters);
        List<ObjectNode> held = new ArrayList<>(); // the whole run, when events are grouped across documents
        GraphStore graph = clusters == EventClusters.GRAPH ? Stores.memory() : null;
        ArticlePipeline pipeline = Diplograph.builder().nameModel(noModel ? null : names.variant()).build().pipeline();
        Iris iris = Iris.defaults();
        Registry registry = Registry.bundled();
        List<Rejection> rejected = new ArrayList<>();
        Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "mentions-worker");
            t.setDaemon(true);
            return t;
        });
        // Documents are extracted in parallel but written in input order, a bounded number ahead of the writer.
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        long start = System.nanoTime();
        long[] documents = new long[1];
        try {
            Consumer<Outcome> emit = outcome -> {
                if (outcome.failure() != null) {
                    LOG.debug("failed on {}", outcome.article().origin(), outcome.failure());
                    Rejection r = new Rejection(outcome.article().origin(),
                            "internal error while extracting: " + outcome.failure());
                    rejected.add(r);
                    LOG.warn("rejected {}", r);
                    return;
                }
                documents[0]++;
                if (graph != null) {
                    graph.replaceGraphs(List.of(outcome.quads()));
                }
                if (clusters != EventClusters.ARTICLE) {
                    held.add(outcome.line());
                    return;
                }
                try {
                    w.write(JSON.writeValueAsString(outcome.line()));
                    w.write('\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            InputSink sink = new InputSink() {
                @Override
                public void accept(Article article) {
                    pending.add(workers.submit(() -> process(article, pipeline, iris, registry, graph != null)));
                    while (pending.size() > n * 4 || (!pending.isEmpty() && pending.peek().isDone())) {
                        emit.accept(next(pending));
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    rejected.add(rejection);
                    LOG.warn("rejected {}", rejection);
                }
            };
            for (Path file : InputScanner.expand(inputs, sink)) {
                InputScanner.read(file, sink);
            }
            while (!pending.isEmpty()) {
                emit.accept(next(pending));
            }
            clusters.apply(held, graph != null ? org.diplograph.store.EventLinker.linkAll(graph, LOG::debug) : Map.of());
            for (ObjectNode line : held) {
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        } finally {
            workers.shutdownNow();
            w.flush();
            if (out != null) {
                w.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info(String.format(java.util.Locale.ROOT, "%d documents, %d rejected, %.1f s (%.0f documents/s)",
                documents[0], rejected.size(), seconds, documents[0] / Math.max(seconds, 1e-3)));
        return rejected.isEmpty() ? Main.OK : Main.REJECTED;
    }

    private static Outcome next(Deque<Future<Outcome>> pending) {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Outcome process(Article article, ArticlePipeline pipeline, Iris iris, Registry registry, boolean withGraph) {
        try {
            ExtractedArticle extracted = pipeline.extract(article);
            Facts facts = pipeline.facts(extracted);
            // Resolution links what the registry does not know (org.diplograph.link); its ids are the mentions' too.
            ResolvedArticle resolved = pipeline.resolve(extracted, facts);
            Map<String, String> qids = new HashMap<>();
            resolved.entities().forEach(e -> qids.put(e.key(), e.qid()));
            ObjectNode line = JSON.createObjectNode();
            line.put("id", article.id());
            ArrayNode mentions = line.putArray("mentions");
            for (Mention m : extracted.mentions()) {
                if ("pronoun".equals(m.rule()) || "descriptor".equals(m.rule())) {
                    continue;
                }
                ObjectNode j = mentions.addObject();
                j.put("start", m.span().start());
                j.put("end", m.span().end());
                j.put("type", m.type().nerLabel());
                j.put("text", m.text());
                j.put("entity", iris.entity(m.entityKey()).getURI());
                j.put("wikidata", qids.get(m.entityKey()));
                j.put("rule", m.rule());
                j.put("kind", "entity");
            }
            events(mentions, article.id(), article.text(), facts, iris);
            relations(line.putArray("relations"), extracted, facts);
            ArticleQuads quads = withGraph ? pipeline.toQuads(resolved) : null;
            return new Outcome(article, line, quads, null);
        } catch (RuntimeException e) {
            return new Outcome(article, null, null, e);
        }
    }
}
