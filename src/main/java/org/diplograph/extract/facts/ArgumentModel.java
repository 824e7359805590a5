package org.diplograph.extract.facts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The learned role decision: for a trigger and a name in its sentence ({@link ArgumentFeatures}), the probability
 * that the name is the event's {@link #SOURCE}, {@link #TARGET}, an {@link #ATTENDEE} or {@link #NONE} of these. A
 * maximum-entropy model trained by {@code diplograph train-event-roles} on the project's Wikinews event annotation,
 * shipped in the jar.
 */
public final class ArgumentModel {
    public static final String SOURCE = "source";
    public static final String TARGET = "target";
    public static final String ATTENDEE = "attendee";
    public static final String NONE = "none";
    public static final String RESOURCE = "models/diplograph-event-roles.bin.gz";
    private static final com.google.common.base.Supplier<Optional<ArgumentModel>> BUNDLED =
            com.google.common.base.Suppliers.memoize(() -> MaxentFiles.resource(RESOURCE).map(ArgumentModel::new));

    /** The most likely role and its probability. */
    public record Decision(String role, double probability) {
    }

    private final AbstractModel model;

    public ArgumentModel(AbstractModel model) {
        this.model = model;
    }

    public static Optional<ArgumentModel> bundled() {
        return BUNDLED.get();
    }

    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    public Decision decide(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        String best = model.getBestOutcome(p);
        return new Decision(best, p[model.getIndex(best)]);
    }
}
