package org.diplograph.nlp;

import java.util.Optional;

/** Parses one sentence of already tokenised text. Implementations are thread-safe. */
public interface DependencyParser {
    /** The sentence's tree, or empty when this parser does not parse it (too long, say). */
    Optional<Parse> parse(Sentence sentence);
}
