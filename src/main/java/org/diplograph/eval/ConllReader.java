package org.diplograph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoNLL-style IOB files (wikigold): one token per line, the tag in the last column, a blank line between sentences,
 * {@code -DOCSTART-} between documents (without any, every 50 sentences make a document). IOB1 and IOB2 are both
 * read: an entity starts at B-X, or at I-X after anything but X. The document text is rebuilt with a single space
 * between tokens and a newline between sentences; {@code eval export-text} writes that same text, so predictions
 * made on it have offsets into exactly the scored string. Labels are kept as they are (PER, ORG, LOC, MISC);
 * CoNLL annotates nationalities as MISC, so our NORP is read as MISC.
 */
public final class ConllReader implements GoldReader {

    public static final Map<String, String> PREDICTED = Map.of("NORP", "MISC");
    static final int SENTENCES_PER_CHUNK = 50;

    private final String corpus;

    /** @param corpus the split key and document id prefix ("wikigold" → ids wikigold-001, wikigold-002, …) */
    public ConllReader(String corpus) {
        this.corpus = corpus;
    }

    private record Token(String text, String tag) {
    }

    @Override
    public Gold read(Path file) throws IOException {
        List<List<List<Token>>> documents = new ArrayList<>();
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        boolean docstart = false;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                docstart = true;
                closeSentence(sentences, sentence);
                if (!sentences.isEmpty()) {
                    documents.add(sentences);
                    sentences = new ArrayList<>();
                }
            } else if (trimmed.isEmpty()) {
                closeSentence(sentences, sentence);
            } else {
                String[] cols = trimmed.split("\\s+");
                if (cols.length < 2) {
                    throw new IOException(file + ":" + n + ": a token line needs a tag in its last column");
                }
                sentence.add(new Token(cols[0], cols[cols.length - 1]));
            }
        }
        closeSentence(sentences, sentence);
        if (!sentences.isEmpty()) {
            documents.add(sentences);
        }
        if (!docstart) {
            documents = chunks(documents.isEmpty() ? List.of() : documents.get(0));
        }
        List<EvalDoc> docs = new ArrayList<>();
        List<EntitySpan> names = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (int d = 0; d < documents.size(); d++) {
            String id = String.format("%s-%03d", corpus, d + 1);
            StringBuilder text = new StringBuilder();
            for (List<Token> s : documents.get(d)) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                decode(id, s, text, names, labels, file);
            }
            docs.add(new EvalDoc(id, text.toString(), null));
        }
        return new Gold(corpus, docs, labels, PREDICTED, names, List.of(), List.of());
    }

    private static void closeSentence(List<List<Token>> sentences, List<Token> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }

    private static List<List<List<Token>>> chunks(List<List<Token>> all) {
        List<List<List<Token>>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SENTENCES_PER_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + SENTENCES_PER_CHUNK)));
        }
        return out;
    }

    /** Appends one sentence to the text and its entities to names. */
    private static void decode(String id, List<Token> sentence, StringBuilder text, List<EntitySpan> names,
                               Set<String> labels, Path file) throws IOException {
        String openType = null;
        int openStart = -1;
        int lastEnd = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(t.text());
            String tag = t.tag();
            boolean outside = "O".equals(tag);
            if (!outside && !(tag.length() > 2 && tag.charAt(1) == '-' && "BI".indexOf(tag.charAt(0)) >= 0)) {
                throw new IOException(file + ": " + id + ": tag '" + tag + "' is not IOB (O, B-X, I-X)");
            }
            String type = outside ? null : tag.substring(2);
            boolean continues = !outside && tag.charAt(0) == 'I' && type.equals(openType);
            if (openType != null && !continues) {
                names.add(new EntitySpan(id, new Span(openStart, lastEnd), openType));
                openType = null;
            }
            if (!outside && !continues) {
                openType = type;
                openStart = start;
                labels.add(type);
            }
            lastEnd = text.length();
        }
        if (openType != null) {
            names.add(new EntitySpan(id, new Span(openStart, lastEnd), openType));
        }
    }
}
