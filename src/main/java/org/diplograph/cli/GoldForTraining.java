package org.diplograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.eval.Corpus;
import org.diplograph.eval.EntitySpan;
import org.diplograph.eval.EvalDoc;
import org.diplograph.eval.Gold;
import org.diplograph.eval.Span;
import org.diplograph.eval.Split;
import org.diplograph.extract.ner.LabeledText;

/**
 * The development part of the gold sets as labelled texts for the name finder. The held-out part
 * ({@link Split#HELDOUT}) never reaches training: it is what the closing figures are measured on.
 */
final class GoldForTraining {

    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    /** The development part of each named corpus, in the order given. */
    static List<Gold> dev(List<String> corpora, Path evalDir) {
        List<Gold> golds = new ArrayList<>();
        for (String name : corpora) {
            if (name.isBlank()) {
                continue;
            }
            Corpus corpus = Corpus.named(name).orElseThrow(() -> new Main.UserError("unknown gold corpus " + name));
            if (!Files.exists(corpus.file(evalDir))) {
                throw new Main.UserError("no " + name + " data under " + evalDir);
            }
            try {
                golds.add(corpus.read(evalDir).restrict(Split.DEV));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return golds;
    }

    /** The documents of {@code gold} that {@code keep} accepts, with their PER, ORG and LOC names. */
    static List<LabeledText> texts(Gold gold, java.util.function.Predicate<EvalDoc> keep) {
        Map<String, List<LabeledText.Name>> byDoc = new HashMap<>();
        for (EntitySpan e : gold.entities()) {
            if (TYPES.contains(e.type())) {
                byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>())
                        .add(new LabeledText.Name(e.span().start(), e.span().end(), e.type()));
            }
        }
        List<LabeledText> texts = new ArrayList<>();
        for (EvalDoc doc : gold.docs()) {
            if (!keep.test(doc)) {
                continue;
            }
            List<LabeledText.Name> annotated = new ArrayList<>();
            for (Span a : doc.annotated()) {
                annotated.add(new LabeledText.Name(a.start(), Math.max(a.start() + 1, a.end()), "annotated"));
            }
            texts.add(new LabeledText(gold.corpus() + ":" + doc.id(), doc.text(),
                    byDoc.getOrDefault(doc.id(), List.of()), annotated));
        }
        return texts;
    }

    private GoldForTraining() {
    }
}
