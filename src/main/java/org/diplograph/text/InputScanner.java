package org.diplograph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the user's INPUT arguments (files or directories, searched recursively in name order) into
 * articles. Every failure of a user's input becomes one {@link Rejection}; nothing here throws for it.
 */
public final class InputScanner {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Map<String, ArticleReader> READERS = Map.of(
            "txt", new PlainTextReader(),
            "md", new PlainTextReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader(),
            "jsonl", new JsonArticleReader(),
            "json", new JsonArticleReader());

    /** Lists the files the inputs stand for: named files as given, directories' readable files sorted. */
    public static List<Path> expand(List<Path> inputs, InputSink sink) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> READERS.containsKey(extension(p)))
                            .filter(p -> !hidden(input.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    sink.reject(new Rejection(input.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (!Files.exists(input)) {
                sink.reject(new Rejection(input.toString(), "no such file or directory"));
            } else if (!READERS.containsKey(extension(input))) {
                sink.reject(new Rejection(input.toString(),
                        "unsupported file type (expected .txt, .md, .html, .json or .jsonl)"));
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Reads one file; checks size, binary content and encoding first, and each article's text after. */
    public static void read(Path file, InputSink sink) {
        String origin = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                sink.reject(new Rejection(origin, String.format(Locale.ROOT,
                        "file too large (%.1f MB; the limit is 20 MB)", size / 1048576.0)));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.reject(new Rejection(origin, "cannot read: " + e.getMessage()));
            return;
        }
        read(file, bytes, sink);
    }

    /**
     * Reads one file's bytes, read elsewhere (a Spark job reads them from any Hadoop file system): the same checks
     * and readers as a file read here, chosen by the name's extension.
     */
    public static void read(Path file, byte[] bytes, InputSink sink) {
        String origin = file.toString();
        if (!READERS.containsKey(extension(file))) {
            sink.reject(new Rejection(origin, "unsupported file type (expected .txt, .md, .html, .json or .jsonl)"));
            return;
        }
        if (bytes.length > MAX_BYTES) {
            sink.reject(new Rejection(origin, String.format(Locale.ROOT,
                    "file too large (%.1f MB; the limit is 20 MB)", bytes.length / 1048576.0)));
            return;
        }
        if (bytes.length == 0) {
            sink.reject(new Rejection(origin, "empty file"));
            return;
        }
        if (looksBinary(bytes)) {
            sink.reject(new Rejection(origin, "binary file, not text"));
            return;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            sink.reject(new Rejection(origin, "not valid UTF-8 text"));
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        READERS.get(extension(file)).read(file, content, new InputSink() {
            @Override
            public void accept(Article article) {
                if (article.text().isBlank()) {
                    sink.reject(new Rejection(article.origin(), "empty text"));
                    return;
                }
                String notEnglish = LanguageCheck.reasonNotEnglish(article.text());
                if (notEnglish != null) {
                    sink.reject(new Rejection(article.origin(), notEnglish));
                    return;
                }
                sink.accept(article);
            }

            @Override
            public void reject(Rejection rejection) {
                sink.reject(rejection);
            }
        });
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    /** Dotfiles and anything inside a dot-folder (.git, .cache) below the input directory. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private InputScanner() {
    }
}
