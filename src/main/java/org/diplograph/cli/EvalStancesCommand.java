package org.diplograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.Event;
import org.diplograph.eval.Counts;
import org.diplograph.eval.Span;
import org.diplograph.eval.StanceScorer;
import org.diplograph.extract.facts.ConceptLexicon;
import org.diplograph.extract.facts.FactDocument;
import org.diplograph.extract.facts.StanceFact;
import org.diplograph.extract.facts.StanceModel;
import org.diplograph.extract.facts.StanceTraining;
import org.diplograph.extract.facts.SyntacticStances;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.text.CharSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stances", mixinStandardHelpOptions = true,
        description = {"Stances (holder, polarity, target) of the graph against the hand-annotated Wikinews stance",
                "articles, in the sentences the annotator read. A stance is right when its polarity is, its target",
                "span holds the annotated target's head word and the annotated span holds its own, and its holder",
                "span overlaps the annotated holder (any holder when the text names none). Stances the graph leaves",
                "out (a holder that is only an unnamed \"we\" or \"I\") are not counted.",
                "--set heldout (default): src/training/stances/wikinews-stances-heldout.jsonl, never trained on,",
                "scored with the shipped models. --set train: the training articles, each year's scored with models",
                "trained on the other years (the cross-validation of train-stances), so neither figure is fitted."},
        footer = {"", "Examples:", "  diplograph eval stances", "  diplograph eval stances --set train --errors e.tsv"})
final class EvalStancesCommand implements Callable<Integer> {

    @Option(names = "--set", paramLabel = "SET", defaultValue = "heldout", description = "heldout (default) or train.")
    String set;

    @Option(names = "--corpus", paramLabel = "JSONL", defaultValue = AnnotatedNews.CORPUS,
            description = "The corpus the annotations point into (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--errors", paramLabel = "FILE",
            description = {"Also write every mistake as TSV: article, mistake (MISSED, SPURIOUS), polarity, holder,",
                    "cue, target, a note (gold: the cue model's reading of the cue word and whether holder and",
                    "target name actors; predicted: the holder and target keys), the other side's unmatched stance",
                    "of the sentence (counterpart), the sentence."})
    Path errors;

    @Override
    public Integer call() throws IOException {
        boolean heldOut = switch (set.toLowerCase(Locale.ROOT)) {
            case "heldout" -> true;
            case "train" -> false;
            default -> throw new Main.UserError("--set " + set + ": heldout or train");
        };
        Path annotations = Path.of(heldOut ? StanceAnnotations.HELDOUT : StanceAnnotations.TRAINING);
        List<StanceAnnotations.Loaded> loaded = StanceAnnotations.read(annotations, corpus);
        ConceptLexicon concepts = ConceptLexicon.bundled();
        List<StanceScorer.Stance> gold = new ArrayList<>();
        List<StanceScorer.Stance> predicted = new ArrayList<>();
        if (heldOut) {
            StanceModel model = StanceModel.bundled(concepts);
            for (StanceAnnotations.Loaded l : loaded) {
                collect(l, model, concepts, gold, predicted);
            }
        } else {
            StanceTraining training = new StanceTraining(concepts);
            List<StanceTraining.Events> events = new ArrayList<>();
            for (StanceAnnotations.Loaded l : loaded) {
                events.add(training.events(l.annotated()));
            }
            for (int year : loaded.stream().mapToInt(l -> l.annotated().year()).distinct().sorted().toArray()) {
                List<Event> cues = new ArrayList<>();
                List<Event> targets = new ArrayList<>();
                for (int k = 0; k < loaded.size(); k++) {
                    if (loaded.get(k).annotated().year() != year) {
                        cues.addAll(events.get(k).cues());
                        targets.addAll(events.get(k).targets());
                    }
                }
                StanceModel model = new StanceModel(StanceTraining.train(cues), StanceTraining.train(targets), concepts);
                for (StanceAnnotations.Loaded l : loaded) {
                    if (l.annotated().year() == year) {
                        collect(l, model, concepts, gold, predicted);
                    }
                }
            }
        }
        StanceScorer.Result r = StanceScorer.score(gold, predicted);
        System.out.printf(Locale.ROOT, "stances, %s set: %d articles, %d annotated stances, %d predicted%s%n", set,
                loaded.size(), gold.size(), predicted.size(), heldOut ? "" : " (each year by models trained without it)");
        System.out.printf(Locale.ROOT, "%-22s %5s %5s %5s  %6s %6s %6s%n", "", "tp", "fp", "fn", "P", "R", "F1");
        row("holder+polarity+target", r.all());
        row("  support", r.support());
        row("  oppose", r.oppose());
        row("polarity+target", r.targetOnly());
        // the stances the graph could state: an actor (or a pronoun) holds them, towards an actor named in the target
        List<StanceScorer.Stance> reachable = gold.stream().filter(g -> g.note().matches(
                ".* holder=(actor|pronoun|-) target=actor.*") || g.targetHeads().size() > 1
                && g.note().matches(".* holder=(actor|pronoun|-) .*")).toList();
        Counts sub = StanceScorer.score(reachable, predicted).all();
        System.out.printf(Locale.ROOT, "recall of the %d annotated stances an actor holds towards an actor the target "
                + "names: %.3f (%d)%n", reachable.size(), sub.recall(), sub.tp());
        if (errors != null) {
            writeErrors(r, loaded);
        }
        return Main.OK;
    }

    private static void row(String name, Counts c) {
        System.out.printf(Locale.ROOT, "%-22s %5d %5d %5d  %6.3f %6.3f %6.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1());
    }

    /** The article's gold stances and the reader's stances in the sentences that were read. */
    private static void collect(StanceAnnotations.Loaded l, StanceModel model, ConceptLexicon concepts,
                                List<StanceScorer.Stance> gold, List<StanceScorer.Stance> predicted) {
        StanceTraining.Annotated a = l.annotated();
        FactDocument doc = a.doc();
        for (StanceTraining.GoldStance g : a.stances()) {
            Sentence s = sentenceOf(doc, g.cue());
            gold.add(new StanceScorer.Stance(l.id(), span(s == null ? g.cue() : s.span()), span(g.holder()),
                    pronoun(doc, s, g.holder()), g.polarity() == StanceFact.Polarity.SUPPORTS, span(g.target()),
                    heads(doc, s, g.target(), true), l.text().substring(g.cue().start(), g.cue().end()),
                    note(doc, s, g, model)));
        }
        for (StanceFact f : new SyntacticStances(concepts, () -> model).extract(doc)) {
            CharSpan sentence = f.evidence().span();
            if (!f.hasNamedHolder() || f.targetSpan() == null
                    || a.read().stream().noneMatch(r -> r.start() <= sentence.start() && sentence.end() <= r.end() + 1)) {
                continue;
            }
            Sentence s = doc.sentences().get(f.evidence().sentence());
            predicted.add(new StanceScorer.Stance(l.id(), span(sentence), span(f.holderSpan()), false,
                    f.polarity() == StanceFact.Polarity.SUPPORTS, span(f.targetSpan()),
                    heads(doc, s, f.targetSpan(), false), f.cue(), f.holderKey() + " -> " + f.targetKey()));
        }
    }

    private static Sentence sentenceOf(FactDocument doc, CharSpan at) {
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(at)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The span's syntactic head word (the word whose head lies outside it), empty when unparsed; with owners, also
     * the names below the head that own the phrase ("X's plan", "the X-ian plan", "the plan of X"), since the graph
     * states a stance towards such a phrase as one towards X.
     */
    private static List<Span> heads(FactDocument doc, Sentence s, CharSpan span, boolean owners) {
        Parse p = s == null ? null : doc.parse(s).orElse(null);
        int k = p == null ? -1 : StanceTraining.head(p, span);
        if (k < 0) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(List.of(span(p.token(k).span())));
        if (owners) {
            List<Integer> below = new ArrayList<>(p.children(k, "poss", "compound", "nmod", "amod"));
            for (int of : p.children(k, "prep")) {
                if (p.lemma(of).equalsIgnoreCase("of")) {
                    below.addAll(p.children(of, "pobj"));
                }
            }
            for (int b : below) {
                var m = doc.mentionAt(p.token(b).index());
                if (m != null && span.contains(m.span())) {
                    out.add(span(m.span()));
                }
            }
        }
        return out;
    }

    /**
     * What the reader makes of a gold stance's words: whether the sentence is parsed, the cue model's reading of the
     * cue word (before negation), and whether the holder and the target's head name an actor.
     */
    private static String note(FactDocument doc, Sentence s, StanceTraining.GoldStance g, StanceModel model) {
        Parse p = s == null ? null : doc.parse(s).orElse(null);
        if (p == null) {
            return "unparsed";
        }
        int cue = StanceTraining.head(p, g.cue());
        String reading = cue < 0 || !StanceModel.mayCue(doc, p, cue) ? "no-cue-word"
                : model.polarity(doc, p, cue).map(x -> "cue=" + x.name().toLowerCase(Locale.ROOT)).orElse("cue=none");
        return reading + " holder=" + named(doc, p, g.holder()) + " target=" + named(doc, p, g.target());
    }

    private static String named(FactDocument doc, Parse p, CharSpan span) {
        int k = span == null ? -1 : StanceTraining.head(p, span);
        if (k < 0) {
            return "-";
        }
        var m = doc.mentionAt(p.token(k).index());
        return m == null ? p.tag(k).startsWith("PRP") ? "pronoun" : "phrase" : doc.isActor(m) ? "actor" : "name";
    }

    /** Whether the span is one pronoun of the parse. */
    private static boolean pronoun(FactDocument doc, Sentence s, CharSpan span) {
        Parse p = span == null || s == null ? null : doc.parse(s).orElse(null);
        int k = p == null ? -1 : StanceTraining.head(p, span);
        return k >= 0 && p.tag(k).startsWith("PRP") && span.contains(p.token(k).span())
                && p.token(k).span().contains(span);
    }

    private static Span span(CharSpan s) {
        return s == null || s.end() <= s.start() ? null : new Span(s.start(), s.end());
    }

    private void writeErrors(StanceScorer.Result r, List<StanceAnnotations.Loaded> loaded) throws IOException {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        loaded.forEach(l -> texts.put(l.id(), l.text()));
        try (var out = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
            out.write("article\tmistake\tpolarity\tholder\tcue\ttarget\tnote\tcounterpart\tsentence\n");
            for (StanceScorer.Error e : r.errors()) {
                StanceScorer.Stance s = e.stance();
                String text = texts.get(s.doc());
                StanceScorer.Stance c = e.counterpart();
                String counterpart = c == null ? "" : polarity(c) + " " + cut(text, c.holder()) + " -" + c.cue() + "-> "
                        + cut(text, c.target());
                out.write(String.join("\t", s.doc(), e.mistake().name(), polarity(s), cut(text, s.holder()), s.cue(),
                        cut(text, s.target()), s.note(), counterpart, cut(text, s.sentence())) + "\n");
            }
        }
        System.err.println(r.errors().size() + " mistakes written to " + errors);
    }

    private static String polarity(StanceScorer.Stance s) {
        return s.supports() ? "support" : "oppose";
    }

    private static String cut(String text, Span s) {
        return s == null ? "-" : text.substring(s.start(), Math.min(s.end(), text.length()))
                .replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
