package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final String DESCRIPTOR = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="org.diplograph.extract.ner.WordClusters$Factory">
                  <str name="dict">test.clusters</str>
                </generator>
              </generator>
            </featureGenerators>
            """;

    @Test
    void onlyAnnotatedSentencesBecomeSamples() {
        NerTrainer trainer = new NerTrainer(new OpenNlpAnnotator());
        String text = "Envoys met in Oslo on Monday. Later Smith flew to Paris.";
        int second = text.indexOf("Later");
        LabeledText labeled = new LabeledText("d", text,
                List.of(new LabeledText.Name(text.indexOf("Oslo"), text.indexOf("Oslo") + 4, "LOC")),
                List.of(new LabeledText.Name(0, second - 1, "annotated")));
        List<NameSample> samples = trainer.samples(labeled);
        assertEquals(1, samples.size());
        assertEquals("LOC", samples.get(0).getNames()[0].getType());
    }

    @Test
    void aModelWithWordClustersIsSavedAndLoaded() throws Exception {
        WordClusters clusters = WordClusters.read(new ByteArrayInputStream(
                "Oslo 1\nParis 1\nBerlin 1\nSmith 2\nJones 2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("1", clusters.lookup("Paris"));
        NerTrainer trainer = new NerTrainer(new OpenNlpAnnotator());
        List<NameSample> samples = new ArrayList<>();
        for (String city : List.of("Oslo", "Paris", "Berlin")) {
            String text = "Envoys met in " + city + " on Monday with Smith.";
            samples.addAll(trainer.samples(new LabeledText(city, text, List.of(
                    new LabeledText.Name(text.indexOf(city), text.indexOf(city) + city.length(), "LOC")))));
        }
        TokenNameFinderModel model = trainer.train(samples, 5, 0, DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
                Map.of("test.clusters", clusters), "MAXENT", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(out.toByteArray()));
        assertNotNull(new NameModel(loaded));
        // the loaded model rebuilds its cluster feature from the stored table
        assertNotNull(new opennlp.tools.namefind.NameFinderME(loaded).find(
                new String[] {"Envoys", "met", "in", "Paris", "on", "Monday", "."}));
    }
}
