package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON-lines input with errors that name the file and line, since a bad gold or prediction line must be findable. */
final class Jsonl {

    static final ObjectMapper JSON = new ObjectMapper();

    interface LineHandler {
        void accept(JsonNode record) throws IOException;
    }

    private Jsonl() {
    }

    static void read(Path file, LineHandler handler) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    handler.accept(JSON.readTree(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        }
    }

    static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }

    static String required(JsonNode node, String... fields) {
        String v = text(node, fields);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + String.join(" or ", fields));
        }
        return v;
    }

    static int integer(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.canConvertToInt()) {
                return v.asInt();
            }
        }
        throw new IllegalArgumentException("missing integer field " + String.join(" or ", fields));
    }

    static Iterable<JsonNode> array(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isArray()) {
                return v;
            }
        }
        return java.util.List.of();
    }
}
