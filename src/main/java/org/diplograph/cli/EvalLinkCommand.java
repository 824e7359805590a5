package org.diplograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.eval.Corpus;
import org.diplograph.eval.LinkScorer;
import org.diplograph.eval.LinkScorer.Answer;
import org.diplograph.eval.LinkScorer.GoldLink;
import org.diplograph.eval.LinkScorer.Outcome;
import org.diplograph.eval.RealnewsLinkScorer;
import org.diplograph.eval.Span;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.link.EntityLinker;
import org.diplograph.link.KbEntry;
import org.diplograph.link.KnowledgeBase;
import org.diplograph.link.LinkDecision;
import org.diplograph.pipeline.ArticlePipeline;
import org.diplograph.pipeline.BatchBuilder;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.rdf.Iris;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;
import org.diplograph.resolve.ResolvedArticle;
import org.diplograph.resolve.ResolvedEntity;
import org.diplograph.resolve.Resolver;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Stores;
import org.diplograph.text.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diplograph eval link}: entity linking on MEANTIME's DBpedia links (or, with {@code --gold realnews}, on
 * realnews-dev's entities linked to Wikidata by hand: {@link RealnewsLinkScorer}), one topic at a time (the linker
 * was tuned on airbus, with apple held out; a rule found on apple is reported on airbus, the README says which). No citable table of DBpedia pages and Wikidata items is bundled, so a link
 * is judged by the page title: the title (its qualifier aside) must be what the linked item is called, in the
 * registry's names or a name the knowledge base finds the item by (label, alias, either without a legal form); a qualifier ("Millbrook (state)", "Ashford, Eastmarch") must fit the
 * item's kind, region or state; an unqualified title names the most populous item of that name (Wikipedia gives the
 * plain title to the primary topic).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Entity linking on MEANTIME's DBpedia links: for each linked person, organisation and place of",
                "a document, whether the graph has a node for it, links it, and links it right (judged by the page",
                "title). Split by topic: the linker was tuned on airbus, apple (default) is held out; a rule found on",
                "apple is reported on airbus (the README says which).",
                "With --gold realnews: the people, organisations and states of realnews-dev's gold, linked to",
                "Wikidata by hand (eval/realnews-links.tsv); the node of each is the one its score.py matches."},
        footer = {"", "Examples:",
                "  diplograph eval link --topic airbus --errors link-errors.tsv",
                "  diplograph eval link --gold realnews --errors realnews-link-errors.tsv",
                "  diplograph eval link --gold realnews --pred /tmp/dev.nq   (a graph built before, faster)"})
final class EvalLinkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvalLinkCommand.class);

    @Option(names = "--gold", paramLabel = "GOLD", defaultValue = "meantime",
            description = "meantime (default) or realnews (realnews-dev under --data).")
    String gold;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = "apple",
            description = "MEANTIME: apple (default), airbus or all.")
    String topic;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "realnews: score this N-Quads graph of its articles.jsonl instead of building it.")
    Path pred;

    @Option(names = "--threads", paramLabel = "N", description = "realnews build: worker threads (default: cores).")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every item not linked right as TSV. MEANTIME: outcome, topic, document, type, "
                    + "gold page, entity found, its link or the linker's reason. realnews: outcome, article, kind, "
                    + "gold name, gold QID, labels of the matching nodes, their Wikidata items.")
    Path errors;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Also write the linker's decision on every entity it looked at, gold or not, as TSV: "
                    + "document, entity, status, chosen entry, its label, runner-up, reason.")
    Path decisions;

    @Mixin
    EvalCommand.DataDir data;

    @Override
    public Integer call() throws Exception {
        data.checkPresent();
        if (gold.equals("realnews")) {
            if (decisions != null) {
                throw new Main.UserError("--decisions is for --gold meantime");
            }
            return realnews();
        }
        if (!gold.equals("meantime")) {
            throw new Main.UserError("--gold " + gold + ": meantime or realnews");
        }
        if (pred != null) {
            throw new Main.UserError("--pred is for --gold realnews");
        }
        Path file = Corpus.MEANTIME.file(data.dir);
        if (!Files.isRegularFile(file)) {
            throw new Main.UserError(file + " not found (the MEANTIME gold)");
        }
        if (!List.of("apple", "airbus", "all").contains(topic)) {
            throw new Main.UserError("--topic " + topic + ": apple, airbus or all");
        }
        LinkScorer.Data gold = LinkScorer.readMeantime(file);
        Registry registry = Registry.bundled();
        KnowledgeBase kb = KnowledgeBase.bundled();
        EntityLinker linker = EntityLinker.bundled(registry);
        ArticlePipeline pipeline = ArticlePipeline.create(Iris.defaults());
        Resolver resolver = new Resolver(registry);
        Map<String, DocAnswers> byDoc = new HashMap<>();
        for (LinkScorer.Doc d : gold.docs()) {
            if (!topic.equals("all") && !topic.equals(d.topic())) {
                continue;
            }
            LocalDate date = d.dct() == null || d.dct().isEmpty() ? null : LocalDate.parse(d.dct());
            ExtractedArticle extracted = pipeline.extract(new Article(d.id(), null, d.text(), null, date, null,
                    file.toString()));
            ResolvedArticle resolved = resolver.resolve(extracted);
            EntityLinker.Result r = linker.link(resolved.entities(), date);
            byDoc.put(d.id(), new DocAnswers(extracted.mentions(), r));
        }
        TitleJudge judge = new TitleJudge(registry, kb, byDoc);
        List<GoldLink> scored = gold.links().stream().filter(g -> byDoc.containsKey(g.docId())).toList();
        LinkScorer.Report report = LinkScorer.score(scored, judge);
        System.out.print(report.table("MEANTIME " + topic + ": " + byDoc.size() + " documents"));
        if (decisions != null) {
            List<String> lines = new java.util.ArrayList<>();
            byDoc.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(d -> {
                for (LinkDecision x : d.getValue().linked().decisions()) {
                    lines.add(String.join("\t", d.getKey(), x.entityKey(), x.status().name(),
                            x.chosen() == null ? "" : x.chosen().id(), x.chosen() == null ? "" : x.chosen().label(),
                            x.runnerUp() == null ? "" : x.runnerUp().id(), x.reason()));
                }
            });
            Files.write(decisions, lines, StandardCharsets.UTF_8);
        }
        if (errors != null) {
            Files.write(errors, report.errors(), StandardCharsets.UTF_8);
            LOG.info("{} items not linked right written to {}", report.errors().size(), errors);
        }
        return Main.OK;
    }

    private Integer realnews() throws IOException {
        Path dir = data.dir.resolve("realnews-dev");
        Path goldFile = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(goldFile)) {
            throw new Main.UserError(goldFile + " not found (the realnews-dev gold)");
        }
        RealnewsLinkScorer.GoldSet goldSet = RealnewsLinkScorer.readGold(goldFile);
        Map<String, List<RealnewsLinkScorer.GraphNode>> nodes;
        String source;
        if (pred != null) {
            if (!Files.isRegularFile(pred)) {
                throw new Main.UserError(pred + " not found");
            }
            try (GraphStore store = Stores.load(List.of(pred))) {
                nodes = RealnewsLinkScorer.nodes(store.queryView());
            }
            source = pred.toString();
        } else {
            try (GraphStore store = Stores.memory()) {
                int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                BatchBuilder.Summary summary = Diplograph.builder().threads(n).build()
                        .ingest(List.of(dir.resolve("articles.jsonl")), store, r -> LOG.warn("rejected {}", r));
                LOG.info("{}", summary.describe());
                nodes = RealnewsLinkScorer.nodes(store.queryView());
            }
            source = "built in memory";
        }
        RealnewsLinkScorer.Report report = RealnewsLinkScorer.score(goldSet, RealnewsLinkScorer.bundledAnnotations(),
                nodes);
        System.out.print(report.table("realnews-dev (" + source + "): " + goldSet.people().size() + " articles"));
        if (errors != null) {
            Files.write(errors, report.errors(), StandardCharsets.UTF_8);
            LOG.info("{} items not linked right written to {}", report.errors().size(), errors);
        }
        return Main.OK;
    }

    private record DocAnswers(List<Mention> mentions, EntityLinker.Result linked) {
    }

    /** Judges a link by the DBpedia page title, as the class comment says. */
    static final class TitleJudge implements LinkScorer.Judge {
        private final Registry registry;
        private final KnowledgeBase kb;
        private final Map<String, DocAnswers> docs;

        TitleJudge(Registry registry, KnowledgeBase kb, Map<String, DocAnswers> docs) {
            this.registry = registry;
            this.kb = kb;
            this.docs = docs;
        }

        @Override
        public Answer answer(GoldLink g) {
            DocAnswers d = docs.get(g.docId());
            String key = entityAt(d.mentions(), g.spans(), g.type());
            if (key == null) {
                return new Answer(Outcome.NO_NODE, null, null, null);
            }
            ResolvedEntity e = d.linked().entities().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            if (e == null) {
                return new Answer(Outcome.NO_NODE, null, null, null);
            }
            LinkDecision decision = d.linked().decisions().stream().filter(x -> x.entityKey().equals(key))
                    .findFirst().orElse(null);
            if (e.qid() == null && e.geonamesId() == null) {
                return new Answer(Outcome.UNLINKED, e.label(), decision == null ? "" : decision.reason(), null);
            }
            boolean byKb = decision != null && decision.status() == LinkDecision.Status.LINKED;
            String link = (e.qid() != null ? e.qid() : "gn:" + e.geonamesId())
                    + (byKb ? " (knowledge base: " + decision.chosen().label() + ")" : " (registry)");
            RegistryEntry known = registry.get(key).orElse(null);
            boolean right = byKb ? kbMatches(g.readableTitle(), decision.chosen())
                    : known != null && registryMatches(g.readableTitle(), known);
            return new Answer(right ? Outcome.RIGHT : Outcome.WRONG, e.label(), link,
                    byKb ? "knowledge base" : "registry");
        }

        /**
         * The entity of a mention with one of the gold spans, else of the first mention inside them of the gold's type
         * (a gold span may be a whole phrase: "Ashford, Eastmarch", "Aland Prime Minister Dana Quill"), else of
         * the first one overlapping them.
         */
        private static String entityAt(List<Mention> mentions, List<Span> spans, String type) {
            for (Span s : spans) {
                for (Mention m : mentions) {
                    if (m.span().start() == s.start() && m.span().end() == s.end()) {
                        return m.entityKey();
                    }
                }
            }
            Mention typed = null;
            Mention any = null;
            for (Span s : spans) {
                for (Mention m : mentions) {
                    if (m.span().start() < s.end() && s.start() < m.span().end()) {
                        if (any == null || m.span().start() < any.span().start()) {
                            any = m;
                        }
                        if (fitsType(m, type) && (typed == null || m.span().start() < typed.span().start())) {
                            typed = m;
                        }
                    }
                }
            }
            return typed != null ? typed.entityKey() : any != null ? any.entityKey() : null;
        }

        private static boolean fitsType(Mention m, String type) {
            EntityKind kind = m.type().refersTo();
            return switch (type) {
                case "PER" -> kind == EntityKind.PERSON;
                case "ORG" -> kind == EntityKind.ORGANIZATION;
                default -> kind == EntityKind.PLACE || kind == EntityKind.STATE;
            };
        }

        private static String[] split(String title) {
            if (title.endsWith(")") && title.contains(" (")) {
                int i = title.lastIndexOf(" (");
                return new String[] {title.substring(0, i), title.substring(i + 2, title.length() - 1)};
            }
            int comma = title.indexOf(", ");
            if (comma > 0 && !title.endsWith(", Jr.")) {
                return new String[] {title.substring(0, comma), title.substring(comma + 2)};
            }
            return new String[] {title, null};
        }

        private static boolean same(String a, String b) {
            return KnowledgeBase.normalize(a).equals(KnowledgeBase.normalize(b));
        }

        private boolean registryMatches(String title, RegistryEntry known) {
            String[] t = split(title);
            boolean named = same(known.label(), t[0]) || known.names().stream().anyMatch(n -> same(n, t[0]))
                    || (known.officialName() != null && same(known.officialName(), t[0]));
            if (!named || t[1] == null) {
                return named;
            }
            return stateNamed(known.stateKey(), t[1]);
        }

        private boolean stateNamed(String stateKey, String name) {
            RegistryEntry state = stateKey == null ? null : registry.get(stateKey).orElse(null);
            return state != null && (same(state.label(), name) || state.names().stream().anyMatch(n -> same(n, name)));
        }

        boolean kbMatches(String title, KbEntry k) {
            String[] t = split(title);
            // A name the knowledge base finds the entry by: its label, an alias, or either without a legal form
            // ("Intel Corporation" is titled "Intel").
            List<KnowledgeBase.Match> named = kb.lookup(t[0]);
            if (named.stream().noneMatch(m -> m.entry() == k)) {
                return false;
            }
            if (t[1] == null) {
                // The plain title is the primary topic: the most popular entry of that name, a city before the region
                // of its name that it lies in (Wikipedia's convention: the region's title is qualified).
                return named.stream().allMatch(m -> m.entry() == k || m.entry().prior() < k.prior()
                        || m.entry().id().equals(k.within()));
            }
            String q = t[1].toLowerCase(Locale.ROOT);
            if (q.endsWith("state") || q.equals("province")) {
                return k.kind() == KbEntry.Kind.REGION;
            }
            if (k.kind() == KbEntry.Kind.PERSON) {
                return true; // an occupation ("businessman", "judge"): nothing in the knowledge base to check it by
            }
            KbEntry region = k.within() == null ? null : kb.get(k.within());
            return (region != null && same(region.label(), t[1])) || stateNamed("state/" + k.country(), t[1]);
        }
    }

}
