package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    private static final Path JSONL = Path.of("in", "news.jsonl");
    private static final Path JSON = Path.of("in", "news.json");

    private final JsonArticleReader reader = new JsonArticleReader();

    private CollectingSink read(Path file, String content) {
        CollectingSink sink = new CollectingSink();
        reader.read(file, content, sink);
        return sink;
    }

    @Test
    void malformedJsonlLineIsRejectedAloneAndOthersAreRead() {
        String content = "{\"id\":\"a\",\"text\":\"First story.\"}\n"
                + "{\"id\":\"b\",\"text\":\"broken\n"
                + "{\"id\":\"c\",\"text\":\"Third story.\"}\n";
        CollectingSink sink = read(JSONL, content);
        assertEquals(2, sink.articles.size());
        assertEquals("a", sink.articles.get(0).id());
        assertEquals("c", sink.articles.get(1).id());
        assertEquals(1, sink.rejections.size());
        assertTrue(sink.rejections.get(0).origin().endsWith("#2"), sink.rejections.get(0).origin());
    }

    @Test
    void jsonlRecordOriginNamesFileAndLine() {
        String content = "\n{\"id\":\"a\",\"text\":\"Story.\"}\n";
        Article a = read(JSONL, content).onlyArticle();
        assertEquals(JSONL + "#2", a.origin());
    }

    @Test
    void fieldsMapOntoTheArticle() {
        String content = "{\"id\":\"n-17\",\"title\":\"Envoys meet\",\"text\":\"Envoys met in Oslo.\","
                + "\"date\":\"2025-09-29\",\"url\":\"https://example.org/n-17\",\"source\":\"Example Times\"}";
        Article a = read(JSONL, content).onlyArticle();
        assertEquals("n-17", a.id());
        assertEquals("Envoys meet", a.headline());
        assertEquals("Envoys met in Oslo.", a.text());
        assertEquals(LocalDate.of(2025, 9, 29), a.published());
        assertEquals("https://example.org/n-17", a.url());
        assertEquals("Example Times", a.publisher());
    }

    @Test
    void urlServesAsIdWhenIdIsMissing() {
        Article a = read(JSONL, "{\"url\":\"https://example.org/x\",\"text\":\"Story.\"}").onlyArticle();
        assertEquals("https://example.org/x", a.id());
    }

    @Test
    void publisherGivenAsObjectWithNameIsRead() {
        Article a = read(JSONL, "{\"id\":\"a\",\"text\":\"Story.\",\"source\":{\"id\":\"et\",\"name\":\"Example Times\"}}")
                .onlyArticle();
        assertEquals("Example Times", a.publisher());
    }

    @Test
    void naDateIsTreatedAsMissing() {
        Article a = read(JSONL, "{\"id\":\"a\",\"text\":\"Story.\",\"date\":\"NA\"}").onlyArticle();
        assertNull(a.published());
    }

    @Test
    void unreadableDateIsRejected() {
        Rejection r = read(JSONL, "{\"id\":\"a\",\"text\":\"Story.\",\"date\":\"yesterday\"}").onlyRejection();
        assertTrue(r.reason().contains("yesterday"), r.reason());
        assertTrue(r.origin().endsWith("#1"), r.origin());
    }

    @Test
    void recordWithoutTextIsRejected() {
        Rejection r = read(JSONL, "{\"id\":\"a\",\"title\":\"Headline only\"}").onlyRejection();
        assertTrue(r.reason().contains("no text"), r.reason());
    }

    @Test
    void jsonArrayOfObjectsGivesOneArticlePerObject() {
        String content = "[{\"id\":\"a\",\"text\":\"One.\"},{\"id\":\"b\",\"text\":\"Two.\"}]";
        CollectingSink sink = read(JSON, content);
        assertEquals(2, sink.articles.size());
        assertEquals("b", sink.articles.get(1).id());
        assertEquals(JSON + "#2", sink.articles.get(1).origin());
        assertTrue(sink.rejections.isEmpty());
    }

    @Test
    void dateTimeValuesGiveTheirDate() {
        Article a = read(JSONL, "{\"id\":\"a\",\"text\":\"Story.\",\"date\":\"2025-09-29T08:00:00Z\"}").onlyArticle();
        assertEquals(LocalDate.of(2025, 9, 29), a.published());
    }

    @Test
    void malformedJsonFileIsRejectedAsAWhole() {
        Rejection r = read(JSON, "[{\"id\":\"a\",\"text\":\"One.\"},").onlyRejection();
        assertEquals(JSON.toString(), r.origin());
    }

    @Test
    void blankIdIsRejectedInsteadOfThrowing() {
        // Readers must never throw for bad user input; a blank id should become a rejection (or fall back).
        CollectingSink sink = read(JSONL, "{\"id\":\"  \",\"text\":\"Story.\"}");
        assertEquals(1, sink.articles.size() + sink.rejections.size());
    }
}
