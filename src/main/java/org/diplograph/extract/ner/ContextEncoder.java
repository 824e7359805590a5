package org.diplograph.extract.ner;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.nlp.CpuMeter;
import org.diplograph.nlp.Sentence;

/**
 * Contextual vectors of a sentence's tokens from the first {@value #LAYERS} of the six layers of a small pretrained
 * transformer, all-MiniLM-L6-v2 (384 dimensions, quantised ONNX), read from its Maven Central jar and cut down when
 * loaded ({@link OnnxLayers}). A token's vector is the mean of its word pieces' states, unit length. The name finder
 * sees them only as cluster ids ({@link ContextClusters}) and through a small probe ({@link ContextProbe}): the word's
 * meaning in this sentence, which word clusters, fixed per word, cannot give ("Jordan" the state or the man).
 *
 * <p>Why not all six layers: each costs the same (about 45 CPU-µs a word piece), and a finder trained on the third
 * layer's states scored as well as one trained on the last, on held-out documents and on held-out topics (see
 * {@code src/training/ner/README.md}), at half the encoder's cost. Changing the depth means relearning the centroids
 * ({@code train-context}) and retraining the finder.
 *
 * <p>The model is uncased, so capitalisation stays the job of the finder's other features. One session serves every
 * thread (ONNX Runtime sessions are thread-safe); each call uses one core, as articles are the unit of parallelism.
 */
public final class ContextEncoder {

    public static final int DIMENSIONS = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Word pieces per model call; longer sentences are encoded in consecutive windows. */
    private static final int MAX_PIECES = 256;
    private static final int MAX_WORD_CHARS = 100;
    private static final Pattern ACCENTS = Pattern.compile("\\p{Mn}+");
    private static final int MODEL_LAYERS = 6;
    static final int LAYERS = 3;

    private static volatile ContextEncoder shared;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final Map<String, Integer> vocab;
    private final int cls;
    private final int sep;
    private final int unk;

    private ContextEncoder() {
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            byte[] model = resource(MODEL);
            if (LAYERS < MODEL_LAYERS) {
                model = OnnxLayers.upTo(model, "/encoder/layer." + (LAYERS - 1) + "/output/LayerNorm/Add_1_output_0");
            }
            session = env.createSession(model, options);
            vocab = readVocabulary();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the context encoder " + MODEL, e);
        }
        cls = vocab.get("[CLS]");
        sep = vocab.get("[SEP]");
        unk = vocab.get("[UNK]");
    }

    /** The encoder shared by the JVM, loaded on first use. */
    public static ContextEncoder get() {
        ContextEncoder e = shared;
        if (e == null) {
            synchronized (ContextEncoder.class) {
                e = shared;
                if (e == null) {
                    shared = e = new ContextEncoder();
                }
            }
        }
        return e;
    }

    private record Encoded(String[] tokens, float[][] vectors) {
    }

    /** The last sentence each thread encoded: several feature generators ask for the same one in turn. */
    private final ThreadLocal<Encoded> last = new ThreadLocal<>();

    /**
     * Training sees each sentence in every pass, every fold and every feature that reads vectors; encoding it once
     * saves most of training's time. Off at run time, where sentences do not repeat.
     */
    private final Map<String, float[][]> trainingCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean caching;

    private static final CpuMeter METER = new CpuMeter();

    /**
     * CPU nanoseconds the calling thread has spent running the model so far: the name finder's callers take the
     * difference to tell the encoder's cost from the rest of finding names.
     */
    public static long threadCpuNanos() {
        return METER.spent();
    }

    public void cacheWhileTraining() {
        caching = true;
    }

    /**
     * One unit vector per token; a token with no word piece (only spaces) gets the zero vector. Asking again for the
     * same array on the same thread returns the same vectors without running the model.
     */
    public float[][] encode(String[] tokens) {
        Encoded previous = last.get();
        if (previous != null && previous.tokens() == tokens) {
            return previous.vectors();
        }
        String key = caching ? Sentence.wordsKey(tokens) : null;
        float[][] vectors = key == null ? null : trainingCache.get(key);
        if (vectors == null) {
            vectors = METER.measure(() -> run(tokens));
            if (key != null) {
                trainingCache.put(key, vectors);
            }
        }
        last.set(new Encoded(tokens, vectors));
        return vectors;
    }

    private float[][] run(String[] tokens) {
        List<int[]> pieces = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            pieces.add(wordPieces(token));
        }
        float[][] vectors = new float[tokens.length][];
        int from = 0;
        while (from < tokens.length) {
            int to = from;
            int count = 0;
            while (to < tokens.length && (to == from || count + pieces.get(to).length <= MAX_PIECES)) {
                count += Math.min(pieces.get(to).length, MAX_PIECES);
                to++;
            }
            encodeWindow(pieces, from, to, count, vectors);
            from = to;
        }
        return vectors;
    }

    private void encodeWindow(List<int[]> pieces, int from, int to, int count, float[][] vectors) {
        long[] ids = new long[count + 2];
        int[] owner = new int[count + 2];
        ids[0] = cls;
        owner[0] = -1;
        int p = 1;
        for (int t = from; t < to; t++) {
            int[] wp = pieces.get(t);
            for (int k = 0; k < wp.length && p <= count; k++) {
                ids[p] = wp[k];
                owner[p++] = t;
            }
        }
        ids[p] = sep;
        owner[p] = -1;
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1L);
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
            float[][] states = ((float[][][]) result.get(0).getValue())[0];
            for (int t = from; t < to; t++) {
                vectors[t] = new float[DIMENSIONS];
            }
            for (int i = 0; i < ids.length; i++) {
                if (owner[i] >= 0) {
                    float[] v = vectors[owner[i]];
                    for (int d = 0; d < DIMENSIONS; d++) {
                        v[d] += states[i][d];
                    }
                }
            }
            for (int t = from; t < to; t++) {
                normalise(vectors[t]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("context encoder failed", e);
        }
    }

    static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
    }

    /** The word pieces of one token as text, for tests and for reading what the model saw. */
    List<String> pieceTexts(String token) {
        Map<Integer, String> byId = new HashMap<>();
        vocab.forEach((piece, id) -> byId.put(id, piece));
        List<String> out = new ArrayList<>();
        for (int id : wordPieces(token)) {
            out.add(byId.get(id));
        }
        return out;
    }

    /** BERT's uncased word pieces of one token: lower case, accents removed, punctuation split off, greedy pieces. */
    int[] wordPieces(String token) {
        String text = Normalizer.normalize(token.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        text = ACCENTS.matcher(text).replaceAll("");
        List<Integer> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                piecesOf(word, out);
            } else if (isPunctuation(c)) {
                piecesOf(word, out);
                word.append(c);
                piecesOf(word, out);
            } else {
                word.append(c);
            }
        }
        piecesOf(word, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void piecesOf(StringBuilder word, List<Integer> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.length() > MAX_WORD_CHARS) {
            out.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < w.length()) {
            int end = w.length();
            Integer id = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + w.substring(start, end);
                id = vocab.get(piece);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                out.add(unk);
                return;
            }
            pieces.add(id);
            start = end;
        }
        out.addAll(pieces);
    }

    private static boolean isPunctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContextEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " (the langchain4j all-MiniLM-L6-v2 jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static Map<String, Integer> readVocabulary() {
        try {
            JsonNode vocabNode = new ObjectMapper().readTree(resource(TOKENIZER)).path("model").path("vocab");
            Map<String, Integer> map = new HashMap<>(vocabNode.size() * 2);
            for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), e.getValue().asInt());
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TOKENIZER, e);
        }
    }
}
