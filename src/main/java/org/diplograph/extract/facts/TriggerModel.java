package org.diplograph.extract.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned trigger decision: for a word and its {@link TriggerFeatures}, the probability that it reports an event
 * of each of our classes, an event we do not type ({@link #OTHER}) or none ({@link #NONE}). A maximum-entropy model
 * trained by {@code diplograph train-events} on the project's Wikinews event annotation and the RAMS development
 * windows, shipped in the jar.
 */
public final class TriggerModel {
    public static final String NONE = "none";
    public static final String OTHER = "other";
    public static final String RESOURCE = "models/diplograph-event-triggers.bin.gz";
    private static final com.google.common.base.Supplier<Optional<TriggerModel>> BUNDLED =
            com.google.common.base.Suppliers.memoize(() -> MaxentFiles.resource(RESOURCE).map(TriggerModel::new));

    /** The most likely outcome, its probability, and the probability of none. */
    public record Decision(String best, double probability, double none) {
        /** Whether the word reports an event of one of our classes. */
        public boolean ours() {
            return !best.equals(NONE) && !best.equals(OTHER);
        }
    }

    private final AbstractModel model;
    private final Set<String> forms;
    private final Set<String> predicates;

    public TriggerModel(AbstractModel model) {
        this.model = model;
        this.forms = Set.copyOf(eventForms(model));
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
        this.predicates = Set.copyOf(pmap.keySet());
    }

    public static Optional<TriggerModel> bundled() {
        return BUNDLED.get();
    }

    public static TriggerModel read(InputStream in) throws IOException {
        return new TriggerModel(MaxentFiles.read(in));
    }

    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    public MaxentModel maxent() {
        return model;
    }

    public Decision decide(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        String best = model.getBestOutcome(p);
        int none = model.getIndex(NONE);
        return new Decision(best, p[model.getIndex(best)], none < 0 ? 0 : p[none]);
    }

    /**
     * Whether training saw this lemma in this part of speech often enough to keep it as a feature (the trainer's
     * cutoff): a word seen once says nothing the model may overrule the lexicon with.
     */
    public boolean seen(String lemma, boolean verb) {
        return predicates.contains(TriggerFeatures.lemmaFeature(lemma, verb));
    }

    /** Whether the model was trained to tell events of this class from none. */
    public boolean knows(String ontologyClass) {
        return model.getIndex(ontologyClass) >= 0;
    }

    /**
     * Whether a word form (lower case) may be a trigger the model adds: its form weighs towards one of our classes
     * more than towards none. Sentences without such a form or a lexicon trigger are not parsed.
     */
    public boolean mayReport(String form) {
        return forms.contains(form);
    }

    private static Set<String> eventForms(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            if (!e.getKey().startsWith("w=")) {
                continue;
            }
            Context c = e.getValue();
            double none = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < c.getOutcomes().length; k++) {
                String o = outcomes[c.getOutcomes()[k]];
                double w = c.getParameters()[k];
                if (o.equals(NONE)) {
                    none = w;
                } else if (!o.equals(OTHER)) {
                    best = Math.max(best, w);
                }
            }
            if (best > none) {
                out.add(e.getKey().substring(2));
            }
        }
        return out;
    }
}
