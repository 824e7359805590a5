package org.diplograph.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.facts.EventVocabulary.Trigger;
import org.diplograph.nlp.Parse;

/**
 * What the learned trigger decision ({@link TriggerModel}) knows of a word: its lemma and form, its place in the parse
 * (relation, head, the relations of its dependents), which of its dependents name actors, what the lexicon says of it
 * and of its head, its negations, modals and markers, and where in the article it stands. The same features in
 * training ({@code diplograph train-events}) and in extraction.
 */
public final class TriggerFeatures {
    /** Sentences (the headline first) that carry an article's news. */
    private static final int LEAD_SENTENCES = 3;
    private static final Set<String> ACTOR_RELATIONS = Set.of("nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss",
            "compound", "nmod", "amod", "appos");
    private static final Set<String> AUXILIARIES = Set.of("aux", "auxpass");

    private TriggerFeatures() {
    }

    /** Whether a word may report an event: a verb or noun, not an auxiliary, not part of a name. */
    public static boolean candidate(FactDocument doc, Parse p, int i) {
        return (p.isVerb(i) || p.isNoun(i)) && !AUXILIARIES.contains(p.label(i))
                && doc.mentionAt(p.token(i).index()) == null;
    }

    /** The feature naming a word's lemma and part of speech. */
    public static String lemmaFeature(String lemma, boolean verb) {
        return "lp=" + lemma.toLowerCase(Locale.ROOT) + (verb ? "/V" : "/N");
    }

    public static List<String> of(FactDocument doc, Parse p, int i, EventVocabulary vocab) {
        List<String> f = new ArrayList<>();
        boolean verb = p.isVerb(i);
        String lemma = p.lemma(i).toLowerCase(Locale.ROOT);
        String pos = verb ? "V" : "N";
        f.add("bias");
        f.add("l=" + lemma);
        f.add(lemmaFeature(lemma, verb));
        f.add("w=" + p.token(i).text().toLowerCase(Locale.ROOT));
        f.add("t=" + p.tag(i));
        f.add("d=" + p.label(i));
        f.add("dp=" + p.label(i) + "/" + pos);
        List<Trigger> readings = vocab.triggers(lemma, verb);
        if (readings.isEmpty()) {
            f.add("lex=none/" + pos);
        }
        for (Trigger t : readings) {
            f.add("lex=" + t.kind().ontologyClass());
            f.add("lexf=" + t.kind().family());
            f.add("req=" + t.requires());
        }
        int h = p.head(i);
        if (h == Parse.ROOT) {
            f.add("h=ROOT");
        } else {
            String hl = p.lemma(h).toLowerCase(Locale.ROOT);
            f.add("h=" + hl);
            f.add("hd=" + p.label(i) + "/" + hl);
            f.add("ht=" + (p.isVerb(h) ? "V" : p.isNoun(h) ? "N" : p.tag(h)));
            for (Trigger t : vocab.triggers(hl, p.isVerb(h))) {
                f.add("hlex=" + t.kind().family());
            }
            if (p.label(i).equals("pobj") && h != Parse.ROOT && p.head(h) != Parse.ROOT) {
                // "killed in an attack", "arrived for talks": the preposition and the word it hangs on
                f.add("pp=" + hl + "/" + p.lemma(p.head(h)).toLowerCase(Locale.ROOT));
            }
        }
        boolean actors = false;
        for (int c : p.children(i)) {
            String rel = p.label(c);
            String word = p.token(c).text().toLowerCase(Locale.ROOT);
            f.add("c=" + rel);
            Mention m = doc.mentionAt(p.token(c).index());
            if (ACTOR_RELATIONS.contains(rel) && m != null && (doc.isActor(m) || m.type() == MentionType.NORP)) {
                f.add("ca=" + rel);
                actors = true;
            } else if (ACTOR_RELATIONS.contains(rel) && p.tag(c).equals("PRP")) {
                f.add("cp=" + rel);
            } else if (rel.equals("dobj") || rel.equals("nsubj") || rel.equals("nsubjpass")) {
                f.add("cl=" + rel + "/" + p.lemma(c).toLowerCase(Locale.ROOT));
            }
            switch (rel) {
                case "neg" -> f.add("neg");
                case "aux", "auxpass", "mark", "det" -> f.add(rel + "=" + word);
                case "amod" -> f.add("amod=" + p.lemma(c).toLowerCase(Locale.ROOT));
                case "prep", "agent" -> {
                    f.add("p=" + p.lemma(c).toLowerCase(Locale.ROOT));
                    for (int o : p.children(c, "pobj")) {
                        Mention om = doc.mentionAt(p.token(o).index());
                        if (om != null && (doc.isActor(om) || om.type() == MentionType.NORP)) {
                            f.add("pa=" + p.lemma(c).toLowerCase(Locale.ROOT));
                            actors = true;
                        } else if (om != null) {
                            f.add("pm=" + p.lemma(c).toLowerCase(Locale.ROOT) + "/" + om.type());
                        }
                    }
                }
                default -> {
                }
            }
        }
        f.add(actors ? "actors" : "noactors");
        int s = p.sentence().index();
        f.add(s == 0 ? "headline" : s < LEAD_SENTENCES ? "lead" : "body");
        if (i > 0 && p.token(i).isCapitalised()) {
            f.add("cap");
        }
        return f;
    }
}
