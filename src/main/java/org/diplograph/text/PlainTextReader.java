package org.diplograph.text;

import java.nio.file.Path;

/** {@code .txt} and {@code .md}: the first non-blank line is the headline; the whole file is the text. */
public final class PlainTextReader implements ArticleReader {

    @Override
    public void read(Path file, String content, InputSink sink) {
        String name = file.getFileName().toString();
        String headline = firstNonBlankLine(content);
        if (headline != null && name.endsWith(".md")) {
            headline = headline.replaceFirst("^#+\\s*", "").strip();
        }
        sink.accept(new Article(name, headline, content, null, null, null, file.toString()));
    }

    static String firstNonBlankLine(String content) {
        for (String line : content.split("\n", 50)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && stripped.codePoints().anyMatch(Character::isLetter)) {
                return stripped;
            }
        }
        return null;
    }
}
