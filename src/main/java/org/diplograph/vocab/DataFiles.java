package org.diplograph.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project's word lists and tables on the classpath: UTF-8, "#" comments and blank lines skipped; a table's first
 * other line is its header and its rows are tab-separated.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The rows of a table (header left out), each with at least {@code minColumns} cells. */
    public static List<String[]> rows(String resource, int minColumns) {
        return rows(lines(resource), resource, minColumns);
    }

    /** The same for a table read from a stream; {@code origin} names it in errors. */
    public static List<String[]> rows(InputStream in, String origin, int minColumns) throws IOException {
        return rows(lines(in), origin, minColumns);
    }

    private static List<String[]> rows(List<String> lines, String origin, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (header) {
                header = false;
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length < minColumns) {
                throw new IllegalStateException(origin + ": fewer than " + minColumns + " columns: " + line);
            }
            rows.add(row);
        }
        return rows;
    }

    /** A list of one word a line, trimmed. */
    public static Set<String> words(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            out.add(line.trim());
        }
        return Set.copyOf(out);
    }

    /** A list of one word or phrase a line, trimmed, in file order. */
    public static List<String> list(String resource) {
        return lines(resource).stream().map(String::trim).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
