package org.diplograph.extract.facts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The one format the fact layer's learned models ship in (an OpenNLP maxent model, binary, gzipped) and the one way
 * they are trained.
 */
public final class MaxentFiles {

    private MaxentFiles() {
    }

    /**
     * Trains a maxent model on outcome-labelled feature lists.
     *
     * @param algorithm MAXENT (GIS) or MAXENT_QN (L-BFGS with L1 and L2 penalties)
     * @param cutoff features seen fewer times are dropped
     */
    public static AbstractModel train(List<Event> events, String algorithm, int iterations, int cutoff)
            throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** A model the jar ships at {@code resource}; empty when the jar has none. */
    static java.util.Optional<AbstractModel> resource(String resource) {
        try (InputStream in = MaxentFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(read(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(resource, e);
        }
    }

    static AbstractModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(in))))
                .getModel();
    }

    /** Writes the model and finishes the compression, leaving {@code out} open. */
    static void write(MaxentModel model, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(gz)).persist();
        gz.finish();
    }
}
