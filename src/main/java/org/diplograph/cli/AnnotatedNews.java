package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.extract.ner.LabeledText;
import org.diplograph.extract.ner.NewsAnnotations;

/**
 * Where the maintainer commands find the hand-annotated Wikinews articles: the offsets files in the repository and
 * the corpus beside it that they point into. One place, so {@code train-ner}, {@code train-context},
 * {@code eval news-gold} and {@code registry} cannot drift apart.
 */
final class AnnotatedNews {

    static final String TRAINING = "src/training/ner/wikinews-names.jsonl";
    static final String HELDOUT = "src/training/ner/wikinews-names-heldout.jsonl";
    static final String CORPUS = "../shared/corpus/wikinews-politics/wikinews_politics_2004-2009.jsonl";

    /**
     * The annotated articles, or a one-line user error naming the missing file.
     *
     * @param hint how to do without them, appended to the error ("" for none)
     */
    static List<LabeledText> read(Path annotations, Path corpus, String hint) throws IOException {
        for (Path p : List.of(annotations, corpus)) {
            if (!Files.isRegularFile(p)) {
                throw new Main.UserError(p + " not found (run from the repository with ../shared beside it" + hint + ")");
            }
        }
        return NewsAnnotations.read(annotations, corpus);
    }

    private AnnotatedNews() {
    }
}
