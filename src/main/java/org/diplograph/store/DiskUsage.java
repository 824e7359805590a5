package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Bytes a store directory takes on disk, for compaction decisions and reports. TDB2 maps its files in 8 MB sparse
 * segments, so file lengths say little (a store of a few thousand quads "is" 200 MB); the blocks allocated, as
 * {@code du} counts them, are what grows. Where {@code du} is missing, file lengths stand in.
 */
public final class DiskUsage {

    public static long bytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fileLengths(dir);
    }

    private static long fileLengths(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskUsage::length).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // deleted while walking: compaction removes the old generation
        }
    }

    /** "1.20 GB", "340 MB", "12 KB": for log lines. */
    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format("%.2f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format("%.0f MB", bytes / (double) (1L << 20));
        }
        return (bytes >> 10) + " KB";
    }

    private DiskUsage() {
    }
}
