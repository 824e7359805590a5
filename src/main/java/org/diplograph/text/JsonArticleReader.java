package org.diplograph.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .jsonl} (one object per line) and {@code .json} (an object or an array of objects). Fields:
 * {@code id}, {@code url}, {@code title}/{@code headline}, {@code text}/{@code body}/{@code content},
 * {@code date}/{@code published}/{@code datePublished}, {@code source}/{@code publisher}. A malformed
 * record is rejected on its own; the other records go on.
 */
public final class JsonArticleReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How exports from R, pandas and spreadsheets write "no value". */
    private static final Pattern MISSING = Pattern.compile("(?i)\\s*(|na|n/a|nan|null|none|unknown|-)\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Override
    public void read(Path file, String content, InputSink sink) {
        if (file.getFileName().toString().endsWith(".jsonl")) {
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    readRecord(lines[i], file, file + "#" + (i + 1), sink);
                }
            }
            return;
        }
        try {
            JsonNode root = JSON.readTree(content);
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    toArticle(root.get(i), file, file + "#" + (i + 1), sink);
                }
            } else {
                toArticle(root, file, file.toString(), sink);
            }
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(file.toString(), "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    private static void readRecord(String line, Path file, String origin, InputSink sink) {
        try {
            toArticle(JSON.readTree(line), file, origin, sink);
        } catch (JsonProcessingException e) {
            sink.reject(new Rejection(origin, "malformed JSON line: " + e.getOriginalMessage()));
        }
    }

    private static void toArticle(JsonNode node, Path file, String origin, InputSink sink) {
        if (node == null || !node.isObject()) {
            sink.reject(new Rejection(origin, "record is not a JSON object"));
            return;
        }
        String text = field(node, "text", "body", "content", "articleBody");
        if (text == null) {
            sink.reject(new Rejection(origin, "record has no text field (text, body or content)"));
            return;
        }
        String url = field(node, "url", "link");
        String id = field(node, "id", "doc_id", "guid");
        if (id == null || id.isBlank()) {
            id = url != null && !url.isBlank() ? url : origin.substring(origin.lastIndexOf('/') + 1);
        }
        String date = field(node, "date", "published", "datePublished", "publication_date", "pubDate");
        LocalDate published = parseDate(date);
        if (date != null && !MISSING.matcher(date).matches() && published == null) {
            sink.reject(new Rejection(origin, "unreadable date \"" + date + "\" (expected YYYY-MM-DD)"));
            return;
        }
        sink.accept(new Article(id, field(node, "title", "headline"), text, url, published,
                field(node, "source", "publisher", "outlet"), origin));
    }

    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                if (v.isObject() && v.has("name")) {
                    v = v.get("name");
                }
                String s = v.asText();
                if (!s.isEmpty() || name.equals("text")) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Reads the date part of ISO dates and date-times ("2025-09-29", "2025-09-29T08:00:00Z"); null if none. */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
