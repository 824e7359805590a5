package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.eval.EventScorer;
import picocli.CommandLine.Option;

/** Where the commands that learn from the project's event annotation read it, and how they train on it. */
final class EventAnnotationSource {
    @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "src/training/events/wikinews-events.jsonl",
            description = "The Wikinews event annotations (default: ${DEFAULT-VALUE}).")
    Path annotations;

    @Option(names = "--corpus", paramLabel = "JSONL",
            defaultValue = "../shared/corpus/wikinews-politics/wikinews_politics_2004-2009.jsonl",
            description = "The corpus the annotated articles come from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2",
            description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff;

    /** The folds the figures are held out by: each year, the years with few annotated articles together. */
    static final List<String> YEAR_FOLDS = List.of("2005", "2006", "2007", "2008+");

    /** The year fold of an annotated article ({@link #YEAR_FOLDS}). */
    static String yearFold(EventScorer.AnnotatedArticle a) {
        return a.date() == null || a.date().getYear() >= 2008 ? "2008+" : String.valueOf(a.date().getYear());
    }

    /** The annotated articles with their corpus text, or a user error naming what is missing. */
    List<EventScorer.AnnotatedArticle> read() throws IOException {
        if (!Files.isRegularFile(annotations) || !Files.isRegularFile(corpus)) {
            throw new Main.UserError("needs " + annotations + " and " + corpus);
        }
        return EventScorer.readAnnotated(annotations, corpus);
    }
}
