package org.diplograph.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.extract.Mention;
import org.diplograph.nlp.Parse;

/**
 * What the learned role decision ({@link ArgumentModel}) knows of a trigger and a name in its sentence: the path of
 * dependency relations between them (with the prepositions on it), its length and direction, the trigger's lemma,
 * part of speech, voice and lexicon class, and the name's type and relation. The same features in training
 * ({@code diplograph train-event-roles}) and in extraction.
 */
public final class ArgumentFeatures {
    /** Paths longer than this say little the other features do not. */
    private static final int LONGEST_PATH = 5;

    private ArgumentFeatures() {
    }

    /**
     * The words that stand for the actors named in a parse: the head word of each mention of an actor or a people
     * ("Russian"), one per mention.
     */
    public static List<Integer> candidates(FactDocument doc, Parse p) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < p.size(); j++) {
            Mention m = doc.mentionAt(p.token(j).index());
            if (m == null || !(doc.isActor(m) || m.type() == org.diplograph.extract.MentionType.NORP)) {
                continue;
            }
            int h = p.head(j);
            if (h == Parse.ROOT || doc.mentionAt(p.token(h).index()) != m) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The features of one trigger and one of the sentence's names ({@code names}: all of them, from
     * {@link #candidates}), with how many names there are and how near this one is among them, and the class the
     * trigger lexicon gives the trigger.
     */
    public static List<String> of(FactDocument doc, Parse p, int trigger, int name, List<Integer> names,
                                  EventVocabulary vocab) {
        List<String> f = of(doc, p, trigger, name, vocab.lexiconClass(p.lemma(trigger), p.isVerb(trigger)));
        int steps = steps(path(p, trigger, name));
        long nearer = names.stream().filter(k -> k != name && steps(path(p, trigger, k)) < steps).count();
        f.add("n=" + Math.min(names.size(), 3));
        f.add("rank=" + Math.min(nearer, 2));
        f.add("rank/v=" + Math.min(nearer, 2) + "|" + (p.isVerb(trigger) ? "V" : "N"));
        return f;
    }

    private static int steps(String path) {
        return path.equals("far") ? LONGEST_PATH + 1 : path.isEmpty() ? 0 : path.split(" ").length;
    }

    private static List<String> of(FactDocument doc, Parse p, int trigger, int name, String lexiconClass) {
        List<String> f = new ArrayList<>();
        String lemma = p.lemma(trigger).toLowerCase(Locale.ROOT);
        String pos = p.isVerb(trigger) ? "V" : "N";
        boolean passive = !p.children(trigger, "auxpass", "nsubjpass").isEmpty();
        String voice = pos + (passive ? "/pass" : "");
        String cls = lexiconClass == null ? "none" : lexiconClass;
        String path = path(p, trigger, name);
        f.add("bias");
        f.add("v=" + voice);
        f.add("cls=" + cls);
        f.add("l=" + lemma);
        f.add("path=" + path);
        f.add("path/v=" + path + "|" + voice);
        f.add("path/cls=" + path + "|" + cls);
        f.add("path/l=" + path + "|" + lemma);
        f.add("side=" + (name < trigger ? "before" : "after") + "|" + voice);
        int steps = path.isEmpty() ? 0 : path.split(" ").length;
        f.add("len=" + Math.min(steps, LONGEST_PATH + 1));
        // a verb whose subject is another word than the name has its doer already ("X rejects", "the crowd rejects")
        String subject = "none";
        for (int k : p.children(trigger, "nsubj", "nsubjpass")) {
            subject = k == name || p.dominates(k, name) ? "this" : doc.mentionAt(p.token(k).index()) != null
                    ? "name" : p.tag(k).startsWith("PRP") ? "pronoun" : "noun";
        }
        f.add("subj=" + subject + "|" + voice);
        f.add("subj/path=" + subject + "|" + path);
        Mention m = doc.mentionAt(p.token(name).index());
        f.add("type=" + m.type());
        f.add("rel=" + p.label(name) + "|" + voice);
        int h = p.head(name);
        if (h != Parse.ROOT) {
            f.add("rel/head=" + p.label(name) + "|" + p.lemma(h).toLowerCase(Locale.ROOT));
            if (p.label(name).equals("pobj")) {
                f.add("prep=" + p.lemma(h).toLowerCase(Locale.ROOT) + "|" + voice);
                f.add("prep/l=" + p.lemma(h).toLowerCase(Locale.ROOT) + "|" + lemma);
            }
        }
        return f;
    }

    /** Whether a name is at most {@link #NEAR} relations from the trigger. */
    public static boolean near(Parse p, int trigger, int name) {
        String path = path(p, trigger, name);
        return !path.equals("far") && path.split(" ").length <= NEAR;
    }

    private static final int NEAR = 3;

    /**
     * The relations from the trigger up to the word both hang on ("^" each) and down to the name ("v" each; a
     * preposition with its lemma), or "far" when longer than {@link #LONGEST_PATH}.
     */
    static String path(Parse p, int from, int to) {
        List<Integer> up = new ArrayList<>();
        for (int k = from; k != Parse.ROOT; k = p.head(k)) {
            up.add(k);
        }
        List<Integer> down = new ArrayList<>();
        int meet = Parse.ROOT;
        for (int k = to; k != Parse.ROOT; k = p.head(k)) {
            if (up.contains(k)) {
                meet = k;
                break;
            }
            down.add(0, k);
        }
        if (meet == Parse.ROOT) {
            return "far";
        }
        List<String> steps = new ArrayList<>();
        for (int k : up) {
            if (k == meet) {
                break;
            }
            steps.add("^" + p.label(k));
        }
        for (int k : down) {
            String rel = p.label(k);
            steps.add("v" + (rel.equals("prep") || rel.equals("agent") ? rel + ":" + p.lemma(k).toLowerCase(Locale.ROOT)
                    : rel));
        }
        return steps.size() > LONGEST_PATH ? "far" : String.join(" ", steps);
    }
}
