package org.diplograph.extract.facts;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.diplograph.extract.Lexicon;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;
import org.diplograph.text.CharSpan;
import org.diplograph.vocab.DataFiles;

/**
 * Stances read from the parse. Whether a word states support or opposition, and which word names what it is about,
 * are {@link StanceModel}'s learned decisions; the holder is who the grammar says acts: a verb's subject, a passive's
 * agent, a noun's possessor ("X's condemnation of Y") or the preposition the cue list names ("criticism from X"). "X
 * said Y opposes Z" gives Y, and a first-person subject inside reported speech is the reporting verb's subject. A
 * negated cue, or one under a verb of refusal, turns the polarity. A person holding a stance also holds it for the
 * states they serve. Targets are actors, concepts of {@code ontology/concepts.ttl}, a named policy, deal or law
 * minted as a concept, or failing those an issue a common noun the model chose names ("opposes deep-sea mining"),
 * minted likewise; when the model ranks no word high enough the cue's grammatical slot is read instead.
 */
public final class SyntacticStances implements FactComponent<StanceFact> {
    private static final String CUES = "lang/en/stance-cues.tsv";
    private static final Set<String> TARGET_HEADS = DataFiles.words("lang/en/stance-target-heads.txt");
    private static final Set<String> HOSTING_VERBS = DataFiles.words("lang/en/stance-hosting-verbs.txt");
    private static final Set<String> LIGHT_NOUNS = DataFiles.words("lang/en/stance-light-nouns.txt");
    /** Object pronouns: in their own clause they never stand for its subject ("X praised him" is not X). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
    private static final Set<String> HOLDER_PREPS = Set.of("of", "including", "like", "as");
    /** Prepositions that name a noun cue's holder when the cue list says none ("criticism from X", "backing by X"). */
    private static final List<String> NOUN_HOLDER_PREPS = List.of("from", "by");
    /** Prepositions of a target phrase that name the actors it is about ("X's talks with Y", "drills by X"). */
    private static final Set<String> PHRASE_PREPS = Set.of("of", "by", "with", "between", "from");
    /**
     * A verb's prepositions of means, manner, place and time: what they name is never what the position is about
     * ("backed the farmers by a loan from X", "praised the plan at the Y summit").
     */
    private static final Set<String> CIRCUMSTANCE_PREPS = Set.of("by", "at", "in", "during", "after", "before",
            "since", "until", "under", "near", "amid", "within", "throughout", "across", "around", "via", "through");
    /** Words of a feeling that states a position towards its cause ("encouraged by", "dismayed at"), with it. */
    private static final Map<String, StanceFact.Polarity> FEELINGS = polarities("lang/en/stance-feelings.tsv");
    /** Verbs that give their object a label, whose words then say the position ("called X a partner"). */
    private static final Set<String> LABELLING_VERBS = DataFiles.words("lang/en/stance-labelling-verbs.txt");
    /** Particles and prepositions that make such a verb another verb ("called for", "called on", "called off"). */
    private static final Set<String> NOT_LABELLING = Set.of("for", "on", "upon", "off", "up");
    /** Words of judgement in such a label, with the position they state. */
    private static final Map<String, StanceFact.Polarity> EVALUATIONS = polarities("lang/en/stance-evaluations.tsv");
    /** The prepositions naming a feeling's cause, besides a passive's "by". */
    private static final Set<String> FEELING_CAUSES = Set.of("by", "with", "at");
    /** Governing verbs that say the stance is not taken ("refused to back"). */
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "fail", "deny", "stop", "cease");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my", "it", "they", "their", "its");
    private static final Set<String> DETERMINERS = Set.of("det", "poss", "predet", "case", "punct", "relcl", "acl",
            "appos", "cc", "conj", "advmod", "neg", "prep");

    /**
     * The least probability the target model must give the best word that is not the holder's: lower than an even
     * chance, because the holder, which the model also weighs, is often its first choice.
     */
    static final double TARGET_THRESHOLD = 0.3;

    /** A policy or issue named by more words than this is a clause the parse mistook for a phrase, not a name. */
    private static final int MAX_PHRASE_WORDS = 7;

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Tags of the words that make a noun a name of its own ("the new immigration bill", "the Senate's bill"). */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN", "CD");

    /** How many sentences back "they" may find the parties it names (a readout says "they" paragraph after paragraph). */
    private static final int THEY_LOOKBACK = 5;

    /** word|pos of the cue list → the prepositions that name a noun's holder ("the backing of X"). */
    private final Map<String, List<String>> holderPreps = new HashMap<>();
    private final ConceptLexicon concepts;
    /** Read on first use, so that a pipeline built to train the models runs without them. */
    private final Supplier<StanceModel> model;
    /** The first letters of the words that may state a position (see {@link StanceModel#cuePrefixes()}). */
    private final Supplier<Set<String>> cuePrefixes;

    public SyntacticStances(ConceptLexicon concepts) {
        this(concepts, Suppliers.memoize(() -> StanceModel.bundled(concepts)));
    }

    public SyntacticStances(ConceptLexicon concepts, Supplier<StanceModel> model) {
        this.concepts = concepts;
        this.model = model;
        this.cuePrefixes = Suppliers.memoize(() -> {
            Set<String> all = new HashSet<>(model.get().cuePrefixes());
            all.addAll(tablePrefixes());
            return Set.copyOf(all);
        });
        for (String[] r : DataFiles.rows(CUES, 5)) {
            holderPreps.put(r[0] + "|" + r[1], r[4].equals("-") ? List.of() : List.of(r[4].split(",")));
        }
    }

    @Override
    public String name() {
        return "stances";
    }

    @Override
    public List<StanceFact> extract(FactDocument doc) {
        List<StanceFact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!mayHold(doc, s)) {
                continue;
            }
            Optional<Parse> parse = doc.parse(s);
            if (parse.isPresent()) {
                for (StanceFact f : new Reading(doc, parse.get()).stances()) {
                    if (out.stream().noneMatch(x -> x.holderKey().equals(f.holderKey()) && x.polarity() == f.polarity()
                            && x.targetKey().equals(f.targetKey()))) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** Only sentences that name an actor and have a word that may state a position are parsed. */
    private boolean mayHold(FactDocument doc, Sentence s) {
        Set<String> prefixes = cuePrefixes.get();
        boolean actor = false;
        boolean cue = false;
        for (Token t : s.tokens()) {
            Mention m = doc.mentionAt(t.index());
            if (m != null) {
                actor |= doc.isActor(m) || m.type() == MentionType.NORP;
            } else {
                cue |= prefixes.contains(StanceModel.prefix(t.text()));
            }
        }
        return actor && cue;
    }

    private List<String> holderPrepsOf(Parse p, int i) {
        List<String> listed = holderPreps.get(p.lemma(i).toLowerCase(Locale.ROOT) + "|noun");
        return listed == null || listed.isEmpty() ? NOUN_HOLDER_PREPS : listed;
    }

    /** A target as the sentence names it. */
    record Target(String key, String label, CharSpan span) {
    }

    /** The stances of one parsed sentence. */
    private final class Reading {
        final FactDocument doc;
        final Parse p;

        /**
         * The words the target model chose for the cue being read; only these may name an issue, not the words the
         * cue's grammatical slot falls back on (an addressee, a time, an idiom's noun).
         */
        final Set<Integer> chosen = new HashSet<>();
        /** Whether {@link #targets(int)} may mint an issue: only once no word names an actor or a known concept. */
        boolean issues;

        Reading(FactDocument doc, Parse p) {
            this.doc = doc;
            this.p = p;
        }

        List<StanceFact> stances() {
            List<StanceFact> out = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                if (labelling(i)) {
                    // "called X a reliable partner", "branded X a threat": the label's words say the position
                    StanceFact.Polarity judged = labelsPolarity(i);
                    if (judged != null) {
                        out.addAll(read(i, judged));
                    }
                    continue;
                }
                if (!StanceModel.mayCue(doc, p, i) || inTitle(i)) {
                    continue;
                }
                StanceFact.Polarity feeling = feeling(i);
                if (feeling != null) {
                    out.addAll(readFeeling(i, feeling));
                    continue;
                }
                Optional<StanceFact.Polarity> polarity = model.get().polarity(doc, p, i);
                if (polarity.isPresent()) {
                    out.addAll(read(i, polarity.get()));
                }
            }
            return out;
        }

        /**
         * The polarity of a feeling told of its holder: a listed participle or adjective with a passive subject, or
         * completing a copula ("X is encouraged by", "X was dismayed at"); else null.
         */
        StanceFact.Polarity feeling(int i) {
            StanceFact.Polarity pol = listed(FEELINGS, i);
            if (pol == null || !(p.tag(i).equals("VBN") || p.tag(i).startsWith("JJ"))) {
                return null;
            }
            boolean told = !p.children(i, "nsubjpass").isEmpty()
                    || p.head(i) != Parse.ROOT && (p.label(i).equals("acomp") || p.label(i).equals("xcomp"));
            return told ? pol : null;
        }

        /** Whether the text names this body as the state's own ("Australia's foreign ministry"). */
        boolean ownState(String body, String state) {
            return doc.extracted().mentions().stream().anyMatch(m -> m.entityKey().equals(body)
                    && state.equals(m.stateKey()));
        }

        /** A verb that gives its object a label ("called X Y", "described X as Y"), not "called for" or "called on". */
        boolean labelling(int i) {
            return p.isVerb(i) && LABELLING_VERBS.contains(p.lemma(i)) && !p.children(i, "dobj").isEmpty()
                    && p.children(i, "prep", "prt").stream().noneMatch(k -> NOT_LABELLING.contains(p.lemma(k)));
        }

        /** The polarity of the first word of judgement after a labelling verb, outside its subject; null for none. */
        StanceFact.Polarity labelsPolarity(int i) {
            Set<Integer> subject = new HashSet<>();
            for (int c : p.children(i, "nsubj", "nsubjpass")) {
                subject.addAll(p.subtree(c));
            }
            for (int k : new java.util.TreeSet<>(p.subtree(i))) {
                if (k <= i || subject.contains(k)) {
                    continue;
                }
                StanceFact.Polarity pol = listed(EVALUATIONS, k);
                if (pol != null) {
                    return pol;
                }
            }
            return null;
        }

        /** The polarity a table gives the word, by its lemma, else as written. */
        StanceFact.Polarity listed(Map<String, StanceFact.Polarity> table, int k) {
            StanceFact.Polarity pol = table.get(p.lemma(k).toLowerCase(Locale.ROOT));
            return pol != null ? pol : table.get(p.token(k).text().toLowerCase(Locale.ROOT));
        }

        /**
         * A capitalised word after a "to" that follows a capitalised one is a title's ("the Coalition to Counter X",
         * "the Committee to Protect Y"): a body's name, not its position.
         */
        boolean inTitle(int i) {
            return i >= 2 && Character.isUpperCase(p.token(i).text().charAt(0))
                    && p.token(i - 1).text().equals("to") && Character.isUpperCase(p.token(i - 2).text().charAt(0));
        }

        /** The stances a cue states: its holders by the grammar, its target as the model ranks the words near it. */
        List<StanceFact> read(int i, StanceFact.Polarity lexical) {
            if (hosting(i)) {
                return List.of();
            }
            List<Integer> holderTokens = holderTokens(i);
            List<String[]> holders = holders(holderTokens);
            if (holders.isEmpty()) {
                return List.of();
            }
            // the best-ranked word that is not the holder's and names something the graph holds; when the model
            // ranks none high enough, the word in the cue's grammatical slot
            List<Integer> heads = new ArrayList<>();
            chosen.clear();
            for (Map.Entry<Integer, Double> c : model.get().targets(doc, p, i)) {
                if (c.getValue() >= TARGET_THRESHOLD && !throughCircumstance(i, c.getKey())) {
                    heads.add(c.getKey());
                    chosen.add(c.getKey());
                }
            }
            heads.addAll(slotTokens(i));
            return stated(i, holderTokens, holders, heads, lexical);
        }

        /**
         * A feeling told of its holder ("X is encouraged by Y's decision", "X was disappointed with Y",
         * {@code stance-feelings.tsv}): the one who feels holds the position, towards what caused the feeling.
         */
        List<StanceFact> readFeeling(int i, StanceFact.Polarity lexical) {
            List<Integer> holderTokens = new ArrayList<>();
            for (int subj : p.children(i, "nsubjpass")) {
                holderTokens.add(subj);
                holderTokens.addAll(p.children(subj, "conj"));
            }
            if (holderTokens.isEmpty() && p.head(i) != Parse.ROOT
                    && (p.label(i).equals("acomp") || p.label(i).equals("xcomp"))) {
                holderTokens.addAll(subjectTokens(p.head(i))); // "X seemed pleased with Y", "X is alarmed at Y"
            }
            List<String[]> holders = holders(holderTokens);
            if (holders.isEmpty()) {
                return List.of();
            }
            List<Integer> heads = new ArrayList<>();
            for (int c : p.children(i)) {
                boolean cause = p.label(c).equals("agent")
                        || p.label(c).equals("prep") && FEELING_CAUSES.contains(p.lemma(c).toLowerCase(Locale.ROOT));
                if (cause) {
                    heads.addAll(p.children(c, "pobj"));
                }
            }
            return stated(i, holderTokens, holders, heads, lexical);
        }

        /** The stances a cue states towards the first of these words that names a target. */
        List<StanceFact> stated(int i, List<Integer> holderTokens, List<String[]> holders, List<Integer> heads,
                                StanceFact.Polarity lexical) {
            List<Target> targets = new ArrayList<>();
            // an actor or a known concept among the words beats an issue minted from a word ranked above it
            for (boolean mintIssues : new boolean[] {false, true}) {
                issues = mintIssues;
                for (int k : heads) {
                    if (!targets.isEmpty()) {
                        break;
                    }
                    if (holderTokens.stream().noneMatch(h -> h == k || p.dominates(k, h))) {
                        targets.addAll(targets(k, holders));
                        for (int conj : p.children(k, "conj")) {
                            targets.addAll(targets(conj, holders));
                        }
                        // the holder named again ("X reaffirmed its commitment to Y": X ranks high) is no target
                        targets.removeIf(t -> holders.stream().anyMatch(h -> h[0].equals(t.key())));
                    }
                }
            }
            if (targets.isEmpty()) {
                return List.of();
            }
            StanceFact.Polarity polarity = negated(i) ? flip(lexical) : lexical;
            String cue = p.lemma(i).toLowerCase(Locale.ROOT);
            Sentence s = p.sentence();
            List<StanceFact> out = new ArrayList<>();
            // a holder named by a pronoun ("I", "we", "our") is spanned at the pronoun: the words naming it here
            CharSpan pronoun = holderTokens.size() == 1 && p.tag(holderTokens.get(0)).startsWith("PRP")
                    ? spanOfToken(holderTokens.get(0)) : null;
            for (String[] h : holders) {
                String key = h[0];
                CharSpan named = h[1] == null ? null : holderSpan(Integer.parseInt(h[1]));
                CharSpan hs = named != null ? named : pronoun;
                String speaker = h.length > 2 ? h[2] : null;
                for (Target t : targets) {
                    if (t.key().equals(key) || doc.statesOf(key).contains(t.key()) || ownState(key, t.key())) {
                        continue; // a person "backing" the state they serve, a ministry warning its own people, say nothing
                    }
                    double confidence = named == null ? 0.55 : 0.7;
                    List<String> states = key.startsWith("person/") ? doc.statesOf(key).stream()
                            .filter(x -> !x.equals(t.key())).toList() : List.of();
                    out.add(new StanceFact(key, speaker, polarity, t.key(), t.label(), hs, t.span(),
                            new Evidence(s.index(), s.span(), "parse:stance:" + cue, confidence), states, cue));
                }
            }
            return out;
        }

        /**
         * Who the grammar says holds the position: a verb's subject (a passive's agent), an adjective's subject, a
         * noun's possessor, the preposition naming its holder ("criticism from X") or the subject of the verb it is
         * the object of, a preposition's clause subject ("X's campaign against Y", "X voted against Y").
         */
        List<Integer> holderTokens(int i) {
            String pos = StanceModel.coarse(p, i);
            List<Integer> out = new ArrayList<>();
            if (pos.equals("noun")) {
                out.addAll(p.children(i, "poss", "compound", "nmod", "amod"));
                if (!holders(out).isEmpty()) {
                    return out;
                }
                out.clear();
                int v = governingVerb(i);
                List<Integer> preps = new ArrayList<>(p.children(i, "prep"));
                if (v >= 0) {
                    preps.addAll(p.children(v, "prep")); // the parser often hangs "from X" on the verb
                }
                for (int prep : preps) {
                    String w = p.lemma(prep).toLowerCase(Locale.ROOT);
                    if (holderPrepsOf(p, i).contains(w) && !(w.equals("of") && inPhrase(i))) {
                        out.addAll(p.withConjuncts(p.children(prep, "pobj"))); // "support from X and Y"
                    }
                }
                if (!holders(out).isEmpty()) {
                    return out;
                }
                out.clear();
                if (p.label(i).equals("appos") && p.head(i) != Parse.ROOT) {
                    out.add(p.head(i)); // "X, an opponent of Y"
                } else if (p.label(i).equals("attr") && p.head(i) != Parse.ROOT) {
                    out.addAll(subjectTokens(p.head(i))); // "X is a critic of Y"
                } else if (v >= 0) {
                    out.addAll(subjectTokens(v));
                }
                return out;
            }
            if (pos.equals("prep")) {
                int h = p.head(i);
                if (h == Parse.ROOT) {
                    return out;
                }
                // a preposition hung on a name ("the Farmers' League against X") is part of that name: no holder
                return p.isVerb(h) ? subjectTokens(h) : StanceModel.coarse(p, h) == null ? out : holderTokens(h);
            }
            boolean verb = pos.equals("verb");
            // a verb with a subject of its own is active: a "by" phrase the parser hung on it belongs to its object
            // ("X condemned the raids by Y" is X's position on Y's raids, not Y's)
            List<Integer> agents = verb && !p.children(i, "nsubj").isEmpty() ? List.of() : p.children(i, "agent");
            for (int agent : p.withConjuncts(agents)) {
                // "Y was condemned by X", "Y, backed by X", "criticised by X, Z and W", "backed by X and by Z"
                out.addAll(p.withConjuncts(p.children(agent, "pobj")));
            }
            if (!out.isEmpty()) {
                return out;
            }
            if (verb && !p.children(i, "nsubjpass").isEmpty()) {
                if (listedAdjective(i)) {
                    out.addAll(p.children(i, "nsubjpass")); // "X is opposed to Y"
                }
                return out;
            }
            out.addAll(subjectTokens(verb ? i : adjectiveHead(i)));
            return out;
        }

        /**
         * The grammar's place for what a cue is about: a passive's subject or the noun a participle modifies ("Y,
         * backed by X", "X-backed Y"), a verb's object, a preposition's object ("support for Y", "opposed to Y").
         */
        List<Integer> slotTokens(int i) {
            List<Integer> out = new ArrayList<>(p.children(i, "nsubjpass"));
            String rel = p.label(i);
            if (p.tag(i).equals("VBN") && (rel.equals("acl") || rel.equals("amod")) && p.head(i) != Parse.ROOT) {
                out.add(p.head(i));
            }
            out.addAll(p.children(i, "dobj"));
            for (int prep : p.children(i, "prep")) {
                if (p.isVerb(i) && CIRCUMSTANCE_PREPS.contains(p.lemma(prep).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!HOLDER_PREPS.contains(p.lemma(prep)) && !holderPrepsOf(p, i).contains(p.lemma(prep))
                        || p.lemma(prep).equalsIgnoreCase("of") && inPhrase(i)) {
                    out.addAll(p.children(prep, "pobj"));
                }
            }
            if (StanceModel.coarse(p, i).equals("prep")) {
                out.addAll(p.children(i, "pobj"));
            }
            return out;
        }

        /** Whether a verb cue reaches this word through one of its prepositions of means, place or time. */
        boolean throughCircumstance(int cue, int k) {
            if (!p.isVerb(cue)) {
                return false;
            }
            for (int j = k, steps = 0; j != Parse.ROOT && steps < 8; j = p.head(j), steps++) {
                if (p.head(j) == cue) {
                    return p.label(j).equals("prep") && CIRCUMSTANCE_PREPS.contains(p.lemma(j).toLowerCase(Locale.ROOT));
                }
            }
            return false;
        }

        /** "in support of X", "in favour of X": the idiom's "of" names the target, not the holder. */
        boolean inPhrase(int i) {
            return p.label(i).equals("pobj") && p.head(i) != Parse.ROOT && p.lemma(p.head(i)).equalsIgnoreCase("in");
        }

        boolean listedAdjective(int i) {
            return holderPreps.containsKey(p.token(i).text().toLowerCase(Locale.ROOT) + "|adj");
        }

        /** The noun's verb when the noun is its object ("voiced support", "expressed its opposition"). */
        int governingVerb(int i) {
            int h = p.head(i);
            if (h == Parse.ROOT) {
                return -1;
            }
            String rel = p.label(i);
            if ((rel.equals("dobj") || rel.equals("attr")) && p.isVerb(h)) {
                return h;
            }
            if (rel.equals("pobj") && p.head(h) != Parse.ROOT && p.isVerb(p.head(h))) {
                return p.head(h); // "came out in support of"
            }
            return -1;
        }

        /** "X is critical of Y": the copula the adjective completes. */
        int adjectiveHead(int i) {
            int h = p.head(i);
            return h != Parse.ROOT && (p.label(i).equals("acomp") || p.label(i).equals("attr")) ? h : i;
        }

        /** The subject tokens of a verb, through control, coordination and relative clauses. */
        List<Integer> subjectTokens(int v) {
            for (int k = v, steps = 0; k != Parse.ROOT && steps < 6; steps++) {
                List<Integer> subj = new ArrayList<>();
                for (int c : p.children(k)) {
                    if (SUBJECTS.contains(p.label(c))) {
                        subj.add(c);
                        subj.addAll(p.children(c, "conj"));
                    }
                }
                if (!subj.isEmpty()) {
                    return subj;
                }
                if (!p.children(k, "nsubjpass", "expl").isEmpty()) {
                    return List.of();
                }
                String rel = p.label(k);
                int h = p.head(k);
                if (h == Parse.ROOT) {
                    return strandedSubject(k);
                }
                boolean infinitive = p.tag(k).equals("VB");
                if ((rel.equals("relcl") || rel.equals("acl")) && !infinitive) {
                    return List.of(h);
                }
                if (rel.equals("acl") || rel.equals("relcl")) {
                    // "X seeks cooperation with Y to counter Z": the purpose is the subject's, through the noun
                    int up = h;
                    while (up != Parse.ROOT && !p.isVerb(up) && steps < 6) {
                        up = p.head(up);
                        steps++;
                    }
                    if (up == Parse.ROOT) {
                        break;
                    }
                    k = up;
                    continue;
                }
                if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("acomp")
                        || rel.equals("advcl") && (p.tag(k).equals("VBG") || infinitive))) {
                    break;
                }
                k = h;
            }
            return List.of();
        }

        /**
         * A root verb the parser left without a subject after a fronted phrase ("Looking ahead to the summit, X and Y
         * agreed ..." parsed with "X" in apposition to "summit"): the appositive phrase that ends right before the
         * verb, with its conjuncts; else none.
         */
        List<Integer> strandedSubject(int root) {
            for (int a = root - 1; a >= 0; a--) {
                if (!p.label(a).equals("appos") || p.head(a) >= a) {
                    continue;
                }
                List<Integer> sub = p.subtree(a);
                int last = sub.stream().mapToInt(Integer::intValue).max().orElse(a);
                if (last == root - 1) {
                    List<Integer> out = new ArrayList<>(List.of(a));
                    out.addAll(p.children(a, "conj"));
                    return out;
                }
            }
            return List.of();
        }

        /**
         * The holders named at these tokens: {key, token, speaker?}. A pronoun is the person named before it ("he")
         * or, in reported speech, the subject of the verb that reports it ("we", "it").
         */
        List<String[]> holders(List<Integer> tokens) {
            return holders(tokens, 0);
        }

        /** A pronoun hands over to its reporter's subject, which may be a pronoun again: a few steps, never a cycle. */
        List<String[]> holders(List<Integer> tokens, int depth) {
            List<String[]> out = new ArrayList<>();
            if (depth > 3) {
                return out;
            }
            for (int t : tokens) {
                Mention m = doc.mentionAt(p.token(t).index());
                String w = p.token(t).text().toLowerCase(Locale.ROOT);
                if (m != null) {
                    if ((doc.isActor(m) || m.type() == MentionType.NORP) && !doc.isVenue(m)) {
                        out.add(new String[] {m.entityKey(), String.valueOf(t)});
                    }
                    continue;
                }
                String person = doc.personBefore(p.token(t).index());
                if (person != null) {
                    out.add(new String[] {person, null});
                    continue;
                }
                if (FIRST_PERSON.contains(w)) {
                    int reporter = reportingVerbAbove(t);
                    if (reporter >= 0) {
                        out.addAll(holders(subjectTokens(reporter), depth + 1));
                    } else if (w.equals("they") && p.label(t).equals("nsubj")) {
                        out.addAll(pluralSubjectBefore());
                    } else if ((w.equals("i") || w.equals("we")) && SUBJECTS.contains(p.label(t))
                            && !insideQuotation(t)) {
                        out.add(new String[] {StanceFact.FIRST_PERSON, String.valueOf(t)});
                    } else if (p.label(t).equals("poss")) {
                        // "X and Y reaffirmed their support": the subject of the clause the pronoun is in
                        for (int k = p.head(t), steps = 0; k != Parse.ROOT && steps < 5; k = p.head(k), steps++) {
                            if (p.isVerb(k) && !subjectTokens(k).isEmpty() && !subjectTokens(k).contains(t)) {
                                out.addAll(holders(subjectTokens(k), depth + 1));
                                break;
                            }
                        }
                    }
                    continue;
                }
                if (p.isNoun(t)) {
                    // "the head of the bloc's diplomacy, X": the person the appositive names
                    List<String[]> named = new ArrayList<>();
                    for (int k : p.children(t, "appos")) {
                        Mention mk = doc.mentionAt(p.token(k).index());
                        if (mk != null && mk.type() == MentionType.PERSON) {
                            named.add(new String[] {mk.entityKey(), String.valueOf(k)});
                        }
                    }
                    if (!named.isEmpty()) {
                        out.addAll(named);
                        continue;
                    }
                    // "the Chinese government", "the foreign ministry of Japan"
                    for (int k : p.children(t)) {
                        Mention mk = doc.mentionAt(p.token(k).index());
                        String rel = p.label(k);
                        if (mk != null && (doc.isActor(mk) || mk.type() == MentionType.NORP)
                                && (rel.equals("compound") || rel.equals("nmod") || rel.equals("amod") || rel.equals("poss"))) {
                            out.add(new String[] {mk.entityKey(), String.valueOf(k)});
                        } else if (rel.equals("prep") && (HOLDER_PREPS.contains(p.lemma(k))
                                || HOLDER_PREPS.contains(p.token(k).text().toLowerCase(Locale.ROOT)))) {
                            // "the government of X", "some countries including X and Y"
                            List<Integer> objects = new ArrayList<>(p.children(k, "pobj"));
                            for (int o : p.children(k, "pobj")) {
                                objects.addAll(p.children(o, "conj"));
                            }
                            out.addAll(holders(objects, depth + 1));
                        }
                    }
                }
            }
            return dedupeHolders(out);
        }

        /**
         * "They" opening a clause: the parties of the nearest clause among the sentences before that names two or
         * more (its subject, object or "with" partner: "X met Y. ... They reaffirmed ..."); nothing when none does.
         */
        List<String[]> pluralSubjectBefore() {
            int here = p.sentence().index();
            for (int back = here - 1; back >= Math.max(0, here - THEY_LOOKBACK); back--) {
                Optional<Parse> prev = doc.parse(doc.sentences().get(back));
                if (prev.isEmpty()) {
                    continue;
                }
                Reading r = new Reading(doc, prev.get());
                for (int k = 0; k < prev.get().size(); k++) {
                    if (prev.get().head(k) == Parse.ROOT) {
                        // "X met Y", "X welcomed Y", "X spoke with Y": the parties of the clause
                        List<Integer> parties = new ArrayList<>(r.subjectTokens(k));
                        parties.addAll(prev.get().children(k, "dobj"));
                        List<String[]> named = new ArrayList<>();
                        if (parties.isEmpty() && back > 0) {
                            // a subject the sentence splitter cut off ("President X, Jr. | met with Y")
                            named.addAll(verblessActors(doc.sentences().get(back - 1)));
                        }
                        for (int prep : prev.get().children(k, "prep")) {
                            if (prev.get().lemma(prep).equals("with")) {
                                parties.addAll(prev.get().children(prep, "pobj"));
                            }
                        }
                        for (String[] h : r.holders(parties)) {
                            named.add(new String[] {h[0], null});
                        }
                        if (named.size() >= 2) {
                            return named;
                        }
                    }
                }
            }
            return List.of();
        }

        /** The actors named in a sentence without a verb (a name the splitter cut from its clause), else none. */
        List<String[]> verblessActors(Sentence s) {
            Optional<Parse> fragment = doc.parse(s);
            if (fragment.isEmpty()) {
                return List.of();
            }
            List<String[]> out = new ArrayList<>();
            for (int k = 0; k < fragment.get().size(); k++) {
                if (fragment.get().isVerb(k)) {
                    return List.of();
                }
                Mention m = doc.mentionAt(fragment.get().token(k).index());
                if (m != null && doc.isActor(m) && out.stream().noneMatch(h -> h[0].equals(m.entityKey()))) {
                    out.add(new String[] {m.entityKey(), null});
                }
            }
            return out;
        }

        List<String[]> dedupeHolders(List<String[]> in) {
            List<String[]> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String[] h : in) {
                if (seen.add(h[0])) {
                    out.add(h);
                }
            }
            return out;
        }

        /** Whether an odd number of quotation marks comes before the token in its sentence. */
        boolean insideQuotation(int t) {
            int marks = 0;
            for (int k = 0; k < t; k++) {
                String w = p.token(k).text();
                marks += w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("``")
                        || w.equals("''") ? 1 : 0;
            }
            return marks % 2 == 1;
        }

        /** The reporting verb ("said", "told") whose complement holds this token, or -1. */
        int reportingVerbAbove(int t) {
            for (int k = p.head(t), steps = 0; k != Parse.ROOT && steps < 6; k = p.head(k), steps++) {
                if (p.isVerb(k) && Lexicon.REPORTING_VERBS.contains(p.token(k).text().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            // '"We back them," the minister said': the reporting verb is the root and the cue its complement
            for (int k = 0; k < p.size(); k++) {
                if (p.head(k) == Parse.ROOT && p.isVerb(k)
                        && Lexicon.REPORTING_VERBS.contains(p.token(k).text().toLowerCase(Locale.ROOT)) && k > t) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * "welcomed X to Y" where Y is a named place, a venue or anything but a state or an organisation: the host
         * receiving a visitor ("to the capital", "to Z House"), which states no position towards them.
         */
        boolean hosting(int i) {
            if (!p.isVerb(i) || !HOSTING_VERBS.contains(p.lemma(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
            List<Integer> preps = new ArrayList<>(p.children(i, "prep"));
            for (int o : p.children(i, "dobj")) {
                preps.addAll(p.children(o, "prep")); // the parser may hang "to Y" on the visitor
            }
            for (int prep : preps) {
                if (!p.lemma(prep).equalsIgnoreCase("to")) {
                    continue;
                }
                for (int o : p.children(prep, "pobj")) {
                    Mention m = doc.mentionAt(p.token(o).index());
                    boolean member = m != null && (m.type() == MentionType.STATE
                            || m.type() == MentionType.ORGANIZATION && !doc.isVenue(m));
                    if (!member && (m != null || p.tag(o).startsWith("NNP"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * What a target phrase names: a concept, else the actors in it, else a named policy or deal. An object pronoun
         * is the person named before it other than the cue's holders.
         */
        List<Target> targets(int head, List<String[]> holders) {
            String w = p.token(head).text().toLowerCase(Locale.ROOT);
            if (OBJECT_PRONOUNS.contains(w) && p.label(head).equals("dobj")) {
                Set<String> not = new HashSet<>();
                holders.forEach(h -> not.add(h[0]));
                String person = doc.personNamedBefore(p.token(head).index(), not);
                return person == null ? List.of() : List.of(new Target(person, doc.name(person), spanOfToken(head)));
            }
            return targets(head);
        }

        /** What a target phrase names: a concept, else the actors in it, else a named policy or deal. */
        List<Target> targets(int head) {
            if (p.isNoun(head) && LIGHT_NOUNS.contains(p.lemma(head).toLowerCase(Locale.ROOT))) {
                // "praised the imposition of sanctions": the sanctions, not the act of imposing them
                for (int prep : p.children(head, "prep")) {
                    if (p.lemma(prep).equalsIgnoreCase("of")) {
                        for (int o : p.children(prep, "pobj")) {
                            List<Target> inner = targets(o);
                            if (!inner.isEmpty()) {
                                return inner;
                            }
                        }
                    }
                }
            }
            List<Integer> sub = p.subtree(head);
            List<String> words = new ArrayList<>();
            List<Token> wordTokens = new ArrayList<>();
            for (int k : sub) {
                if (!p.token(k).text().equals("\"")) {
                    words.add(p.token(k).text());
                    wordTokens.add(p.token(k));
                }
            }
            List<Target> out = new ArrayList<>();
            List<Target> conceptTargets = new ArrayList<>();
            boolean conceptAtHead = false;
            for (ConceptLexicon.Match m : concepts.find(words)) {
                if (conceptTargets.size() < 3) {
                    // "protectionism and coercion": every concept of the phrase
                    conceptTargets.add(new Target(m.concept().key(), m.concept().label(),
                            new CharSpan(wordTokens.get(m.from()).start(), wordTokens.get(m.to() - 1).end())));
                }
                Token h = p.token(head);
                conceptAtHead |= wordTokens.get(m.from()).start() <= h.start() && h.end() <= wordTokens.get(m.to() - 1).end();
            }
            if (conceptAtHead) {
                return conceptTargets;
            }
            Mention m = doc.mentionAt(p.token(head).index());
            if (m != null) {
                if (doc.isActor(m) || m.type() == MentionType.NORP) {
                    out.add(new Target(m.entityKey(), doc.name(m.entityKey()), m.span()));
                }
                return out;
            }
            // "rejected X's choice, Y": the name in apposition is the one the phrase stands for
            for (int a : p.children(head, "appos")) {
                Mention ma = doc.mentionAt(p.token(a).index());
                if (ma != null && doc.isActor(ma) && p.isNoun(head)) {
                    out.add(new Target(ma.entityKey(), doc.name(ma.entityKey()), ma.span()));
                    return out;
                }
            }
            String person = doc.personBefore(p.token(head).index());
            if (person != null) {
                out.add(new Target(person, doc.name(person), null));
                return out;
            }
            // "the decision of X", "X's talks with Y", "drills planned by X": the actors the phrase is about, unless
            // it names a concept below its head ("X's policy of non-alignment")
            phraseActors(head, out, 0);
            if (out.isEmpty() && !conceptTargets.isEmpty()) {
                return conceptTargets;
            }
            if (out.isEmpty() && p.isNoun(head) && (TARGET_HEADS.contains(p.lemma(head).toLowerCase(Locale.ROOT))
                    || TARGET_HEADS.contains(p.token(head).text().toLowerCase(Locale.ROOT)))) {
                Target minted = minted(head);
                if (minted != null) {
                    out.add(minted);
                }
            }
            if (out.isEmpty() && issues && chosenOrItsConjunct(head) && p.tag(head).startsWith("NN") && !p.tag(head).startsWith("NNP")
                    && !inTimeExpression(head)) {
                out.addAll(issue(head));
            }
            return out;
        }

        boolean chosenOrItsConjunct(int k) {
            return chosen.contains(k) || p.label(k).equals("conj") && chosen.contains(p.head(k));
        }

        boolean inTimeExpression(int k) {
            Token t = p.token(k);
            return doc.times().stream().anyMatch(x -> x.span() != null && x.span().start() <= t.start()
                    && t.end() <= x.span().end());
        }

        /**
         * The issue a common noun the model chose names ("opposed the war", "backed sweeping tax cuts"), minted as a
         * concept labelled with its phrase, so that the same issue in two articles is one node. A lone definite noun
         * ("rejected the proposal") stands for something the article named before, which this sentence does not say,
         * and one with a quantifier or possessor ("any act", "its role") is too vague to stand for an issue: only a bare
         * noun stands alone.
         */
        List<Target> issue(int head) {
            List<Integer> keep = phraseTokens(head);
            if (keep.size() > MAX_PHRASE_WORDS || phrase(keep).isEmpty()) {
                return List.of();
            }
            if (keep.size() == 1 && !bare(head)) {
                return definite(head) ? antecedent(head) : List.of();
            }
            return List.of(concept(keep));
        }

        void phraseActors(int head, List<Target> out, int depth) {
            if (depth > 3) {
                return;
            }
            // "X's invasion of Y-land": the possessor acts, a name modifying the noun is then where or whom it hit
            boolean possessed = p.children(head, "poss").stream().anyMatch(k -> doc.mentionAt(p.token(k).index()) != null);
            for (int k : p.children(head)) {
                String rel = p.label(k);
                Mention mk = doc.mentionAt(p.token(k).index());
                boolean modifier = rel.equals("compound") || rel.equals("nmod") || rel.equals("amod");
                if (mk != null && (doc.isActor(mk) || mk.type() == MentionType.NORP)
                        && (rel.equals("poss") || modifier && !possessed
                        || rel.equals("conj") && depth > 0 || rel.equals("pobj"))) {
                    // the name with its conjuncts, "X and Y", not the "Z" of "Z's leader X"
                    for (int c : p.withConjuncts(List.of(k))) {
                        Mention mc = doc.mentionAt(p.token(c).index());
                        if (mc != null && (doc.isActor(mc) || mc.type() == MentionType.NORP)
                                && out.stream().noneMatch(t -> t.key().equals(mc.entityKey()))) {
                            out.add(new Target(mc.entityKey(), doc.name(mc.entityKey()), mc.span()));
                        }
                    }
                } else if (rel.equals("prep") && PHRASE_PREPS.contains(p.lemma(k))
                        // a participle ("drills planned by X"), not a clause of its own ("news that X did Y")
                        || rel.equals("acl") && p.children(k, "nsubj", "nsubjpass", "mark").isEmpty()
                        || rel.equals("agent")
                        || (rel.equals("pobj") || rel.equals("conj") && depth > 0 || rel.equals("compound") || rel.equals("nmod")) && p.isNoun(k)) {
                    phraseActors(k, out, depth + 1);
                }
            }
        }

        /** A policy, deal or law the phrase names, as a concept: its words without determiners or clauses. */
        Target minted(int head) {
            List<Integer> keep = phraseTokens(head);
            // a named one: a capitalised word past the first, or a phrase that says what it is about ("law on ...")
            boolean named = keep.stream().anyMatch(k -> k != keep.get(0)
                    && Character.isUpperCase(p.token(k).text().charAt(0)) || p.label(k).equals("prep"));
            if (keep.size() < 2 || !named && !p.tag(head).equals("NNS")) {
                return null;
            }
            if (keep.size() > MAX_PHRASE_WORDS || phrase(keep).isEmpty() || doc.annotated().text().isEmpty()) {
                return null;
            }
            return concept(keep);
        }

        /** The words of the phrase a noun heads, in text order, without determiners or clauses. */
        List<Integer> phraseTokens(int head) {
            List<Integer> keep = new ArrayList<>();
            collectPhrase(head, keep, head);
            keep.sort(Integer::compareTo);
            return keep;
        }

        /** A concept minted from a phrase: its words the label, spanned from its first word to its last. */
        Target concept(List<Integer> keep) {
            String label = phrase(keep);
            return new Target("concept/" + Keys.slug(label), label,
                    new CharSpan(p.token(keep.get(0)).start(), p.token(keep.get(keep.size() - 1)).end()));
        }

        /**
         * A noun without determiner or possessor ("opposes censorship"), as are the nouns it is coordinated with: one
         * that has them ("the proposal", "any act", "its role") points back into the article or is vague on its own.
         */
        boolean bare(int noun) {
            if (!p.children(noun, "det", "poss", "predet").isEmpty()) {
                return false;
            }
            return !p.label(noun).equals("conj") || p.head(noun) == Parse.ROOT || bare(p.head(noun));
        }

        boolean definite(int noun) {
            return p.children(noun, "det").stream()
                    .anyMatch(d -> DEFINITE.contains(p.token(d).text().toLowerCase(Locale.ROOT)));
        }

        /**
         * What a lone definite noun stands for ("they rejected the bill"): the last phrase of the article before it
         * that gave the same noun words of its own ("a new immigration bill"), read off the tags; none when the
         * article never did. When those words name actors ("the Ruritanian strikes", "Ruritania's strikes") the
         * noun stands for them, as the whole phrase would here. The target stays spanned where this sentence names it.
         */
        List<Target> antecedent(int head) {
            List<Token> all = doc.annotated().tokens();
            Token here = p.token(head);
            String noun = here.text().toLowerCase(Locale.ROOT);
            for (int t = here.index() - 1; t > 0; t--) {
                if (!all.get(t).text().toLowerCase(Locale.ROOT).equals(noun) || !all.get(t).pos().startsWith("NN")) {
                    continue;
                }
                int from = t;
                while (from > 0 && MODIFIER_TAGS.contains(all.get(from - 1).pos())
                        && all.get(from - 1).end() <= all.get(t).start() && sameSentence(all, from - 1, t)) {
                    from--;
                }
                // a capitalised noun ends a name ("the Lakeside Accords"): its words are the name, not its parties
                if (Character.isLowerCase(all.get(t).text().charAt(0))) {
                    List<Target> actors = actorsOfPhraseAt(t);
                    if (!actors.isEmpty()) {
                        return actors.stream().map(a -> new Target(a.key(), a.label(), here.span())).toList();
                    }
                }
                if (from < t) {
                    StringBuilder label = new StringBuilder();
                    for (int k = from; k <= t; k++) {
                        label.append(k > from ? " " : "").append(all.get(k).text());
                    }
                    String l = label.toString().replace("\"", "").strip();
                    return List.of(new Target("concept/" + Keys.slug(l), l, here.span()));
                }
            }
            return List.of();
        }

        /** The actors the phrase headed by this token of the article names, read by the grammar of its sentence. */
        List<Target> actorsOfPhraseAt(int tokenIndex) {
            Optional<Parse> there = doc.parse(doc.sentences().get(doc.sentenceOf(tokenIndex)));
            if (there.isEmpty()) {
                return List.of();
            }
            for (int k = 0; k < there.get().size(); k++) {
                if (there.get().token(k).index() == tokenIndex) {
                    List<Target> out = new ArrayList<>();
                    new Reading(doc, there.get()).phraseActors(k, out, 0);
                    return out;
                }
            }
            return List.of();
        }

        boolean sameSentence(List<Token> all, int a, int b) {
            return doc.sentenceOf(all.get(a).index()) == doc.sentenceOf(all.get(b).index());
        }

        /** The words at these tokens as a label, without quotation marks. */
        String phrase(List<Integer> keep) {
            StringBuilder label = new StringBuilder();
            for (int k : keep) {
                if (label.length() > 0 && !p.token(k).text().startsWith("'")) {
                    label.append(' ');
                }
                label.append(p.token(k).text());
            }
            return label.toString().replace("\"", "").strip();
        }

        void collectPhrase(int k, List<Integer> keep, int head) {
            if (k != head && DETERMINERS.contains(p.label(k)) && !(p.label(k).equals("prep") && p.head(k) == head
                    && Set.of("on", "of", "for").contains(p.lemma(k)))) {
                return;
            }
            if (k != head && doc.mentionAt(p.token(k).index()) != null && p.label(k).equals("poss")) {
                return;
            }
            keep.add(k);
            for (int c : p.children(k)) {
                collectPhrase(c, keep, head);
            }
        }

        boolean negated(int i) {
            for (int k = i, steps = 0; k != Parse.ROOT && steps < 4; k = p.head(k), steps++) {
                if (!p.children(k, "neg").isEmpty()) {
                    return true;
                }
                if (k != i && REFUSALS.contains(p.lemma(k))) {
                    return true;
                }
                String rel = p.label(k);
                if (!(rel.equals("xcomp") || k == i && (rel.equals("dobj") || rel.equals("pobj")) || p.tag(k).equals("IN"))) {
                    break;
                }
            }
            return false;
        }

        /**
         * The words naming a holder: a pronoun ("where he will meet ...") is spanned at the name of its person earlier in
         * the sentence when there is one, as the sentence's own words for them; else at itself.
         */
        CharSpan holderSpan(int t) {
            Mention m = doc.mentionAt(p.token(t).index());
            if (m != null && "pronoun".equals(m.rule())) {
                for (int k = 0; k < t; k++) {
                    Mention named = doc.mentionAt(p.token(k).index());
                    if (named != null && !"pronoun".equals(named.rule()) && named.entityKey().equals(m.entityKey())) {
                        return named.span();
                    }
                }
            }
            return spanOfToken(t);
        }

        CharSpan spanOfToken(int t) {
            Mention m = doc.mentionAt(p.token(t).index());
            return m != null ? m.span() : new CharSpan(p.token(t).start(), p.token(t).end());
        }
    }

    /** lemma → polarity of a two-column table (lemma, support or oppose). */
    private static Map<String, StanceFact.Polarity> polarities(String resource) {
        Map<String, StanceFact.Polarity> out = new HashMap<>();
        for (String[] r : DataFiles.rows(resource, 2)) {
            out.put(r[0].strip(), r[1].strip().equals("support") ? StanceFact.Polarity.SUPPORTS
                    : StanceFact.Polarity.OPPOSES);
        }
        return Map.copyOf(out);
    }

    /** The first letters of the words the feeling table and the labelling verbs list. */
    private static Set<String> tablePrefixes() {
        Set<String> out = new HashSet<>();
        FEELINGS.keySet().forEach(w -> out.add(StanceModel.prefix(w)));
        LABELLING_VERBS.forEach(w -> out.add(StanceModel.prefix(w)));
        return out;
    }

    private static StanceFact.Polarity flip(StanceFact.Polarity p) {
        return p == StanceFact.Polarity.SUPPORTS ? StanceFact.Polarity.OPPOSES : StanceFact.Polarity.SUPPORTS;
    }
}
