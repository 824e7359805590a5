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
}
