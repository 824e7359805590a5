package org.diplograph.extract;

import org.diplograph.nlp.AnnotatedText;

/** Finds the mentions of an annotated article. Implementations are thread-safe. */
public interface Extractor {
    ExtractedArticle extract(AnnotatedText text);
}
