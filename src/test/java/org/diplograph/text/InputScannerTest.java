package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    private static final String ENGLISH = "Envoys meet in Oslo\n\nThe envoys of the two states met in Oslo on Monday "
            + "and agreed that they would meet again in the spring.\n";

    @TempDir
    Path dir;

    private static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        InputScanner.read(file, sink);
        return sink;
    }

    private static void assertRejected(CollectingSink sink, Path file, String reasonPart) {
        Rejection r = sink.onlyRejection();
        assertTrue(r.origin().contains(file.toString()), "origin should name the file: " + r);
        assertTrue(r.reason().contains(reasonPart), "reason should mention '" + reasonPart + "': " + r);
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertRejected(read(file), file, "empty file");
    }

    @Test
    void fileWithNulBytesIsRejectedAsBinary() throws IOException {
        Path file = Files.write(dir.resolve("blob.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 'c', 0, 'd'});
        assertRejected(read(file), file, "binary");
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        byte[] latin1 = "Envoys met in Malm\u00f6 and Z\u00fcrich on Monday.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        assertRejected(read(file), file, "not valid UTF-8");
    }

    @Test
    void fileOverTwentyMegabytesIsRejected() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        }
        assertRejected(read(file), file, "too large");
    }

    @Test
    void whitespaceOnlyFileIsRejectedAsEmptyText() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), "   \n\n  \n");
        assertRejected(read(file), file, "empty text");
    }

    @Test
    void nonEnglishArticleIsRejectedWithItsOrigin() throws IOException {
        String spanish = "Los ministros de los dos países se reunieron el martes en la capital y acordaron reanudar "
                + "las conversaciones sobre la frontera. Un portavoz dijo que la reunión fue constructiva y que "
                + "las partes enviarán delegaciones a una nueva ronda.";
        Path file = Files.writeString(dir.resolve("es.txt"), spanish);
        assertRejected(read(file), file, "not English");
    }

    @Test
    void readableTextFileBecomesAnArticleWithBomAndCarriageReturnsRemoved() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "\uFEFF" + ENGLISH.replace("\n", "\r\n"));
        Article a = read(file).onlyArticle();
        assertEquals(ENGLISH, a.text());
        assertEquals("Envoys meet in Oslo", a.headline());
    }

    @Test
    void unsupportedExtensionNamedExplicitlyIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("report.pdf"), ENGLISH);
        CollectingSink sink = new CollectingSink();
        List<Path> files = InputScanner.expand(List.of(file), sink);
        assertTrue(files.isEmpty());
        assertRejected(sink, file, "unsupported");
    }

    @Test
    void missingPathIsRejected() {
        Path file = dir.resolve("nowhere.txt");
        CollectingSink sink = new CollectingSink();
        List<Path> files = InputScanner.expand(List.of(file), sink);
        assertTrue(files.isEmpty());
        assertRejected(sink, file, "no such file");
    }

    @Test
    void directoryIsExpandedRecursivelyInSortedOrder() throws IOException {
        Files.createDirectories(dir.resolve("b-sub"));
        Path c = Files.writeString(dir.resolve("c.jsonl"), "{}");
        Path a = Files.writeString(dir.resolve("a.txt"), ENGLISH);
        Path nested = Files.writeString(dir.resolve("b-sub").resolve("z.html"), "<p>x</p>");
        Path md = Files.writeString(dir.resolve("b-sub").resolve("a.md"), ENGLISH);
        CollectingSink sink = new CollectingSink();
        List<Path> files = InputScanner.expand(List.of(dir), sink);
        assertEquals(List.of(a, md, nested, c), files);
        assertTrue(sink.rejections.isEmpty());
    }

    @Test
    void directoryExpansionSkipsUnsupportedExtensionsAndDotfiles() throws IOException {
        Path kept = Files.writeString(dir.resolve("story.txt"), ENGLISH);
        Files.writeString(dir.resolve("notes.docx"), ENGLISH);
        Files.writeString(dir.resolve("image.png"), "png");
        Files.writeString(dir.resolve(".hidden.txt"), ENGLISH);
        CollectingSink sink = new CollectingSink();
        List<Path> files = InputScanner.expand(List.of(dir), sink);
        assertEquals(List.of(kept), files);
        assertTrue(sink.rejections.isEmpty(), "skipped files in a directory are not rejections");
    }

    @Test
    void namedFileIsListedAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("Story.TXT"), ENGLISH);
        CollectingSink sink = new CollectingSink();
        assertEquals(List.of(file), InputScanner.expand(List.of(file), sink));
        assertFalse(sink.rejections.iterator().hasNext());
    }
}
