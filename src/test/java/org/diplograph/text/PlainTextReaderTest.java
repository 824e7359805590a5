package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    private Article read(Path file, String content) {
        CollectingSink sink = new CollectingSink();
        reader.read(file, content, sink);
        return sink.onlyArticle();
    }

    @Test
    void headlineIsFirstNonBlankLine() {
        Article a = read(Path.of("in", "story.txt"), "\n  \nEnvoys meet in Oslo\n\nThe envoys met on Monday.\n");
        assertEquals("Envoys meet in Oslo", a.headline());
    }

    @Test
    void idIsTheFileNameAndTextIsTheWholeContent() {
        String content = "Envoys meet in Oslo\n\nThe envoys met on Monday.\n";
        Path file = Path.of("in", "story.txt");
        Article a = read(file, content);
        assertEquals("story.txt", a.id());
        assertEquals(content, a.text());
        assertEquals(file.toString(), a.origin());
    }

    @Test
    void markdownHeadlineLosesItsLeadingHashes() {
        Article a = read(Path.of("in", "story.md"), "## Envoys meet in Oslo\n\nThe envoys met on Monday.\n");
        assertEquals("Envoys meet in Oslo", a.headline());
    }

    @Test
    void textWithoutLettersHasNoHeadline() {
        assertNull(read(Path.of("in", "numbers.txt"), "2024\n---\n").headline());
    }
}
