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
import org.diplograph.eval.Split;
import org.diplograph.extract.ner.LabeledText;

/**
 * The development part of the gold sets as labelled texts for the name finder. The held-out part
 * ({@link Split#HELDOUT}) never reaches training: it is what the closing figures are measured on.
 */
final class GoldForTraining {

    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    static List<LabeledText> load(List<String> corpora, Path evalDir) {
        List<LabeledText> texts = new ArrayList<>();
        for (String name : corpora) {
            if (name.isBlank()) {
                continue;
            }
            Corpus corpus = Corpus.named(name).orElseThrow(() -> new Main.UserError("unknown gold corpus " + name));
            if (!Files.exists(corpus.file(evalDir))) {
                throw new Main.UserError("no " + name + " data under " + evalDir);
            }
            Gold gold;
            try {
                gold = corpus.read(evalDir).restrict(Split.DEV);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, List<LabeledText.Name>> byDoc = new HashMap<>();
            for (EntitySpan e : gold.entities()) {
                if (TYPES.contains(e.type())) {
                    byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>())
                            .add(new LabeledText.Name(e.span().start(), e.span().end(), e.type()));
                }
            }
            for (EvalDoc doc : gold.docs()) {
                texts.add(new LabeledText(name + ":" + doc.id(), doc.text(), byDoc.getOrDefault(doc.id(), List.of())));
            }
        }
        return texts;
    }

    private GoldForTraining() {
    }
}
