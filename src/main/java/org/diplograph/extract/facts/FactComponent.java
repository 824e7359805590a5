package org.diplograph.extract.facts;

import java.util.List;

/**
 * One kind of fact read from the document (events, quotes, stances ...). Components read the document only; each is
 * run alone, and one that fails loses its own facts, not the article's.
 */
public interface FactComponent<T> {
    /** The name logs and evidence use. */
    String name();

    List<T> extract(FactDocument doc);
}
