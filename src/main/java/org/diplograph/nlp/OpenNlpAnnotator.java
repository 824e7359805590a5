package org.diplograph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.diplograph.text.CharSpan;
import org.diplograph.text.CleanText;

/**
 * OpenNLP annotation with the Universal Dependencies English models from Maven Central.
 *
 * <p>Models are read once from the classpath jars (the {@code XxxME("en")} constructors would try to
 * download them); the MaxEnt tools are not thread-safe, so each worker thread gets its own.
 * Paragraphs (blank-line or line-break separated blocks) are split first: a headline or a dateline
 * never runs into the next sentence.
 */
public final class OpenNlpAnnotator implements Annotator {

    private static final String MODEL_PREFIX = "opennlp-en-ud-ewt-";
    private static final String MODEL_SUFFIX = "-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final ThreadLocal<Tools> tools;
    /**
     * The model's universal tags renamed to Penn tags, as a PENN-format tagger would return them; tagging once in UD and
     * renaming keeps both, so the name finder need not tag the sentence again.
     */
    private final POSTagFormatMapper udToPenn;

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {
    }

    public OpenNlpAnnotator() {
        try {
            sentenceModel = new SentenceModel(open("sentence"));
            tokenizerModel = new TokenizerModel(open("tokens"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
        POSModel pos = posModel();
        udToPenn = new POSTagFormatMapper(new POSTaggerME(pos, POSTagFormat.UD).getAllPosTags()) {
        };
        tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sentenceModel),
                new TokenizerME(tokenizerModel), new POSTaggerME(pos, POSTagFormat.UD)));
    }

    private static volatile POSModel sharedPos;

    /**
     * The part-of-speech model (greedy), loaded once per JVM and shared by every annotator and by the name finder's
     * part-of-speech features.
     */
    public static POSModel posModel() {
        POSModel m = sharedPos;
        if (m == null) {
            synchronized (OpenNlpAnnotator.class) {
                if (sharedPos == null) {
                    try {
                        sharedPos = greedy(new POSModel(open("pos")));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load OpenNLP models", e);
                    }
                }
                m = sharedPos;
            }
        }
        return m;
    }

    /**
     * The same tagger with greedy decoding instead of a beam of three: tagging was the most expensive
     * step of a build, and the rules use tags only as a weak signal.
     */
    private static POSModel greedy(POSModel model) {
        Object maxent = model.getArtifact("pos.model");
        if (maxent instanceof opennlp.tools.ml.model.MaxentModel m) {
            return new POSModel("en", m, 1, java.util.Map.of(), model.getFactory());
        }
        return model;
    }

    private static InputStream open(String kind) {
        String name = MODEL_PREFIX + kind + MODEL_SUFFIX;
        InputStream in = OpenNlpAnnotator.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }

    @Override
    public AnnotatedText annotate(CleanText clean) {
        Tools t = tools.get();
        String text = clean.text();
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        for (CharSpan block : blocks(text)) {
            String blockText = block.of(text);
            for (Span s : joinAfterInitials(t.sentences().sentPosDetect(blockText), blockText)) {
                int sStart = block.start() + s.getStart();
                String sentText = text.substring(sStart, block.start() + s.getEnd());
                Span[] tokSpans = splitGluedNames(splitFinalStop(joinInitials(splitPossessives(splitGlued(
                        t.tokenizer().tokenizePos(sentText), sentText), sentText), sentText), sentText), sentText, text);
                if (tokSpans.length == 0) {
                    continue;
                }
                String[] words = new String[tokSpans.length];
                for (int i = 0; i < tokSpans.length; i++) {
                    words[i] = tokSpans[i].getCoveredText(sentText).toString();
                }
                String[] upos = t.tagger().tag(Truecaser.english().forms(words));
                String[] tags = udToPenn.convertTags(java.util.Arrays.asList(upos));
                for (int i = 0; i < words.length; i++) {
                    if (words[i].equals("'s") || words[i].equals("'") && i > 0 && words[i - 1].endsWith("s")) {
                        tags[i] = "POS"; // the UD model calls the possessive PART/PUNCT
                    }
                }
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], sStart + tokSpans[i].getStart(), sStart + tokSpans[i].getEnd(),
                            tags[i], tokenIndex++, upos[i]));
                }
                CharSpan span = new CharSpan(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
                sentences.add(new Sentence(sentences.size(), span, tokens));
            }
        }
        return new AnnotatedText(clean, sentences);
    }

    /**
     * The UD tokenizer leaves "Un's" whole after some names and glues a hyphen to the next word
     * ("Kim" "-Xi"); the rules expect the possessive and the hyphen as tokens of their own, as the Penn
     * Treebank convention (and the tagger) has them.
     */
    static Span[] splitPossessives(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            String tok = s.getCoveredText(text).toString();
            if (tok.length() > 2 && (tok.endsWith("'s") || tok.endsWith("'S"))
                    && Character.isLetter(tok.charAt(tok.length() - 3))) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else if (tok.length() > 1 && tok.charAt(0) == '-' && Character.isLetter(tok.charAt(1))) {
                out.add(new Span(s.getStart(), s.getStart() + 1));
                out.add(new Span(s.getStart() + 1, s.getEnd()));
            } else if (tok.length() > 2 && tok.endsWith("s'") && Character.isUpperCase(tok.charAt(0))) {
                out.add(new Span(s.getStart(), s.getEnd() - 1));
                out.add(new Span(s.getEnd() - 1, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Text copied from the web glues citation marks to words ("al-Assad,[1]", "Control.[3]"), and the tokenizer then
     * leaves "Assad," and "Control.[" whole: a name glued so is no name to the rules or the finder. Brackets, and
     * commas and semicolons at a word's end, come off as tokens of their own, and so does a full stop before a bracket.
     */
    static Span[] splitGlued(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int start = s.getStart();
            int end = s.getEnd();
            while (end - start > 1 && (text.charAt(start) == '[' || text.charAt(start) == ']')) {
                out.add(new Span(start, start + 1));
                start++;
            }
            List<Span> tail = new ArrayList<>();
            boolean bracket = false;
            while (end - start > 1) {
                char c = text.charAt(end - 1);
                if (c == '[' || c == ']' || c == ',' || c == ';' || c == '.' && bracket) {
                    bracket |= c == '[' || c == ']';
                    tail.add(0, new Span(end - 1, end));
                    end--;
                } else {
                    break;
                }
            }
            out.add(new Span(start, end));
            out.addAll(tail);
        }
        return out.toArray(new Span[0]);
    }

    /** Two capitalised words with no space between them, the first of four letters or more ("RuizDaniel"). */
    private static final java.util.regex.Pattern GLUED_NAMES =
            java.util.regex.Pattern.compile("([A-Z][a-z]{3,})([A-Z][a-z]{2,})");

    /**
     * A web page whose markup put a name right after another (a link, a byline, a caption) loses the space between
     * them: "President Ana RuizDaniel Moreau told reporters". Such a word is split when it looks like two capitalised
     * words, a name goes on after it, the article writes its first part alone elsewhere and the glued word itself
     * only once. A brand written so ("BlackRock") recurs as a whole and stays whole.
     */
    static Span[] splitGluedNames(Span[] spans, String sentence, String article) {
        List<Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            String tok = spans[i].getCoveredText(sentence).toString();
            java.util.regex.Matcher m = GLUED_NAMES.matcher(tok);
            boolean split = m.matches() && i + 1 < spans.length
                    && Character.isUpperCase(sentence.charAt(spans[i + 1].getStart()))
                    && wordCount(article, tok) == 1 && wordCount(article, m.group(1)) > 0;
            if (split && out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, i));
            }
            if (split) {
                int cut = spans[i].getStart() + m.group(1).length();
                out.add(new Span(spans[i].getStart(), cut));
                out.add(new Span(cut, spans[i].getEnd()));
            } else if (out != null) {
                out.add(spans[i]);
            }
        }
        return out == null ? spans : out.toArray(new Span[0]);
    }

    /** How often the word stands alone in the text (not inside a longer word). */
    private static int wordCount(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            n += before && after ? 1 : 0;
        }
        return n;
    }

    private static final java.util.Set<String> ABBREVIATIONS =
            org.diplograph.vocab.DataFiles.words("lang/en/abbreviations.txt");

    /**
     * The tokenizer sometimes leaves a sentence's full stop on its last word when the word could be an abbreviation
     * ("Lisbon." before a paragraph break): the name then carries the stop and becomes a second node. The stop comes off
     * unless the word is a known abbreviation or has a stop inside ("U.S.").
     */
    static Span[] splitFinalStop(Span[] spans, String text) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String word = last.getCoveredText(text).toString();
        if (word.length() < 3 || !word.endsWith(".")) {
            return spans;
        }
        String stem = word.substring(0, word.length() - 1);
        if (stem.indexOf('.') >= 0 || ABBREVIATIONS.contains(stem) || !Character.isLetter(stem.charAt(stem.length() - 1))) {
            return spans;
        }
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /** An initial the tokenizer split from its full stop inside a sentence ("H" "." "Collier") is one token, "H.". */
    static Span[] joinInitials(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            if (i + 2 < spans.length && s.length() == 1 && Character.isUpperCase(text.charAt(s.getStart()))
                    && spans[i + 1].getStart() == s.getEnd() && spans[i + 1].length() == 1
                    && text.charAt(spans[i + 1].getStart()) == '.'
                    && (i == 0 || spans[i - 1].getEnd() < s.getStart())) {
                out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
                i++;
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * A title or an initial before a full stop ("Gov. Mike Easley", "Frederick H. Collier") does not end a
     * sentence, though the sentence model often says so; joining keeps the name in one sentence for the rules and
     * the name finder.
     */
    static List<Span> joinAfterInitials(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String prevText = prev.getCoveredText(text).toString();
                boolean upper = Character.isUpperCase(text.charAt(s.getStart()));
                if ((endsWithInitialOrTitle(prevText)
                        || endsWithDottedAbbreviation(prevText) && !opensASentence(s.getCoveredText(text).toString()))
                        && upper
                        || MONTH_ABBREVIATION.matcher(prevText.stripTrailing()).find()
                        && Character.isDigit(text.charAt(s.getStart()))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static final java.util.regex.Pattern INITIAL_OR_TITLE = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|Gov|Sen|Rep|Gen|Lt|Col|Capt|Maj|Sgt|Cpl|Adm|Cmdr|Brig|Dr|Mr|Mrs|Ms|Prof|Rev|St|Pres"
                    + "|Amb|Supt|Insp|Det|Atty|Hon|Mt|Ft|Messrs)\\.$");

    static boolean endsWithInitialOrTitle(String sentence) {
        return INITIAL_OR_TITLE.matcher(sentence.stripTrailing()).find();
    }

    /** "Feb." before "28": a date, not the end of a sentence (datelines: "CITY, Feb. 28 -- ..."). */
    private static final java.util.regex.Pattern MONTH_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(,])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
    private static final java.util.regex.Pattern DOTTED_ABBREVIATION =
            java.util.regex.Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");
    private static final java.util.Set<String> SENTENCE_OPENERS =
            org.diplograph.vocab.DataFiles.words("lang/en/sentence-openers.txt");

    /**
     * "U.S." or "U.N." before a capitalised word is far more often "U.S. President" than the end of a sentence; the
     * sentence model splits there, cutting the subject from its verb. Joined unless the next word is one that opens
     * sentences ("The", "He", "In").
     */
    static boolean endsWithDottedAbbreviation(String sentence) {
        return DOTTED_ABBREVIATION.matcher(sentence.stripTrailing()).find();
    }

    static boolean opensASentence(String sentence) {
        String first = sentence.stripLeading().split("[\\s,]", 2)[0];
        return SENTENCE_OPENERS.contains(first);
    }

    /** Non-blank lines: news paragraphs are lines, and a line break always ends a sentence. */
    static List<CharSpan> blocks(String text) {
        List<CharSpan> blocks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(new CharSpan(s, e));
            }
            start = end + 1;
        }
        return blocks;
    }
}
