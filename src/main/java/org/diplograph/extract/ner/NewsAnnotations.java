package org.diplograph.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Names annotated by hand on articles of a news corpus that the repository does not hold. The annotation
 * file has the offsets only ({@code {"id":…, "sha1":…, "names":[[start, end, "PER"], …]}} a line), so no
 * article text is copied into the repository; the text comes from the corpus (JSON lines with {@code id}
 * and {@code text}). The first 12 hex digits of each text's SHA-1 are checked, so an edited corpus cannot
 * silently shift the offsets onto the wrong words.
 */
public final class NewsAnnotations {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The annotated articles as labelled texts, in the annotation file's order. */
    public static List<LabeledText> read(Path annotations, Path corpus) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(annotations, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode record = JSON.readTree(line);
                    records.add(record);
                    texts.put(record.path("id").asText(), null);
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode article = line.isBlank() ? null : JSON.readTree(line);
                if (article != null && texts.containsKey(article.path("id").asText())) {
                    texts.put(article.path("id").asText(), article.path("text").asText());
                }
            }
        }
        List<LabeledText> labeled = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.path("id").asText();
            String text = texts.get(id);
            if (text == null) {
                throw new IOException(annotations + ": article " + id + " is not in " + corpus);
            }
            if (!fingerprint(text).equals(record.path("sha1").asText())) {
                throw new IOException(annotations + ": the text of article " + id + " in " + corpus
                        + " is not the one that was annotated");
            }
            List<LabeledText.Name> names = new ArrayList<>();
            for (JsonNode n : record.path("names")) {
                int start = n.get(0).asInt();
                int end = n.get(1).asInt();
                if (end > text.length()) {
                    throw new IOException(annotations + ": name [" + start + ", " + end + ") is past the end of " + id);
                }
                names.add(new LabeledText.Name(start, end, n.get(2).asText()));
            }
            labeled.add(new LabeledText(id, text, names));
        }
        return labeled;
    }

    /** The first 12 hex digits of the SHA-1 of the text's UTF-8 bytes. */
    public static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private NewsAnnotations() {
    }
}
