package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The annotated dev sets under {@code ../shared/eval}: where each file is and which reader (and so which type mapping)
 * it takes. A user's own gold file is read by {@link #readFile}, which recognises the same shapes.
 */
public enum Corpus {
    MEANTIME("meantime", "meantime/meantime_airbus_apple.jsonl", new MeantimeReader()),
    RE3D("re3d", "re3d/re3d_dev.jsonl", new Re3dReader()),
    WIKIGOLD("wikigold", "wikigold/wikigold.conll.txt", new ConllReader("wikigold")),
    ECBPLUS("ecbplus", "ecbplus/ecbplus_docs_train_dev.jsonl", new EcbPlusReader());

    private final String key;
    private final String relativePath;
    private final GoldReader reader;

    Corpus(String key, String relativePath, GoldReader reader) {
        this.key = key;
        this.relativePath = relativePath;
        this.reader = reader;
    }

    public String key() {
        return key;
    }

    public Path file(Path dataDir) {
        return dataDir.resolve(relativePath);
    }

    public Gold read(Path dataDir) throws IOException {
        return reader.read(file(dataDir));
    }

    public static Optional<Corpus> named(String name) {
        for (Corpus c : values()) {
            if (c.key.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * A gold file in any of the known shapes, told apart by its first record: MEANTIME has {@code instances}, re3d
     * {@code entities}, ECB+ {@code sentences} with chained mentions; other JSON lines are read as plain offsets, and
     * anything that is not JSON as CoNLL IOB. The split key is the known corpus, or the file name before its first dot.
     */
    public static Gold readFile(Path file) throws IOException {
        String first = firstLine(file);
        String stem = file.getFileName().toString().replaceFirst("\\..*$", "");
        if (!first.startsWith("{")) {
            return new ConllReader(stem).read(file);
        }
        JsonNode rec = Jsonl.JSON.readTree(first);
        if (rec.has("instances")) {
            return MEANTIME.reader.read(file);
        }
        if (rec.has("entities")) {
            return RE3D.reader.read(file);
        }
        if (rec.has("sentences") && rec.path("mentions").path(0).has("chain")) {
            return ECBPLUS.reader.read(file);
        }
        return new OffsetsJsonlReader(stem).read(file);
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        throw new IOException(file + " is empty");
    }
}
