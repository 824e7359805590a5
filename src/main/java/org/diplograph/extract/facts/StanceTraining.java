package org.diplograph.extract.facts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.text.CharSpan;

/**
 * Turns annotated articles into training events for {@link StanceModel} and trains it: one cue event per content
 * word of each sentence the annotator read (its label the annotated stance's polarity before negation, else none),
 * one target event per candidate word of each annotated cue (yes for the head of the annotated target, no for words
 * outside it). Cross-validation holds out one year of articles at a time, so no story is on both sides.
 */
public final class StanceTraining {

    /** One annotated stance, as character spans of the article (holder may be null: the sentence does not name it). */
    public record GoldStance(CharSpan holder, CharSpan cue, CharSpan target, StanceFact.Polarity polarity,
                             boolean negated) {
    }

    /** An article as annotated: its document, the year it is from, the spans read, the stances found there. */
    public record Annotated(FactDocument doc, int year, List<CharSpan> read, List<GoldStance> stances) {
        public Annotated {
            read = List.copyOf(read);
            stances = List.copyOf(stances);
        }
    }

    /** The events of one article. */
    public record Events(List<Event> cues, List<Event> targets) {
    }

    private final ConceptLexicon concepts;
    private final Map<String, String> listed = StanceModel.listedPolarities();

    public StanceTraining(ConceptLexicon concepts) {
        this.concepts = concepts;
    }

    public Events events(Annotated a) {
        List<Event> cues = new ArrayList<>();
        List<Event> targets = new ArrayList<>();
        FactDocument doc = a.doc();
        for (Sentence s : doc.sentences()) {
            if (a.read().stream().noneMatch(r -> covers(r, s.span()))) {
                continue;
            }
            Optional<Parse> parsed = doc.parse(s);
            if (parsed.isEmpty()) {
                continue;
            }
            Parse p = parsed.get();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < p.size(); i++) {
                if (!StanceModel.mayCue(doc, p, i)) {
                    continue;
                }
                GoldStance g = goldAt(a, p, i);
                String label = g == null ? StanceModel.NONE : lexical(g) == StanceFact.Polarity.SUPPORTS
                        ? "support" : "oppose";
                cues.add(new Event(label, StanceModel.cueFeatures(doc, p, i, listed).toArray(String[]::new)));
                if (g == null || !seen.add(i + "|" + g.target())) {
                    continue;
                }
                int head = head(p, g.target());
                if (head < 0) {
                    continue;
                }
                for (Map.Entry<Integer, String> c : StanceModel.candidates(p, i).entrySet()) {
                    int k = c.getKey();
                    boolean inside = g.target().contains(p.token(k).span());
                    if (inside && k != head) {
                        continue;
                    }
                    targets.add(new Event(k == head ? StanceModel.YES : StanceModel.NO,
                            StanceModel.targetFeatures(doc, p, i, k, c.getValue(), concepts).toArray(String[]::new)));
                }
            }
        }
        return new Events(cues, targets);
    }

    private static boolean covers(CharSpan read, CharSpan sentence) {
        return read.start() <= sentence.start() && sentence.end() <= read.end() + 1;
    }

    /** The polarity of the cue word itself: the annotated one, turned back when the annotator saw a negation. */
    private static StanceFact.Polarity lexical(GoldStance g) {
        return g.negated() == (g.polarity() == StanceFact.Polarity.SUPPORTS) ? StanceFact.Polarity.OPPOSES
                : StanceFact.Polarity.SUPPORTS;
    }

    private static GoldStance goldAt(Annotated a, Parse p, int i) {
        for (GoldStance g : a.stances()) {
            if (g.cue().contains(p.token(i).span())) {
                return g;
            }
        }
        return null;
    }

    /** The word of the span whose head lies outside it: the target phrase's head. */
    public static int head(Parse p, CharSpan span) {
        for (int k = 0; k < p.size(); k++) {
            if (span.contains(p.token(k).span())
                    && (p.head(k) == Parse.ROOT || !span.contains(p.token(p.head(k)).span()))) {
                return k;
            }
        }
        return -1;
    }

    public static MaxentModel train(List<Event> events) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(MaxentModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            MaxentFiles.write(model, out);
        }
    }

    /** Held-out scores of one fold. */
    public record Score(int cueGold, int cueFound, int cueRight, int cuePredicted, int targetGold, int targetRight,
                        int listRight, int listPredicted) {
        Score plus(Score o) {
            return new Score(cueGold + o.cueGold, cueFound + o.cueFound, cueRight + o.cueRight,
                    cuePredicted + o.cuePredicted, targetGold + o.targetGold, targetRight + o.targetRight,
                    listRight + o.listRight, listPredicted + o.listPredicted);
        }

        /** The same for the cue list alone (a listed word is a cue with its listed polarity): the baseline. */
        public double listPrecision() {
            return listPredicted == 0 ? 0 : (double) listRight / listPredicted;
        }

        public double listRecall() {
            return cueGold == 0 ? 0 : (double) listRight / cueGold;
        }

        /** Of the words predicted to be cues, how many are annotated cues with that polarity. */
        public double cuePrecision() {
            return cuePredicted == 0 ? 0 : (double) cueRight / cuePredicted;
        }

        public double cueRecall() {
            return cueGold == 0 ? 0 : (double) cueRight / cueGold;
        }

        /** Of the annotated stances whose target head is a candidate, how many the model ranks first. */
        public double targetAccuracy() {
            return targetGold == 0 ? 0 : (double) targetRight / targetGold;
        }
    }

    /** Scores of models trained without a year's articles on that year's articles, per year and in total. */
    public Map<String, Score> crossValidate(List<Annotated> all, List<Events> events) {
        Map<String, Score> out = new TreeMap<>();
        Score total = new Score(0, 0, 0, 0, 0, 0, 0, 0);
        for (int year : all.stream().map(Annotated::year).distinct().sorted().toList()) {
            List<Event> cues = new ArrayList<>();
            List<Event> targets = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                if (all.get(k).year() != year) {
                    cues.addAll(events.get(k).cues());
                    targets.addAll(events.get(k).targets());
                }
            }
            StanceModel m = new StanceModel(train(cues), train(targets), concepts);
            Score s = new Score(0, 0, 0, 0, 0, 0, 0, 0);
            for (Annotated a : all) {
                if (a.year() == year) {
                    s = s.plus(score(m, a));
                }
            }
            out.put(String.valueOf(year), s);
            total = total.plus(s);
        }
        out.put("all", total);
        return out;
    }

    private Score score(StanceModel m, Annotated a) {
        int gold = 0;
        int found = 0;
        int right = 0;
        int predicted = 0;
        int targetGold = 0;
        int targetRight = 0;
        int listRight = 0;
        int listPredicted = 0;
        FactDocument doc = a.doc();
        for (Sentence s : doc.sentences()) {
            Optional<Parse> parsed = doc.parse(s);
            if (a.read().stream().noneMatch(r -> covers(r, s.span())) || parsed.isEmpty()) {
                continue;
            }
            Parse p = parsed.get();
            for (int i = 0; i < p.size(); i++) {
                if (!StanceModel.mayCue(doc, p, i)) {
                    continue;
                }
                GoldStance g = goldAt(a, p, i);
                Optional<StanceFact.Polarity> pol = m.polarity(doc, p, i);
                predicted += pol.isPresent() ? 1 : 0;
                String listed = StanceModel.cueFeatures(doc, p, i, this.listed).stream()
                        .filter(x -> x.startsWith("list=")).findFirst().orElseThrow().substring(5);
                listPredicted += listed.equals(StanceModel.NONE) ? 0 : 1;
                if (g != null && !listed.equals(StanceModel.NONE)) {
                    listRight += listed.equals(lexical(g) == StanceFact.Polarity.SUPPORTS ? "support" : "oppose") ? 1 : 0;
                }
                if (g == null) {
                    continue;
                }
                gold++;
                found += pol.isPresent() ? 1 : 0;
                right += pol.isPresent() && pol.get() == lexical(g) ? 1 : 0;
                int head = head(p, g.target());
                if (head >= 0 && StanceModel.candidates(p, i).containsKey(head)) {
                    targetGold++;
                    List<Map.Entry<Integer, Double>> ranked = m.targets(doc, p, i);
                    targetRight += !ranked.isEmpty() && ranked.get(0).getKey() == head ? 1 : 0;
                }
            }
        }
        return new Score(gold, found, right, predicted, targetGold, targetRight, listRight, listPredicted);
    }
}
