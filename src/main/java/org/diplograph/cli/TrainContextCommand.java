package org.diplograph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import org.diplograph.extract.ner.ContextClusters;
import org.diplograph.extract.ner.ContextEncoder;
import org.diplograph.extract.ner.LabeledText;
import org.diplograph.extract.ner.NerTrainer;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-context", mixinStandardHelpOptions = true,
        description = {"Maintainers: learns the centroids that turn the context encoder's token vectors into name-finder",
                "features, by spherical k-means over the vectors of news sentences (only their words: the",
                "annotation is not read). The files go beside the feature descriptor, which names them; train-ner",
                "then stores them in the model."},
        footer = {"", "Example:", "  ./diplograph train-context --centroids 64,512"})
final class TrainContextCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainContextCommand.class);

    @Option(names = "--centroids", paramLabel = "K", split = ",",
            description = "Write context-K.centroids for each K.")
    List<Integer> centroids = new ArrayList<>();

    @Option(names = "--tokens", defaultValue = "150000",
            description = "Tokens to cluster, from whole sentences of shuffled articles (default: ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--iterations", defaultValue = "15", description = "k-means iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--news", paramLabel = "FILE", defaultValue = AnnotatedNews.TRAINING,
            description = {"Which articles to read: the training file of train-ner --annotated, so the held-out",
                    "articles' text stays out (default: ${DEFAULT-VALUE})."})
    Path news;

    @Option(names = "--corpus", paramLabel = "JSONL",
            defaultValue = AnnotatedNews.CORPUS,
            description = "The corpus those articles come from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "src/training/ner",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path dir;

    private static final long SEED = 42;
    private static final long SHUFFLE_SEED = 7;

    @Override
    public Integer call() throws Exception {
        if (centroids.isEmpty()) {
            throw new Main.UserError("nothing to learn: give --centroids K[,K...]");
        }
        List<float[]> vectors = vectors(AnnotatedNews.read(news, corpus, ""));
        for (int k : centroids) {
            long start = System.nanoTime();
            write(ContextClusters.learn(vectors, k, iterations, SEED), dir.resolve("context-" + k + ".centroids"));
            LOG.info("k={} learnt in {} s", k, (System.nanoTime() - start) / 1_000_000_000);
        }
        return Main.OK;
    }

    private List<float[]> vectors(List<LabeledText> articles) {
        List<LabeledText> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        NerTrainer sentences = new NerTrainer(new OpenNlpAnnotator());
        List<float[]> vectors = new ArrayList<>();
        for (LabeledText article : shuffled) {
            for (NameSample sentence : sentences.samples(article)) {
                Collections.addAll(vectors, ContextEncoder.get().encode(sentence.getSentence()));
            }
            if (vectors.size() >= tokens) {
                break;
            }
        }
        LOG.info("{} token vectors from news sentences", vectors.size());
        return vectors;
    }

    private static void write(ContextClusters table, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            table.write(out);
        }
        System.out.printf("wrote %s (%d rows)%n", file, table.size());
    }
}
