package org.diplograph.extract.facts;

import java.time.LocalDate;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.extract.time.TimeNormalizer;
import org.diplograph.nlp.Nlp4j;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.nlp.Parse;
import org.diplograph.registry.Registry;
import org.diplograph.text.Article;
import org.diplograph.text.Cleaner;

/** The read-only document the fact components take, built from an invented text dated Tuesday 11 March 2025. */
final class FactDocuments {
    static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final EntityExtractor ENTITIES = new EntityExtractor(Registry.bundled());

    private FactDocuments() {
    }

    static FactDocument of(String text) {
        Article a = new Article("t", null, text, null, TUESDAY, null, "t.txt");
        return new FactDocument(ENTITIES.extract(ANNOTATOR.annotate(new Cleaner().clean(a))), Registry.bundled(),
                Nlp4j.shared(), new TimeNormalizer());
    }

    /** The first word of a parse written so, or an assertion error. */
    static int word(Parse p, String text) {
        for (int i = 0; i < p.size(); i++) {
            if (p.token(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + p);
    }
}
