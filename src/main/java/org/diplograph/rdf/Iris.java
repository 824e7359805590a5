package org.diplograph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.vocab.DG;

/**
 * Mints IRIs under a base: entities at {@code base + key}, articles at {@code base + "article/" + id}.
 * The same input always gives the same IRI.
 */
public final class Iris {

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            base = base + "/";
        }
        this.base = base;
    }

    public static Iris defaults() {
        return new Iris(DG.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node entity(String key) {
        return NodeFactory.createURI(base + key);
    }

    /** Readable when the id is a short safe token ("ID736", "seed_01.txt"); a hash of it otherwise (URLs). */
    public Node article(String articleId) {
        String local = articleId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}") ? articleId
                : Hashing.sha256().hashString(articleId, StandardCharsets.UTF_8).toString().substring(0, 24);
        return NodeFactory.createURI(base + "article/" + local);
    }

    /**
     * A URL as given by a source, made a valid IRI: characters IRIs forbid ({@code " < > \ ^ ` { | }}, spaces) and a
     * {@code %} not starting an escape are percent-encoded, so every export parses ("…_"Cabal"_alleged…" in
     * Wikinews URLs). Anything already valid is left as it is.
     */
    public static String escapeUrl(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escapeStart = c == '%' && isHex(url, i + 1) && isHex(url, i + 2);
            if (c == '%' && !escapeStart || c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
