package org.diplograph.nlp;

import org.diplograph.text.CleanText;

/** Splits sentences, tokenises and tags. Implementations are thread-safe. */
public interface Annotator {
    AnnotatedText annotate(CleanText text);
}
