package org.diplograph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The canned queries of {@code queries/} (in the jar, or in the classes folder when run from the build), listed for
 * the SPARQL page: each file's name and its first comment line, which says what it answers.
 */
final class CannedQueries {

    private CannedQueries() {
    }

    /** The file names of {@code queries/*.rq}, sorted. */
    static List<String> names(ClassLoader loader) {
        URL url = loader.getResource("queries/actors.rq");
        if (url == null) {
            return List.of();
        }
        try {
            URI dir = url.toURI();
            if (dir.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(dir, Map.of())) {
                    return list(jar.getPath("/queries"));
                } catch (FileSystemAlreadyExistsException e) {
                    return list(FileSystems.getFileSystem(dir).getPath("/queries")); // someone else's: left open
                }
            }
            return list(Path.of(dir).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
    }

    /** {@code [{"name": "actors.rq", "title": "..."}]} as JSON text. */
    static String listJson(ClassLoader loader) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode out = json.createArrayNode();
        for (String name : names(loader)) {
            out.addObject().put("name", name).put("title", title(loader, name));
        }
        return out.toString();
    }

    private static String title(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream("queries/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().findFirst().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s*", ""))
                    .orElse(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
