package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsAnnotationsTest {

    private static final String TEXT = "Envoys of Norway met Ana Silva in Oslo.";

    @TempDir
    Path dir;

    private Path corpus(String text) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"other\",\"text\":\"Nothing here.\"}\n{\"id\":\"a1\",\"title\":\"t\",\"text\":\""
                + text + "\"}\n");
        return corpus;
    }

    private Path annotations(String sha1, String names) throws IOException {
        Path file = dir.resolve("names.jsonl");
        Files.writeString(file, "{\"id\":\"a1\",\"sha1\":\"" + sha1 + "\",\"names\":" + names + "}\n");
        return file;
    }

    @Test
    void joinsOffsetsToTheCorpusText() throws IOException {
        Path file = annotations(NewsAnnotations.fingerprint(TEXT), "[[10,16,\"LOC\"],[21,30,\"PER\"],[34,38,\"LOC\"]]");
        List<LabeledText> texts = NewsAnnotations.read(file, corpus(TEXT));
        assertEquals(1, texts.size());
        LabeledText t = texts.get(0);
        assertEquals(TEXT, t.text());
        assertEquals(List.of("Norway", "Ana Silva", "Oslo"),
                t.names().stream().map(n -> t.text().substring(n.start(), n.end())).toList());
        assertEquals("PER", t.names().get(1).type());
    }

    @Test
    void anEditedCorpusTextIsRefusedRatherThanMislabelled() throws IOException {
        Path file = annotations(NewsAnnotations.fingerprint(TEXT), "[[10,16,\"LOC\"]]");
        IOException e = assertThrows(IOException.class,
                () -> NewsAnnotations.read(file, corpus("Envoys of Sweden met Ana Silva in Oslo.")));
        assertTrue(e.getMessage().contains("a1"), e.getMessage());
    }

    @Test
    void anArticleMissingFromTheCorpusIsNamed() throws IOException {
        Path file = annotations(NewsAnnotations.fingerprint(TEXT), "[]");
        Path corpus = dir.resolve("empty.jsonl");
        Files.writeString(corpus, "{\"id\":\"zz\",\"text\":\"x\"}\n");
        IOException e = assertThrows(IOException.class, () -> NewsAnnotations.read(file, corpus));
        assertTrue(e.getMessage().contains("article a1 is not in"), e.getMessage());
    }

    @Test
    void fingerprintIsTwelveHexDigitsOfSha1() {
        assertEquals("a9993e364706", NewsAnnotations.fingerprint("abc"));
    }
}
