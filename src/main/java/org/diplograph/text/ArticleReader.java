package org.diplograph.text;

import java.nio.file.Path;

/** Reads one file of one format into articles, rejecting what it cannot read. */
public interface ArticleReader {
    void read(Path file, String content, InputSink sink);
}
