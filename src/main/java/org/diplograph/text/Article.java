package org.diplograph.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any cleaning.
 *
 * @param id        stable identifier: the record's own id, else its URL, else the file path (plus line for JSONL)
 * @param headline  the title, or null when the source has none
 * @param text      the body exactly as given; every character offset in the graph points into this string
 * @param url       the article's URL, or null
 * @param published publication date from metadata, or null (a dateline may supply it later)
 * @param publisher the outlet, or null
 * @param origin    where it came from, for error messages: file path, plus "#line" for JSONL records
 */
public record Article(String id, String headline, String text, String url, LocalDate published,
                      String publisher, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id from " + origin);
        }
    }

    /**
     * What decides whether a stored extraction of this article is still current: its text and metadata (an edited
     * headline or date is a changed article too), not where it was read from.
     */
    public String contentHash() {
        String basis = String.join("\u0000", text, String.valueOf(headline), String.valueOf(url),
                String.valueOf(published), String.valueOf(publisher));
        return com.google.common.hash.Hashing.sha256().hashString(basis, java.nio.charset.StandardCharsets.UTF_8)
                .toString();
    }
}
