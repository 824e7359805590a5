package org.diplograph.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A per-user disk cache of models made ready for decoding, so that a process does not decompress them again.
 *
 * <p>Why: NLP4J ships its tagger and parser as XZ streams; decompressing them is about 85% of the parser's load (about
 * 14 s on an idle core, several times that on a busy machine), and every process that parses pays it before its
 * first article. Kept here as Java serialization under fast gzip, they read in a few seconds. The cache is derived
 * data: a missing, stale or unreadable file is rebuilt from the jars, never an error.
 *
 * <p>Where: {@code $DIPLOGRAPH_CACHE}, else {@code $XDG_CACHE_HOME/diplograph}, else {@code ~/.cache/diplograph};
 * {@code DIPLOGRAPH_CACHE=off} turns it off. A file is written beside its final name and moved into place, so a reader
 * never sees half a file; the name carries a key of everything the content depends on.
 */
final class ModelCache {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);
    static final String OFF = "off";

    private final Path dir;

    ModelCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache, or empty when it is turned off or no home directory is known. */
    static Optional<ModelCache> user() {
        return directory(System.getenv()).map(ModelCache::new);
    }

    static Optional<Path> directory(Map<String, String> env) {
        String own = env.get("DIPLOGRAPH_CACHE");
        if (own != null && !own.isBlank()) {
            return own.trim().toLowerCase(Locale.ROOT).equals(OFF) ? Optional.empty() : Optional.of(Path.of(own));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "diplograph"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "diplograph"));
    }

    Path file(String name) {
        return dir.resolve(name + ".ser.gz");
    }

    /** The object stored under this name, or empty (logged) when there is none or it cannot be read. */
    <T> Optional<T> read(String name, Class<T> type) {
        Path f = file(name);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(f);
             ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16),
                     1 << 16))) {
            return Optional.of(type.cast(in.readObject()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warn("model cache {} unreadable ({}); rebuilding it", f, e.toString());
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a file we cannot delete is read and rejected again next time; nothing worse
            }
            return Optional.empty();
        }
    }

    /** Stores an object under this name; a cache that cannot be written is skipped, with a debug line. */
    void write(String name, Serializable value) {
        Path f = file(name);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, name, ".part");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {
                     {
                         def.setLevel(Deflater.BEST_SPEED);
                     }
                 };
                 ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(gz, 1 << 16))) {
                out.writeObject(value);
            }
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("model cache written: {} ({} MB)", f, Files.size(f) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.debug("model cache {} not written: {}", f, e.toString());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray .part file in a cache directory harms nothing
                }
            }
        }
    }
}
