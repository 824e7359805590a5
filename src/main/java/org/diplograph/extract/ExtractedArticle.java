package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.AnnotatedText;

/** An annotated article with its entity mentions in text order. */
public record ExtractedArticle(AnnotatedText annotated, List<Mention> mentions) {
    public ExtractedArticle {
        mentions = List.copyOf(mentions);
    }
}
