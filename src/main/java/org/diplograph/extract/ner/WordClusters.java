package org.diplograph.extract.ner;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters ("word cluster" per line) as a resource stored inside the name-finder model, and the feature that
 * names the current token's cluster. OpenNLP has both (WordClusterDictionary), but its dictionary closes the
 * model's zip stream when it is written, so a model holding one cannot be saved.
 */
public final class WordClusters implements SerializableArtifact {

    private final Map<String, String> clusters;

    public WordClusters(Map<String, String> clusters) {
        this.clusters = Map.copyOf(clusters);
    }

    /** Reads "word cluster" lines; the stream is left open. */
    public static WordClusters read(InputStream in) throws IOException {
        Map<String, String> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int sp = line.indexOf(' ');
            if (sp > 0 && sp < line.length() - 1) {
                map.put(line.substring(0, sp), line.substring(sp + 1).trim());
            }
        }
        return new WordClusters(map);
    }

    public String lookup(String word) {
        return clusters.get(word);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads the clusters without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            artifact.clusters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    buf.writeBytes((e.getKey() + " " + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8)));
            buf.writeTo(out);
        }
    }

    /** The feature "prefix=cluster" for the current token, when it has one. */
    public record Feature(String prefix, WordClusters clusters) implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String c = clusters.lookup(tokens[index]);
            if (c != null) {
                features.add(prefix + "=" + c);
            }
        }
    }

    /**
     * Descriptor element: {@code <generator class="org.diplograph.extract.ner.WordClusters$Factory">
     * <str name="dict">wikinews-256.clusters</str></generator>}.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String name = getStr("dict");
            Object resource = resourceManager == null ? null : resourceManager.getResource(name);
            if (!(resource instanceof WordClusters wc)) {
                throw new InvalidFormatException("no word-cluster resource " + name);
            }
            return new Feature(name, wc);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new Serializer());
        }
    }
}
