package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    @Test
    void theDirectoryComesFromTheProjectsVariableThenXdgThenHome() {
        assertEquals(Optional.of(Path.of("/srv/cache")), ModelCache.directory(Map.of("DIPLOGRAPH_CACHE", "/srv/cache",
                "XDG_CACHE_HOME", "/x")));
        assertEquals(Optional.of(Path.of("/x", "diplograph")), ModelCache.directory(Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(Optional.empty(), ModelCache.directory(Map.of("DIPLOGRAPH_CACHE", "OFF")));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), ".cache", "diplograph")),
                ModelCache.directory(Map.of()));
    }

    @Test
    void whatIsWrittenIsReadBackAndNoPartFileIsLeft(@TempDir Path dir) throws Exception {
        ModelCache cache = new ModelCache(dir.resolve("sub"));
        assertTrue(cache.read("models", ArrayList.class).isEmpty(), "nothing yet");
        ArrayList<Object> models = new ArrayList<>(List.of("tagger", new int[] {1, 2, 3}, 4.5f));
        cache.write("models", models);
        ArrayList<?> back = cache.read("models", ArrayList.class).orElseThrow();
        assertEquals("tagger", back.get(0));
        assertEquals(3, ((int[]) back.get(1))[2]);
        try (var files = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("models.ser.gz"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aDamagedFileIsDroppedNotAnError(@TempDir Path dir) throws Exception {
        ModelCache cache = new ModelCache(dir);
        Files.write(cache.file("models"), new byte[] {31, -117, 8, 0, 1, 2, 3});
        assertTrue(cache.read("models", ArrayList.class).isEmpty());
        assertFalse(Files.exists(cache.file("models")), "removed, to be written again");
    }

    @Test
    void aCacheThatCannotBeWrittenIsSkipped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "not a directory");
        ModelCache cache = new ModelCache(file);
        cache.write("models", new ArrayList<>(List.of("x")));
        assertTrue(cache.read("models", ArrayList.class).isEmpty());
    }
}
