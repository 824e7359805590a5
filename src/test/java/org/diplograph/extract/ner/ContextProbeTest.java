package org.diplograph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContextProbeTest {

    private static final String[] PEOPLE = {"Maria Lopez", "John Carter", "Ahmed Karimi", "Olga Petrova", "Kenji Sato",
        "Fatima Diallo", "Peter Novak", "Laura Rossi"};
    private static final String[] CITIES = {"Madrid", "Chicago", "Cairo", "Warsaw", "Osaka", "Dakar", "Lisbon", "Lima"};
    private static final String[] BODIES = {"the World Bank", "the Red Cross", "NATO", "the Senate", "Greenpeace",
        "the Central Bank", "UNICEF", "the Army"};

    private static ContextProbe probe;

    /** Sentences built from three frames, each name filling each role; the test sentence uses none of these names. */
    @BeforeAll
    static void train() {
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            for (int j = 0; j < CITIES.length; j++) {
                samples.add(sample(PEOPLE[i], "PER", " arrived in ", CITIES[j], "LOC", " on Monday ."));
                samples.add(sample(BODIES[(i + j) % BODIES.length], "ORG", " opened an office in ", CITIES[j], "LOC",
                        " ."));
                samples.add(sample(PEOPLE[j], "PER", " criticised ", BODIES[i], "ORG", " again ."));
            }
        }
        probe = ContextProbe.train(samples);
    }

    private static NameSample sample(String first, String firstType, String middle, String second, String secondType,
                                     String end) {
        List<String> tokens = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (String[] part : new String[][] {{first, firstType}, {middle, null}, {second, secondType}, {end, null}}) {
            String[] words = part[0].trim().split(" ");
            int from = tokens.size();
            int skip = part[1] != null && words[0].equals("the") ? 1 : 0;
            tokens.addAll(List.of(words));
            if (part[1] != null) {
                spans.add(new Span(from + skip, tokens.size(), part[1]));
            }
        }
        return new NameSample(tokens.toArray(new String[0]), spans.toArray(new Span[0]), false);
    }

    private static String[] guesses(String sentence) {
        String[] tokens = sentence.split(" ");
        float[][] vectors = ContextEncoder.get().encode(tokens);
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = probe.label(ContextProbe.best(probe.probabilities(tokens, vectors, i)));
        }
        return out;
    }

    @Test
    void readsLabelsOfNamesItHasNotSeen() {
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"},
                guesses("Anna Schmidt arrived in Hamburg on Monday ."));
    }

    /**
     * The finder trains on guesses from the probe that did not see the sentence: every training sentence has them,
     * and they come from a probe trained on half the sentences, so they need not equal the shipped probe's.
     */
    @Test
    void trainingSentencesGetCrossFittedGuesses() {
        NameSample seen = sample(PEOPLE[0], "PER", " arrived in ", CITIES[0], "LOC", " on Monday .");
        ContextProbe.Guesses guesses = ContextProbe.trainingGuesses(seen.getSentence());
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"}, guesses.labels());
        assertEquals(null, ContextProbe.trainingGuesses("Anna Schmidt arrived in Hamburg on Monday .".split(" ")));
    }

    /** The whole-sentence pass the finder uses reads the same labels, to rounding, as the network token by token. */
    @Test
    void aSentenceAtOnceEqualsTokenByToken() {
        String[] tokens = "Yesterday Anna Schmidt of the Red Cross met Kenji Sato in Osaka , not in Cairo .".split(" ");
        float[][] vectors = ContextEncoder.get().encode(tokens);
        ContextProbe.Guesses together = probe.guess(tokens, vectors);
        for (int i = 0; i < tokens.length; i++) {
            double[] alone = probe.probabilities(tokens, vectors, i);
            assertEquals(probe.label(ContextProbe.best(alone)), together.labels()[i], "token " + i);
        }
        float[][] hidden = probe.hiddenLayer(tokens, vectors);
        assertEquals(tokens.length, hidden.length);
        for (int i = 0; i < tokens.length; i++) {
            assertArrayEquals(probe.hiddenActivations(tokens, vectors, i), hidden[i], 1e-4f, "token " + i);
        }
    }

    @Test
    void aSentenceLongerThanOneBlockEqualsTokenByToken() {
        String[] tokens = ("On Tuesday the Harbour Authority of Port Elvan said that Mira Kovac , its chair , would meet"
                + " officials of the Coastal Union in Velmar and then travel to Osaka and Cairo before the end of the"
                + " month , a spokesman said .").split(" ");
        float[][] vectors = ContextEncoder.get().encode(tokens);
        float[][] hidden = probe.hiddenLayer(tokens, vectors);
        for (int i = 0; i < tokens.length; i++) {
            assertArrayEquals(probe.hiddenActivations(tokens, vectors, i), hidden[i], 1e-4f, "token " + i);
        }
    }

    @Test
    void labelsAreBioOfTheSamplesNames() {
        NameSample s = sample("Maria Lopez", "PER", " criticised ", "the World Bank", "ORG", " .");
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"}, ContextProbe.bio(s));
    }

    @Test
    void survivesWritingAndReading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        probe.write(out);
        ContextProbe read = ContextProbe.read(new ByteArrayInputStream(out.toByteArray()));
        String[] tokens = "Kenji Sato visited Lima .".split(" ");
        float[][] vectors = ContextEncoder.get().encode(tokens);
        for (int i = 0; i < vectors.length; i++) {
            assertArrayEquals(probe.probabilities(tokens, vectors, i), read.probabilities(tokens, vectors, i), 0.0);
        }
        assertEquals(probe.label(0), read.label(0));
    }
}
