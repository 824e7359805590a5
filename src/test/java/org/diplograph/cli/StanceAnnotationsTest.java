package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training never sees an article of the held-out stance set. */
class StanceAnnotationsTest {

    private static Path file(Path dir, String name, String... ids) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            b.append("{\"id\": \"").append(id).append("\", \"date\": \"2006-01-01\", \"sha1\": \"0\", \"read\": [],"
                    + " \"stances\": []}\n");
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @Test
    void trainingRefusesTheHeldOutSetAndAnyOfItsArticles(@TempDir Path dir) throws Exception {
        Path held = file(dir, "held.jsonl", "ID1", "ID2");
        assertThrows(Main.UserError.class, () -> StanceAnnotations.checkNotHeldOut(held, held));
        Path sharing = file(dir, "train.jsonl", "ID3", "ID2");
        assertThrows(Main.UserError.class, () -> StanceAnnotations.checkNotHeldOut(sharing, held));
        Path apart = file(dir, "apart.jsonl", "ID3", "ID4");
        assertDoesNotThrow(() -> StanceAnnotations.checkNotHeldOut(apart, held));
        assertDoesNotThrow(() -> StanceAnnotations.checkNotHeldOut(apart, dir.resolve("missing.jsonl")));
    }
}
