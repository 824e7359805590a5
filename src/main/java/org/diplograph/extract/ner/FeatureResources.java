package org.diplograph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources a feature descriptor names in its {@code dict} attributes, for training: {@code NAME.clusters}, a
 * file beside the descriptor with "word cluster" per line ({@link WordClusters}). Each is stored inside the trained
 * model, so the finder needs nothing else at run time; {@code NAME.centroids}, contextual-vector centroids
 * ({@link ContextClusters}); and {@code NAME.probe}, a {@link ContextProbe} that training learns from its own samples
 * (no file).
 */
public final class FeatureResources {

    private static final Pattern DICT = Pattern.compile("<str\\s+name=\"dict\"\\s*>([^<]+)</str>");

    public static Map<String, Object> load(String descriptor, Path dir) throws IOException {
        Map<String, Object> resources = new LinkedHashMap<>();
        Matcher m = DICT.matcher(descriptor);
        while (m.find()) {
            String name = m.group(1).trim();
            if (!resources.containsKey(name)) {
                resources.put(name, resource(name, dir));
            }
        }
        return resources;
    }

    private static Object resource(String name, Path dir) throws IOException {
        if (name.endsWith(".clusters")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                return WordClusters.read(in);
            }
        }
        if (name.endsWith(".centroids")) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                return ContextClusters.read(in);
            }
        }
        if (name.endsWith(".probe")) {
            return ContextProbe.UNTRAINED;
        }
        throw new IOException("unknown feature resource " + name
                + " (expected NAME.clusters or NAME.centroids beside the descriptor, or NAME.probe)");
    }

    private FeatureResources() {
    }
}
