package org.diplograph.pipeline;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Identifies what produced an article's graph: the release plus the bundled registry, schemes and
 * model. A store re-extracts an article it already holds when this changes, even if the text did not.
 */
public final class PipelineVersion {

    private static final String[] RESOURCES = {"ontology/registry.ttl", "ontology/concepts.ttl", "ontology/cameo.ttl",
        "ontology/first-names.txt", "lang/en/furniture.tsv", "models/diplograph-ner-en.bin", "ontology/kb/kb.tsv.gz"};

    public static final String ID = compute();

    private static String compute() {
        Hasher h = Hashing.sha256().newHasher();
        Package p = PipelineVersion.class.getPackage();
        h.putUnencodedChars(p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev");
        for (String r : RESOURCES) {
            try (InputStream in = PipelineVersion.class.getClassLoader().getResourceAsStream(r)) {
                if (in != null) {
                    h.putBytes(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return h.hash().toString().substring(0, 16);
    }

    private PipelineVersion() {
    }
}
