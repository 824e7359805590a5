package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;

/** Runs the real annotator and extractor on hand-written text; models load once per JVM. */
final class Extraction {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Registry.bundled());

    static List<Mention> mentions(String text) {
        return mentions(text, LocalDate.of(2025, 9, 29));
    }

    static List<Mention> mentions(String text, LocalDate published) {
        return EXTRACTOR.extract(annotate(text, published)).mentions();
    }

    /** The text tokenised, split and tagged as the pipeline does, for running single finders on it. */
    static AnnotatedText annotate(String text, LocalDate published) {
        Article article = new Article("test", null, text, null, published, null, "test.txt");
        return ANNOTATOR.annotate(new Cleaner().clean(article));
    }

    /** The mention covering exactly this surface text (first occurrence after {@code from}). */
    static Mention at(List<Mention> mentions, String text, String surface, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = text.indexOf(surface, from + 1);
        }
        int start = from;
        return mentions.stream().filter(m -> m.span().start() == start && m.span().end() == start + surface.length())
                .findFirst().orElse(null);
    }

    static Mention at(List<Mention> mentions, String text, String surface) {
        return at(mentions, text, surface, 0);
    }

    private Extraction() {
    }
}
