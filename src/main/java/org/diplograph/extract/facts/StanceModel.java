package org.diplograph.extract.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.nlp.Parse;
import org.diplograph.vocab.DataFiles;

/**
 * The two learned decisions of a stance, trained on the project's Wikinews stance annotations
 * ({@code src/training/stances}, {@code diplograph train-stances}): whether a word of a parsed sentence states a
 * position and which (support, oppose or none), and which word of the sentence names what the position is about.
 * Both are maximum-entropy models over features of the parse; the cue list ({@code lang/en/stance-cues.tsv}) is one
 * feature among them, so the data decides where a listed word is no cue ("supported by artillery") and adds cues
 * the list lacks. Negation is not learned: the models give the word's own polarity and the reader turns it.
 */
public final class StanceModel {
    public static final String CUE_MODEL = "models/stance-cue.bin.gz";
    public static final String TARGET_MODEL = "models/stance-target.bin.gz";
    public static final String NONE = "none";
    public static final String YES = "yes";
    public static final String NO = "no";
    /**
     * A word is a cue when the model's probability of "none" is below this; a word of the cue list needs the model
     * surer still that it is none to be dropped. Chosen on realnews-dev stance F1 (0.5/0.8/0.9 for unlisted words,
     * 0.8/0.95 for listed ones), the model itself being trained on Wikinews only.
     */
    static final double CUE_THRESHOLD = 0.8;
    static final double LISTED_CUE_THRESHOLD = 0.95;
    /** How far (dependency edges) a target may lie from its cue. */
    static final int MAX_PATH = 3;
    /** Dependents that are not features of a cue: its negation, auxiliaries and punctuation. */
    private static final Set<String> UNINFORMATIVE = Set.of("neg", "aux", "auxpass", "punct", "det");
    private static final Set<String> TARGET_HEADS = DataFiles.words("lang/en/stance-target-heads.txt");

    private final MaxentModel cue;
    private final MaxentModel target;
    private final Map<String, String> listed;
    /** lemma|pos → the prepositions of the cue list's slot ("stand" with, behind, for). */
    private final Map<String, Set<String>> listedFrames;
    private final ConceptLexicon concepts;

    public StanceModel(MaxentModel cue, MaxentModel target, ConceptLexicon concepts) {
        this.cue = cue;
        this.target = target;
        this.concepts = concepts;
        this.listed = listedPolarities();
        this.listedFrames = listedFrames();
    }

    /** lemma|pos → the prepositions the cue list gives as the cue's slot ("stand" with, behind, for). */
    static Map<String, Set<String>> listedFrames() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] r : DataFiles.rows("lang/en/stance-cues.tsv", 5)) {
            Set<String> preps = new HashSet<>(List.of(r[3].split(",")));
            preps.remove("dobj");
            if (!preps.isEmpty()) {
                out.putIfAbsent(r[0] + "|" + r[1], Set.copyOf(preps));
            }
        }
        return out;
    }

    /** The models shipped in the jar. */
    public static StanceModel bundled(ConceptLexicon concepts) {
        return new StanceModel(read(CUE_MODEL), read(TARGET_MODEL), concepts);
    }

    private static MaxentModel read(String resource) {
        return MaxentFiles.resource(resource).orElseThrow(() ->
                new IllegalStateException(resource + " missing from the jar (diplograph train-stances)"));
    }

    /** lemma|pos → support or oppose, from the cue list: a feature, not a decision. */
    static Map<String, String> listedPolarities() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : DataFiles.rows("lang/en/stance-cues.tsv", 5)) {
            out.putIfAbsent(r[0] + "|" + r[1], r[2]);
        }
        return out;
    }

    /**
     * The first four letters of every word that may state a position: the cue list's words and the lemmas the cue
     * model weighs toward support or opposition. A sentence without one is not worth parsing for stances; the parse
     * is the fact layer's main cost.
     */
    public Set<String> cuePrefixes() {
        Set<String> out = new java.util.HashSet<>();
        for (String key : listed.keySet()) {
            out.add(prefix(key.substring(0, key.indexOf('|'))));
        }
        if (cue instanceof opennlp.tools.ml.model.AbstractModel m) {
            Object[] data = m.getDataStructures();
            if (data[1] instanceof Map<?, ?> predicates) {
                int none = cue.getIndex(NONE);
                for (Map.Entry<?, ?> e : predicates.entrySet()) {
                    String name = String.valueOf(e.getKey());
                    if (name.startsWith("l=") && e.getValue() instanceof opennlp.tools.ml.model.Context c
                            && leansToAPosition(c, none)) {
                        out.add(prefix(name.substring(2)));
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    private static boolean leansToAPosition(opennlp.tools.ml.model.Context c, int none) {
        double noneWeight = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c.getOutcomes().length; k++) {
            if (c.getOutcomes()[k] == none) {
                noneWeight = c.getParameters()[k];
            } else {
                best = Math.max(best, c.getParameters()[k]);
            }
        }
        return best > noneWeight;
    }

    static String prefix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 4 ? w : w.substring(0, 4);
    }

    /** The polarity the word states by itself, or empty when it states none here. */
    public Optional<StanceFact.Polarity> polarity(FactDocument doc, Parse p, int i) {
        List<String> features = cueFeatures(doc, p, i, listed);
        double[] o = cue.eval(features.toArray(String[]::new));
        boolean isListed = !features.contains("list=" + NONE);
        if (o[cue.getIndex(NONE)] >= (isListed ? LISTED_CUE_THRESHOLD : CUE_THRESHOLD)) {
            String framed = framed(doc, p, i);
            return framed == null ? Optional.empty() : Optional.of(framed.equals("support")
                    ? StanceFact.Polarity.SUPPORTS : StanceFact.Polarity.OPPOSES);
        }
        return Optional.of(o[cue.getIndex("support")] >= o[cue.getIndex("oppose")] ? StanceFact.Polarity.SUPPORTS
                : StanceFact.Polarity.OPPOSES);
    }

    /**
     * The listed polarity when the cue stands in its listed frame with an actor there ("stands with X", "stands with
     * the people of X", "commitment to X's security"), else null. The frame decides what the bare word cannot ("stand" alone is
     * rarely a position; the words it is trained on seldom show the frame, so the model would veto it).
     */
    String framed(FactDocument doc, Parse p, int i) {
        String key = p.lemma(i).toLowerCase(Locale.ROOT) + "|" + coarse(p, i);
        Set<String> frame = listedFrames.get(key);
        if (frame == null) {
            return null;
        }
        for (int prep : p.children(i, "prep")) {
            if (!frame.contains(p.lemma(prep).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int o : p.children(prep, "pobj")) {
                // "stands with X", "commitment to X's security", "the people of X", "the X-ian people"
                if (namesActor(doc, p, o) || actorOfPhrase(doc, p, o)) {
                    return listed.get(key);
                }
            }
        }
        return null;
    }

    /** The words that may name the target, best first, with the model's probability that each does. */
    public List<Map.Entry<Integer, Double>> targets(FactDocument doc, Parse p, int i) {
        List<Map.Entry<Integer, Double>> out = new ArrayList<>();
        for (Map.Entry<Integer, String> c : candidates(p, i).entrySet()) {
            double[] o = target.eval(targetFeatures(doc, p, i, c.getKey(), c.getValue(), concepts)
                    .toArray(String[]::new));
            out.add(Map.entry(c.getKey(), o[target.getIndex(YES)]));
        }
        out.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return out;
    }

    /** Words that may be cues: content words and prepositions outside names. */
    public static boolean mayCue(FactDocument doc, Parse p, int i) {
        return doc.mentionAt(p.token(i).index()) == null && coarse(p, i) != null;
    }

    static String coarse(Parse p, int i) {
        String t = p.tag(i);
        return p.isVerb(i) ? "verb" : p.isNoun(i) && !t.startsWith("NNP") ? "noun" : t.startsWith("JJ") ? "adj"
                : t.equals("IN") ? "prep" : null;
    }

    static List<String> cueFeatures(FactDocument doc, Parse p, int i, Map<String, String> listed) {
        List<String> f = new ArrayList<>();
        String pos = coarse(p, i);
        String lemma = p.lemma(i).toLowerCase(Locale.ROOT);
        String word = p.token(i).text().toLowerCase(Locale.ROOT);
        String list = listed.getOrDefault(lemma + "|" + pos, listed.getOrDefault(word + "|" + pos,
                pos.equals("verb") ? listed.getOrDefault(word + "|adj", NONE) : NONE));
        f.add("pos=" + pos);
        f.add("l=" + lemma);
        f.add("w=" + word);
        f.add("lp=" + lemma + "|" + pos);
        f.add("list=" + list);
        f.add("list|pos=" + list + "|" + pos);
        f.add("rel=" + p.label(i));
        f.add("l|rel=" + lemma + "|" + p.label(i));
        if (p.head(i) != Parse.ROOT) {
            f.add("hl=" + p.lemma(p.head(i)).toLowerCase(Locale.ROOT));
            f.add("list|hrel=" + list + "|" + p.label(i));
        }
        boolean actorBelow = false;
        for (int c : p.children(i)) {
            if (UNINFORMATIVE.contains(p.label(c))) {
                continue; // a negation says nothing of the word's own polarity: the reader turns it
            }
            String step = step(p, c);
            f.add("c=" + step);
            f.add("l|c=" + lemma + "|" + step);
            f.add("list|c=" + list + "|" + step);
            actorBelow |= namesActor(doc, p, c);
        }
        for (int c : p.children(i, "prep", "dobj", "nsubjpass")) {
            for (int g : p.children(c, "pobj")) {
                actorBelow |= namesActor(doc, p, g) || actorOfPhrase(doc, p, g);
            }
            actorBelow |= !p.label(c).equals("prep") && actorOfPhrase(doc, p, c);
        }
        if (actorBelow) {
            f.add("actorBelow");
            f.add("list|actorBelow=" + list);
        }
        return f;
    }

    /**
     * Whether a noun phrase is an actor's by a word below its head: "the government of X", "the X-ian people", "X's
     * security forces" (a position towards such a phrase is one towards the actor, as towards the bare name).
     */
    private static boolean actorOfPhrase(FactDocument doc, Parse p, int n) {
        List<Integer> heads = new ArrayList<>(List.of(n));
        heads.addAll(p.children(n, "conj")); // "the government and people of X"
        for (int h : heads) {
            if (actorOfHead(doc, p, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean actorOfHead(FactDocument doc, Parse p, int n) {
        for (int k : p.children(n, "poss", "compound", "nmod", "amod")) {
            if (namesActor(doc, p, k)) {
                return true;
            }
        }
        for (int of : p.children(n, "prep")) {
            if (p.lemma(of).equalsIgnoreCase("of")) {
                for (int g : p.children(of, "pobj")) {
                    if (namesActor(doc, p, g)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean namesActor(FactDocument doc, Parse p, int k) {
        Mention m = doc.mentionAt(p.token(k).index());
        return m != null && (doc.isActor(m) || m.type() == MentionType.NORP);
    }

    /** One edge down from its head: the relation, with a preposition's word. */
    private static String step(Parse p, int c) {
        return p.label(c).equals("prep") || p.label(c).equals("agent") ? p.label(c) + ":" + p.lemma(c).toLowerCase(Locale.ROOT)
                : p.label(c);
    }

    /**
     * The words within {@link #MAX_PATH} edges of the cue that could name a target (nouns, pronouns, names,
     * gerunds), each with the path that leads there: "v" steps down an edge, "^" up one.
     */
    static Map<Integer, String> candidates(Parse p, int cue) {
        Map<Integer, String> paths = new LinkedHashMap<>();
        Map<Integer, Integer> depth = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        paths.put(cue, "");
        depth.put(cue, 0);
        queue.add(cue);
        while (!queue.isEmpty()) {
            int k = queue.poll();
            if (depth.get(k) == MAX_PATH) {
                continue;
            }
            List<int[]> next = new ArrayList<>();
            for (int c : p.children(k)) {
                next.add(new int[] {c, 1});
            }
            if (p.head(k) != Parse.ROOT) {
                next.add(new int[] {p.head(k), 0});
            }
            for (int[] n : next) {
                if (paths.containsKey(n[0]) || p.label(n[0]).equals("punct")) {
                    continue;
                }
                String edge = n[1] == 1 ? "v" + step(p, n[0]) : "^" + step(p, k);
                paths.put(n[0], paths.get(k) + (paths.get(k).isEmpty() ? "" : " ") + edge);
                depth.put(n[0], depth.get(k) + 1);
                queue.add(n[0]);
            }
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : paths.entrySet()) {
            int k = e.getKey();
            String t = p.tag(k);
            if (k != cue && (t.startsWith("NN") || t.startsWith("PRP") || t.equals("VBG") || t.equals("CD"))) {
                out.put(k, e.getValue());
            }
        }
        return out;
    }

    static List<String> targetFeatures(FactDocument doc, Parse p, int cue, int cand, String path,
                                       ConceptLexicon concepts) {
        List<String> f = new ArrayList<>();
        String pos = coarse(p, cue);
        String lemma = p.lemma(cue).toLowerCase(Locale.ROOT);
        String kind = kind(doc, p, cand, concepts);
        String[] steps = path.split(" ");
        f.add("path=" + path);
        f.add("pos|path=" + pos + "|" + path);
        f.add("l|path=" + lemma + "|" + path);
        f.add("first=" + steps[0]);
        f.add("pos|first=" + pos + "|" + steps[0]);
        f.add("last=" + steps[steps.length - 1]);
        f.add("len=" + steps.length);
        f.add("kind=" + kind);
        f.add("kind|len=" + kind + "|" + steps.length);
        f.add("kind|first=" + kind + "|" + steps[0]);
        f.add("side=" + (cand < cue ? "before" : "after"));
        f.add("pos|side=" + pos + "|" + (cand < cue ? "before" : "after"));
        f.add("rel=" + p.label(cand));
        if (passive(p, cue)) {
            f.add("passive|path=" + path);
            f.add("passive|first=" + steps[0]);
        }
        return f;
    }

    /** A participle with an agent or a passive subject: its subject or head noun is what it is about. */
    static boolean passive(Parse p, int i) {
        return p.tag(i).equals("VBN") && (!p.children(i, "agent").isEmpty() || !p.children(i, "nsubjpass").isEmpty());
    }

    /** What the candidate word is: a named actor, a people, a concept, a policy word, a pronoun or another word. */
    static String kind(FactDocument doc, Parse p, int k, ConceptLexicon concepts) {
        Mention m = doc.mentionAt(p.token(k).index());
        if (m != null) {
            return doc.isActor(m) ? "actor" : m.type() == MentionType.NORP ? "norp" : "name";
        }
        String t = p.tag(k);
        if (t.startsWith("PRP")) {
            return "pron";
        }
        String lemma = p.lemma(k).toLowerCase(Locale.ROOT);
        if (!concepts.find(List.of(p.token(k).text())).isEmpty() || !concepts.find(List.of(lemma)).isEmpty()) {
            return "concept";
        }
        if (TARGET_HEADS.contains(lemma) || TARGET_HEADS.contains(p.token(k).text().toLowerCase(Locale.ROOT))) {
            return "policy";
        }
        return t.startsWith("NNP") ? "proper" : t.equals("VBG") ? "gerund" : "noun";
    }
}
