package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one corpus's gold file into documents and gold annotations. */
public interface GoldReader {
    Gold read(Path file) throws IOException;
}
