package org.diplograph.extract.facts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diplograph.extract.Mention;
import org.diplograph.extract.MentionType;
import org.diplograph.extract.facts.EventVocabulary.Effect;
import org.diplograph.extract.facts.EventVocabulary.Requirement;
import org.diplograph.extract.facts.EventVocabulary.Trigger;
import org.diplograph.extract.time.Direction;
import org.diplograph.extract.time.TimeValue;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.text.CharSpan;
import org.diplograph.vocab.DataFiles;

/**
 * Events read from the dependency parse: a trigger word (a verb or noun of the vocabulary) reports an event; its
 * subject, object, agent and prepositional phrases name who takes part and in which role; a noun trigger also takes
 * the subject of the verb that holds, signs or imposes it; place and time come from the trigger's own clause, and
 * modality from its auxiliaries, negations and the verbs that govern it ("plans to visit", "denied meeting").
 * Only sentences with a word that may be a trigger are parsed.
 */
public final class SyntacticEvents implements FactComponent<EventFact> {

    /** Clausal dependents whose words say something of another event, not of this one. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "relcl", "parataxis", "csubj", "acl");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    /** Sentences (the headline first) that carry the article's news even in phrases without a verb. */
    private static final int LEAD_SENTENCES = 3;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside");
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "between", "among", "alongside", "involving");
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "to", "toward", "towards", "over");
    private static final Set<String> AIMED_PREPOSITIONS = Set.of("at", "on", "against", "to", "toward", "towards", "over");
    /** A noun trigger that is the object of a preposition of these takes the verb's subject: "arrived for talks". */
    private static final Set<String> PURPOSE_PREPOSITIONS = Set.of("for", "at", "in");
    /** Prepositions that say what was agreed ("agreed to talk", "agreed on a truce", "agreed over the border"). */
    private static final Set<String> AGREED_ON = Set.of("to", "on", "upon", "over", "for");
    /** Prepositions whose object is the broadcast a trigger happens in ("during a televised debate"). */
    private static final Set<String> BROADCAST_PREPOSITIONS = Set.of("in", "during", "at", "on");
    /** Prepositions that bring a verb's complement ("hoped for talks", "agreed on a truce"), not where or when it was. */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("for", "on", "to", "towards", "toward", "into");
    /** Words that stand for an actor named before them. */
    private static final Set<String> STANDS_FOR_A_NAME = Set.of("he", "she", "him", "her", "his", "they", "them",
            "their", "it", "its");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his",
            "her", "our");

    /**
     * A lexicon trigger the learned decision calls no event with at least this probability is dropped; a word outside
     * the lexicon it gives one of our classes with at least {@link #ADD} is a trigger of that class. High: the model
     * learned from 100 articles; on the Wikinews folds held out by year ({@code diplograph train-events}) lower
     * thresholds scored a little higher, but on whole news sets they added appeals and dropped summits that analysts
     * count.
     */
    private static final double VETO = 0.9;
    private static final double ADD = 0.9;
    /** The learned role decision's probability a name needs to become a party of an event the rules give none. */
    private static final double ROLE = 0.7;

    private final EventVocabulary vocab;
    private final Set<String> mayBeTrigger;
    private final Optional<TriggerModel> model;
    private final Optional<ArgumentModel> roles;

    public SyntacticEvents(EventVocabulary vocab) {
        this(vocab, TriggerModel.bundled(), ArgumentModel.bundled());
    }

    /**
     * @param model the learned trigger decision, or empty for the lexicon alone
     * @param roles the learned role decision for triggers the rules link no actor to, or empty for the rules alone
     */
    public SyntacticEvents(EventVocabulary vocab, Optional<TriggerModel> model, Optional<ArgumentModel> roles) {
        this.vocab = vocab;
        this.roles = roles;
        // a phrasal trigger ("call for") is found by its verb
        this.mayBeTrigger = WordForms.of(vocab.triggerLemmas().stream().map(l -> l.split(" ")[0]).toList());
        this.model = model;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<EventFact> extract(FactDocument doc) {
        List<Report> reports = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().stream().noneMatch(t -> mayBeTrigger(t.text().toLowerCase(Locale.ROOT)))
                    || !mayNameWhoOrWhen(doc, s)) {
                continue;
            }
            Optional<Parse> parse = doc.parse(s);
            if (parse.isPresent()) {
                reports.addAll(new Reading(doc, parse.get()).reports());
            }
        }
        return EventReports.consolidate(doc, reports);
    }

    /** A word read as reporting an event of one class, whether or not the sentence gives it what an event needs. */
    public record TriggerDecision(EventKind kind, CharSpan span) {
    }

    /**
     * The trigger decision alone (the lexicon, less what the learned decision vetoes, plus what it adds), before roles,
     * modality and the actor conditions: what the evaluation measures apart from the events kept.
     */
    public List<TriggerDecision> triggerDecisions(FactDocument doc) {
        List<TriggerDecision> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().stream().noneMatch(t -> mayBeTrigger(t.text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Optional<Parse> parse = doc.parse(s);
            if (parse.isPresent()) {
                Reading r = new Reading(doc, parse.get());
                for (int i = 0; i < parse.get().size(); i++) {
                    for (Trigger t : r.readings(i)) {
                        out.add(new TriggerDecision(t.kind(), parse.get().token(i).span()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence can give a report anything: a name, a word standing for one named before (a pronoun, "the
     * bloc", "the shooting" for the shooting told before), or a time expression ("the talks took place on Tuesday"
     * dates the talks told before). The parse, most of this component's cost, is spent only on those.
     */
    private boolean mayNameWhoOrWhen(FactDocument doc, Sentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (doc.mentionAt(tokens.get(k).index()) != null || STANDS_FOR_A_NAME.contains(w) || vocab.is("group", w)
                    || pointsBack(tokens, k)) {
                return true;
            }
        }
        return doc.times().stream().anyMatch(t -> s.span().overlaps(t.span()));
    }

    /** "the shooting", "this deadly attack": a definite trigger noun that points back to a report before it. */
    private boolean pointsBack(List<Token> tokens, int k) {
        if (!mayBeTrigger(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
            if (DEFINITE.contains(tokens.get(d).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean mayBeTrigger(String form) {
        return mayBeTrigger.contains(form) || model.isPresent() && model.get().mayReport(form);
    }

    /**
     * An event as one trigger reports it, before the article's reports of one event are brought together. Confidence:
     * 0.7 when the parse links two actors to the trigger, 0.5 one, 0.4 when the actors are only in its clause.
     * {@code news}: the text tells it as what just happened (past, perfect or present), not as background to it.
     */
    record Report(EventKind kind, List<String> sources, List<String> targets, List<String> attendees,
                  String placeKey, TimeValue time, Modality modality, boolean definite, int parseIndex,
                  Token trigger, Sentence sentence, List<CharSpan> triggers, double confidence, boolean news,
                  boolean background) {
        List<String> participants() {
            LinkedHashSet<String> all = new LinkedHashSet<>(sources);
            all.addAll(attendees);
            all.addAll(targets);
            return List.copyOf(all);
        }
    }

    /** The events of one parsed sentence. */
    private final class Reading {
        final FactDocument doc;
        final Parse p;
        final List<List<Trigger>> readings;
        List<Integer> triggerTokens;

        Reading(FactDocument doc, Parse p) {
            this.doc = doc;
            this.p = p;
            this.readings = new ArrayList<>(java.util.Collections.nCopies(p.size(), null));
        }

        /** The readings of a word as a trigger: the lexicon's, unless the learned decision drops them or adds one. */
        List<Trigger> readings(int i) {
            List<Trigger> r = readings.get(i);
            if (r == null) {
                r = decide(i);
                readings.set(i, r);
            }
            return r;
        }

        private List<Trigger> decide(int i) {
            if (doc.mentionAt(p.token(i).index()) != null || !(p.isVerb(i) || p.isNoun(i))) {
                return List.of();
            }
            List<Trigger> lexicon = new ArrayList<>();
            if (p.isVerb(i)) {
                // a verb with its particle, preposition or fixed object ("called for", "called on", "opened fire")
                // reads first as the phrase
                for (int c : particles(i)) {
                    // "took to the streets": a verb, its preposition and that preposition's object
                    for (int o : p.label(c).equals("prep") ? p.children(c, "pobj") : List.<Integer>of()) {
                        lexicon.addAll(vocab.triggers(phrase(i, c) + " " + p.lemma(o), true));
                    }
                    String phrase = phrase(i, c);
                    if (vocab.has("phrase", phrase, Effect.NOT_AN_EVENT)
                            || !activeVoice(i) && vocab.has("passive", phrase, Effect.NOT_AN_EVENT)) {
                        return List.of(); // "shot down the drones": an interception, not an assault
                    }
                    lexicon.addAll(vocab.triggers(phrase, true));
                }
            }
            lexicon.addAll(vocab.triggers(p.lemma(i), p.isVerb(i)));
            if (model.isEmpty() || !TriggerFeatures.candidate(doc, p, i)) {
                return lexicon;
            }
            TriggerModel.Decision d = model.get().decide(TriggerFeatures.of(doc, p, i, vocab));
            if (!lexicon.isEmpty()) {
                // only where it was taught the class (the annotation leaves out disasters, parades and pledges) and
                // saw the word more than once
                boolean taught = model.get().seen(p.lemma(i), p.isVerb(i))
                        && lexicon.stream().allMatch(t -> model.get().knows(t.kind().ontologyClass()));
                return taught && d.none() >= VETO ? List.of() : lexicon;
            }
            if (!d.ours() || d.probability() < ADD) {
                return List.of();
            }
            return vocab.kind(d.best()).map(k -> List.of(new Trigger(p.lemma(i), p.isVerb(i), k,
                    Requirement.ACTOR))).orElse(List.of());
        }

        List<Report> reports() {
            List<Report> out = new ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                for (Trigger t : readings(i)) {
                    Optional<Report> r = report(i, t);
                    if (r.isPresent()) {
                        addOrMerge(out, r.get());
                        break;
                    }
                }
            }
            return out;
        }

        /** "met ... for talks", "signed ... an agreement in a ceremony": one event when one trigger governs the other. */
        void addOrMerge(List<Report> out, Report r) {
            for (int k = 0; k < out.size(); k++) {
                Report o = out.get(k);
                if (o.kind().family().equals(r.kind().family()) && o.modality() == r.modality()
                        && EventReports.periodsMeet(doc, o, r)
                        && o.background() == r.background()
                        && (p.dominates(o.parseIndex(), r.parseIndex()) || p.dominates(r.parseIndex(), o.parseIndex()))) {
                    out.set(k, EventReports.merge(o, r));
                    return;
                }
            }
            out.add(r);
        }

        Optional<Report> report(int i, Trigger t) {
            EventKind kind = t.kind().militaryClass() != null && military(i)
                    ? vocab.kind(t.kind().militaryClass()).orElse(t.kind()) : t.kind();
            if (kind.accidentClass() != null && accident(i)) {
                kind = vocab.kind(kind.accidentClass()).orElse(kind);
            }
            if (kind.hostileClass() != null && commitsToViolence(i)) {
                kind = vocab.kind(kind.hostileClass()).orElse(kind);
            }
            if (kind.aimedClass() != null && t.verb() && aimedAtActorOrPlace(i)) {
                kind = vocab.kind(kind.aimedClass()).orElse(kind);
            }
            boolean verb = t.verb();
            if (verb && (carriesAnotherEvent(i, kind) || quantifiedObject(i) || rule(i))) {
                return Optional.empty();
            }
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            List<String> partners = new ArrayList<>();
            String[] place = new String[1];
            int governor = verb ? -1 : governingVerb(i);
            if (!verb && generic(i, governor) || habitual(verb ? i : governor)) {
                return Optional.empty();
            }

            if (verb) {
                sources.addAll(subjectsOf(i));
                if (!byPhraseIsTheObjects(i)) {
                    sources.addAll(byPhraseActors(i));
                }
                for (int o : p.children(i, "dobj", "nsubjpass", "dative", "iobj")) {
                    Mention named = doc.mentionAt(p.token(o).index());
                    if (kind.ontologyClass().equals("Visit") && named != null && doc.isVenue(named)) {
                        continue; // "to visit the White House": the building visited, not a party
                    }
                    if (kind.ontologyClass().equals("Visit") && placeOf(o) != null) {
                        place[0] = placeOf(o);
                        targets.addAll(stateOf(o));
                    } else {
                        targets.addAll(actorsOf(relativeAntecedent(o)));
                        if (kind.incident() && place[0] == null && placeOf(o) != null && stateOf(o).isEmpty()) {
                            place[0] = placeOf(o); // "shelled Kharkiv"
                        }
                    }
                }
                prepositions(i, kind, sources, targets, partners, place, false);
                if (kind.directed() && targets.isEmpty()) {
                    targets.addAll(complementTargets(i, sources));
                }
                if (kind.directed() && targets.isEmpty() && vocab.has("governor", p.lemma(i), Effect.FACTIVE)) {
                    targets.addAll(actorsOfObjectEvent(i, sources));
                }
            } else {
                for (int k : p.children(i)) {
                    String rel = p.label(k);
                    if (rel.equals("poss")) {
                        sources.addAll(actorsOf(k));
                    } else if (rel.equals("compound") || rel.equals("nmod") || rel.equals("amod")) {
                        String actor = modifierActor(k);
                        if (actor != null) {
                            sources.add(actor);
                        }
                    }
                }
                prepositions(i, kind, sources, targets, partners, place, true);
                // "a parade hosted by X", "talks led by X"
                for (int acl : p.children(i, "acl")) {
                    for (int agent : p.children(acl, "agent")) {
                        for (int o : p.children(agent, "pobj")) {
                            sources.addAll(actorsOf(o));
                        }
                    }
                }
                if (kind.directed() && targets.isEmpty()) {
                    targets.addAll(actedOnByParticiple(i));
                }
                if (sources.isEmpty() && governor < 0 && possessivePronoun(i)) {
                    // "X and Y signed a treaty after their talks": the pronoun is the subject of the clause
                    int v = clauseVerb(i);
                    if (v >= 0) {
                        sources.addAll(subjectsOf(v));
                    }
                }
                if (governor >= 0 && p.label(i).equals("dobj") && byPhraseIsTheObjects(governor)) {
                    sources.addAll(byPhraseActors(governor));
                }
                if (governor >= 0 && p.label(i).equals("nsubj")) {
                    // "the strike hit X", "an earthquake struck X"
                    for (int o : p.children(governor, "dobj")) {
                        String where = placeOf(o);
                        if (!kind.hasActors() && where != null) {
                            place[0] = where;
                        } else {
                            targets.addAll(actorsOf(o));
                        }
                    }
                    prepositions(governor, kind, sources, targets, partners, place, false);
                } else if (governor >= 0 && !vocab.has("governor", p.lemma(governor), Effect.FACTIVE)
                        && (!reportsOtherEvent(governor, kind) || commitsTo(governor))
                        && !vocab.is("about", p.lemma(governor))) {
                    // "imposed sanctions", "pledged aid": who holds the noun acts; who condemns or praises a visit did
                    // not make it
                    sources.addAll(subjectsOf(governor));
                    for (int agent : p.children(governor, "agent")) {
                        for (int o : p.children(agent, "pobj")) {
                            sources.addAll(actorsOf(o));
                        }
                    }
                    prepositions(governor, kind, sources, targets, partners, place, false);
                }
            }
            sources = dedupe(withParents(doc, sources));
            targets = dedupe(withParents(doc, targets));
            targets.removeAll(sources);
            partners = dedupe(withParents(doc, partners));
            partners.removeAll(sources);
            partners.removeAll(targets);

            if (verb && kind.incident() && p.children(i, "dobj", "nsubjpass").stream()
                    .anyMatch(o -> p.isNoun(o) && !vocab.triggers(p.lemma(o), false).isEmpty())) {
                return Optional.empty(); // "the deal was killed", "attacked the plan": violence done to an event is a figure
            }
            if (outsideThePoliticalSense(i, kind)) {
                return Optional.empty();
            }
            if (!verb && p.label(i).equals("compound") && p.head(i) != Parse.ROOT
                    && vocab.is("bearer", p.lemma(p.head(i)))) {
                return Optional.empty(); // "aid workers", "election observers": people named by their work
            }
            if (place[0] == null && kind.incident()) {
                place[0] = placeNamingTheNoun(i);
            }
            if (place[0] == null) {
                place[0] = placeInClause(i, governor);
            }
            boolean definite = !verb && p.children(i, "det", "poss").stream()
                    .anyMatch(d -> DEFINITE.contains(p.token(d).text().toLowerCase(Locale.ROOT)));
            boolean fromClause = false;
            if (sources.isEmpty() && targets.isEmpty() && partners.isEmpty()
                    && (t.requires() == Requirement.NONE || t.requires() == Requirement.CONCLUDED) && !definite) {
                // the parse links no actor to the trigger: the actors its clause names that no other trigger holds;
                // "the meeting" points back to a report instead
                partners.addAll(actorsInClause(i, governor, kind));
                fromClause = !partners.isEmpty();
            }
            if (sources.isEmpty() && targets.isEmpty() && partners.isEmpty() && kind.hasActors()
                    && roles.isPresent()) {
                // nor does its clause: the names the learned role decision gives it
                fromClause = learnedRoles(i, governor, kind, sources, targets, partners);
            }
            if (!meets(t.requires(), kind, i, targets, sources, partners)) {
                return Optional.empty();
            }
            if (!kind.hasActors()) {
                sources.clear();
                targets.clear();
                partners.clear();
            }
            Optional<Modality> modality = modality(i, verb, governor);
            if (modality.isEmpty()) {
                return Optional.empty();
            }
            List<String> attendees;
            if (kind.directed()) {
                for (String k : partners) {
                    if (!targets.contains(k)) {
                        targets.add(k);
                    }
                }
                attendees = List.of();
            } else {
                attendees = dedupe(concat(sources, concat(partners, targets)));
                sources = List.of();
                targets.clear();
            }
            Modality m = modality.get();
            // a date elsewhere in the sentence is the intent's ("confirmed on Monday its plans to sign"), not the plan's,
            // nor the starting point's ("the first visit since the war began")
            // nor what is only wanted ("approved on Friday a resolution calling for a truce")
            boolean wanted = governor >= 0
                    && governorEffect(governor, i).filter(e -> e == Effect.PLANNED).isPresent();
            // "drills planned by X", criticised on Friday: the noun's own clause tells its time, not the governor's
            boolean described = !verb && describedModality(i) != null;
            TimeValue time = time(i, verb, described ? -1 : governor, !described &&
                    !underIntentNoun(verb ? i : governor) && !toldAsBackground(i) && !wanted && !topic(i)
                            && !inRelativeClause(verb ? i : governor));
            if (m == Modality.ASSERTED && time != null && time.future()) {
                m = Modality.PLANNED;
            }
            if (time != null && (m == Modality.ASSERTED || m == Modality.PLANNED)) {
                time = doc.resolve(time, m == Modality.PLANNED ? Direction.FUTURE : Direction.PAST);
            } else if (time != null && m == Modality.NEGATED && toldInThePast()) {
                // "the signing set for Friday was called off": the Friday that has gone, not the next one
                time = doc.resolve(time, Direction.PAST);
            }
            Token trigger = p.token(i);
            return Optional.of(new Report(kind, List.copyOf(sources), List.copyOf(targets), attendees, place[0], time,
                    m, definite, i, trigger, p.sentence(), List.of(trigger.span()),
                    fromClause ? 0.4 : attendees.size() + sources.size() + targets.size() >= 2 ? 0.7 : 0.5,
                    toldAsNews(i, verb, governor), toldAsBackground(i)));
        }

        /**
         * Whether the trigger's clause or phrase hangs on a word like "after": what it tells came before the news, on a
         * day the text leaves open ("met on Tuesday, shortly after a strike hit X"), so not dated by the article's day.
         */
        boolean toldAsEarlier(int i) {
            for (int k = i, steps = 0; k >= 0 && k != Parse.ROOT && steps < 3; k = p.head(k), steps++) {
                String rel = p.label(k);
                if (rel.equals("pobj") || rel.equals("pcomp")) {
                    int prep = p.head(k);
                    return prep != Parse.ROOT && vocab.is("earlier", p.lemma(prep));
                }
                if (rel.equals("advcl")) {
                    return p.children(k, "mark").stream()
                            .anyMatch(m -> vocab.is("earlier", p.token(m).text().toLowerCase(Locale.ROOT)));
                }
                if (!(rel.equals("nsubj") || rel.equals("nsubjpass") || rel.equals("dobj") || rel.equals("compound"))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A verb heading a relative clause on a participant ("X, who led the coup, was sworn in on Friday"): what it
         * tells of them is background, dated only by its own words.
         */
        boolean inRelativeClause(int v) {
            // only a clause on an actor: one on an event's noun or its place ("the strike on the port, which killed
            // five") tells that event
            if (v < 0 || !p.label(v).equals("relcl") || p.head(v) == Parse.ROOT) {
                return false;
            }
            Mention m = doc.mentionAt(p.token(p.head(v)).index());
            return m != null && doc.isActor(m);
        }

        /**
         * What a clause on a noun trigger says of it: "drills planned by X", "talks scheduled for May" are planned;
         * "the summit, which will be held in May" takes the clause's auxiliary; "which was not held" is negated.
         */
        Modality describedModality(int noun) {
            for (int k : p.children(noun, "acl", "relcl")) {
                if (p.tag(k).equals("VBN") && vocab.is("scheduled", p.lemma(k))) {
                    return Modality.PLANNED;
                }
                if (vocab.is("support", p.lemma(k))) {
                    for (int d : p.children(k, "neg", "aux")) {
                        String word = p.token(d).text().toLowerCase(Locale.ROOT);
                        if (p.label(d).equals("neg") && vocab.is("negation", word)) {
                            return Modality.NEGATED;
                        }
                        Optional<Effect> e = vocab.effect("aux", word);
                        if (e.isPresent()) {
                            return modalityOf(e.get());
                        }
                    }
                }
            }
            return null;
        }

        /** "No deal was signed", "signed no deal": a verb whose subject or object is denied happened not. */
        boolean deniedArgument(int verb) {
            return p.children(verb, "nsubj", "nsubjpass", "dobj").stream().anyMatch(a -> p.children(a, "det").stream()
                    .anyMatch(d -> vocab.has("modifier", p.token(d).text().toLowerCase(Locale.ROOT),
                            Effect.NEGATED)));
        }

        /**
         * "All members must agree", "every state must ratify it": a verb under a modal of obligation or ability whose
         * subject is quantified states a rule, not an event.
         */
        boolean rule(int verb) {
            boolean modal = p.children(verb, "aux").stream().anyMatch(a -> p.tag(a).equals("MD")
                    && !p.lemma(a).equalsIgnoreCase("will") && !p.lemma(a).equalsIgnoreCase("would"));
            return modal && p.children(verb, "nsubj", "nsubjpass").stream().anyMatch(sub -> p.children(sub, "det")
                    .stream().anyMatch(d -> vocab.is("quantifier", p.lemma(d))));
        }

        /** "condemns all attacks on civilians": a present-tense verb over a quantified object is a kind of act. */
        boolean quantifiedObject(int verb) {
            return (p.tag(verb).equals("VBZ") || p.tag(verb).equals("VBP")) && p.children(verb, "dobj").stream()
                    .anyMatch(o -> p.children(o, "det").stream()
                            .anyMatch(d -> vocab.is("quantifier", p.lemma(d))));
        }

        /**
         * A noun trigger that is what something is said about ("said nothing about the raid while speaking on
         * Tuesday"): the sentence's date is the speaking's, not the event's.
         */
        boolean topic(int i) {
            int prep = p.head(i);
            return p.isNoun(i) && p.label(i).equals("pobj") && prep != Parse.ROOT && vocab.is("topic", p.lemma(prep));
        }

        /**
         * Whether the trigger, or the clause or phrase holding it, hangs on a word like "since": what is told there is
         * where a later state of things began ("the first visit since the invasion"), or what the news answers ("in
         * retaliation for the raid"), not the news.
         */
        boolean toldAsBackground(int i) {
            for (int k = i, steps = 0; k >= 0 && k != Parse.ROOT && steps < 4; k = p.head(k), steps++) {
                String rel = p.label(k);
                if (rel.equals("pobj") || rel.equals("pcomp")) {
                    int prep = p.head(k);
                    if (prep < 0) {
                        return false;
                    }
                    int owner = p.head(prep);
                    return vocab.is("background", p.lemma(prep))
                            || owner != Parse.ROOT && vocab.is("answers", p.lemma(owner));
                }
                if (rel.equals("advcl") || rel.equals("ccomp") || rel.equals("relcl")) {
                    return p.children(k, "mark").stream()
                            .anyMatch(m -> vocab.is("background", p.token(m).text().toLowerCase(Locale.ROOT)));
                }
                if (!(rel.equals("xcomp") || rel.equals("dobj") || rel.equals("conj") || rel.equals("nsubj")
                        || rel.equals("nsubjpass") || rel.equals("compound"))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the clause tells the event as news: a finite verb in the past, the present or the present perfect
         * ("met", "meets", "has met", "was attacked"), a participle clause of such a verb, or a noun such a verb holds. A
         * pluperfect ("had met") or a participle phrase ("the treaty signed in 2000") is background; a verbless phrase
         * counts only in the lead.
         */
        boolean toldAsNews(int i, boolean verb, int governor) {
            if (toldAsBackground(i) || toldAsEarlier(i) || inRelativeClause(verb ? i : governor)) {
                return false;
            }
            int v = verb ? i : governor >= 0 ? governor : clauseVerb(i);
            if (v < 0) {
                return p.sentence().index() < LEAD_SENTENCES;
            }
            for (int steps = 0; steps < 3; steps++) {
                for (int a : p.children(v, "aux", "auxpass")) {
                    if (p.tag(a).equals("VBD") && p.lemma(a).equals("have")) {
                        return false;
                    }
                }
                // finite by itself or through its auxiliaries: "met", "meets", "has met", "was struck", "did not meet"
                if (FINITE_TAGS.contains(p.tag(v)) || p.children(v, "aux", "auxpass").stream()
                        .anyMatch(a -> FINITE_TAGS.contains(p.tag(a)))) {
                    return true;
                }
                // a participle clause takes the tense of the verb it hangs on: "..., accusing him of lying"
                String rel = p.label(v);
                int h = p.head(v);
                if (h == Parse.ROOT || !p.isVerb(h) || !(rel.equals("advcl") || rel.equals("conj") || rel.equals("xcomp"))) {
                    return false;
                }
                v = h;
            }
            return false;
        }

        /**
         * Who a directed verb with no object of its own is aimed at through the clause it governs, when that clause's
         * subject is the verb's own (or left unsaid): "threatened to strike X", "warned that it would retaliate
         * against X". A clause with a subject of its own ("warned that Y would attack Z") says what Y does, not whom
         * the warning is aimed at.
         */
        List<String> complementTargets(int i, List<String> sources) {
            List<String> out = new ArrayList<>();
            for (int c : p.children(i, "ccomp", "xcomp")) {
                List<Integer> subjects = p.children(c, "nsubj", "nsubjpass");
                boolean own = subjects.stream().allMatch(k -> p.tag(k).equals("PRP")
                        || actorsOf(k).stream().anyMatch(sources::contains));
                if (!p.isVerb(c) || !own) {
                    continue;
                }
                for (int o : p.children(c, "dobj")) {
                    out.addAll(actorsOf(o));
                }
                for (int prep : p.children(c, "prep")) {
                    if (TARGET_PREPOSITIONS.contains(p.lemma(prep))) {
                        for (int o : p.children(prep, "pobj")) {
                            out.addAll(actorsOf(o));
                        }
                    }
                }
            }
            out.removeAll(sources);
            return out;
        }

        /** The actor a modifier of an event noun names ("the Xian strikes", "a Y-led raid"), or null: not a venue. */
        String modifierActor(int k) {
            Mention m = doc.mentionAt(p.token(k).index());
            return m != null && (doc.isActor(m) && !doc.isVenue(m) || m.type() == MentionType.NORP) ? m.entityKey() : null;
        }

        /**
         * "condemned the raid by X", "denounced X's strikes", "deplored the Xian shelling": whoever carried out the
         * condemned event is the target.
         */
        List<String> actorsOfObjectEvent(int i, List<String> sources) {
            List<String> out = new ArrayList<>();
            for (int o : p.children(i, "dobj")) {
                if (!p.isNoun(o) || vocab.triggers(p.lemma(o), false).isEmpty()) {
                    continue;
                }
                for (int k : p.children(o, "poss")) {
                    out.addAll(actorsOf(k));
                }
                for (int k : p.children(o, "compound", "nmod", "amod")) {
                    String actor = modifierActor(k);
                    if (actor != null) {
                        out.add(actor);
                    }
                }
                out.addAll(byPhraseActors(o));
            }
            out.removeAll(sources);
            return out;
        }

        /** The verb a noun trigger is the object or subject of, or whose purpose it is: "held talks", "came for talks". */
        int governingVerb(int i) {
            int h = p.head(i);
            if (h == Parse.ROOT) {
                return -1;
            }
            String rel = p.label(i);
            if ((rel.equals("dobj") || rel.equals("nsubjpass") || rel.equals("nsubj") || rel.equals("attr"))
                    && p.isVerb(h)) {
                return h;
            }
            if (rel.equals("pobj") && p.label(h).equals("prep") && p.head(h) != Parse.ROOT && p.isVerb(p.head(h))
                    && PURPOSE_PREPOSITIONS.contains(p.lemma(h))) {
                return p.head(h);
            }
            if (rel.equals("conj") && p.isNoun(h)) {
                return governingVerb(h); // "launched drones and missile attacks"
            }
            if (rel.equals("pobj") && p.lemma(h).equals("of") && p.head(h) != Parse.ROOT && p.isNoun(p.head(h))
                    && vocab.is("container", p.lemma(p.head(h)))) {
                return governingVerb(p.head(h)); // "vetoed a package of sanctions"
            }
            return -1;
        }

        /**
         * "An attack on one member is an attack on all": an indefinite noun said to be something in the present tense
         * names a kind of event, not one that happened.
         */
        boolean generic(int noun, int governor) {
            return governor >= 0 && p.lemma(governor).equals("be")
                    && (p.tag(governor).equals("VBZ") || p.tag(governor).equals("VBP"))
                    && (p.label(noun).equals("nsubj") || p.label(noun).equals("attr"))
                    && p.children(noun, "det").stream()
                    .anyMatch(d -> p.lemma(d).equals("a") || p.lemma(d).equals("an"));
        }

        /**
         * A verb in the present that says how often ("elections are held every four years", "the two leaders usually
         * meet in spring"): a custom, not one event.
         */
        boolean habitual(int verb) {
            if (verb < 0 || !p.isVerb(verb)) {
                return false;
            }
            boolean present = Set.of("VBZ", "VBP").contains(p.tag(verb)) || p.children(verb, "aux", "auxpass").stream()
                    .anyMatch(a -> Set.of("VBZ", "VBP").contains(p.tag(a)) && !p.lemma(a).equals("have"));
            return present && p.children(verb, "npadvmod", "advmod", "tmod").stream()
                    .anyMatch(k -> p.subtree(k).stream().anyMatch(w -> vocab.is("habitual", p.lemma(w))));
        }

        /**
         * An active verb with an object has no agent: a "by" phrase the parse hangs on it is the object's ("condemned
         * a raid by X", "condemned the attacks by X").
         */
        boolean byPhraseIsTheObjects(int verb) {
            return activeVoice(verb) && !p.children(verb, "dobj").isEmpty();
        }

        /**
         * Adds the names of the sentence outside other events' phrases that the learned role decision gives the
         * trigger with at least {@link #ROLE}: a source, target or attendee of a directed event, a party of any other.
         * Whether it added any.
         */
        boolean learnedRoles(int i, int governor, EventKind kind, List<String> sources, List<String> targets,
                             List<String> partners) {
            // a name in the phrase of another event ("condemned the attacks by X") is that event's; one farther than a
            // few relations away is another clause's
            Set<Integer> open = new HashSet<>();
            for (int k = 0; k < p.size(); k++) {
                open.add(k);
            }
            withoutOtherEvents(open, i, p.isVerb(i) ? i : governor);
            // nor is the name of one who condemns, or calls for, the event ("X condemned the meeting")
            for (int other : triggerTokens()) {
                if (other != i && p.dominates(other, i) && tellsOthersDeeds(other)) {
                    open.removeIf(k -> p.dominates(other, k) && !p.dominates(i, k));
                }
            }
            boolean added = false;
            List<Integer> names = ArgumentFeatures.candidates(doc, p);
            for (int j : names) {
                if (!open.contains(j) || !ArgumentFeatures.near(p, i, j)) {
                    continue;
                }
                ArgumentModel.Decision d = roles.get().decide(ArgumentFeatures.of(doc, p, i, j, names, vocab));
                if (d.role().equals(ArgumentModel.NONE) || d.probability() < ROLE) {
                    continue;
                }
                List<String> actors = actorsOf(j);
                if (!kind.directed() || d.role().equals(ArgumentModel.ATTENDEE)) {
                    partners.addAll(actors);
                } else if (d.role().equals(ArgumentModel.SOURCE)) {
                    sources.addAll(actors);
                } else {
                    targets.addAll(actors);
                }
                added |= !actors.isEmpty();
            }
            return added;
        }

        /** The actors of a word's "by" phrases (an agent, or a preposition "by"). */
        List<String> byPhraseActors(int head) {
            List<String> out = new ArrayList<>();
            for (int by : p.children(head, "prep", "agent")) {
                if (p.label(by).equals("agent") || p.lemma(by).equals("by")) {
                    for (int o : p.children(by, "pobj")) {
                        out.addAll(actorsOf(o));
                    }
                }
            }
            return out;
        }

        /** A verb told in the active voice: no passive auxiliary or passive subject. */
        boolean activeVoice(int verb) {
            return p.children(verb, "auxpass", "nsubjpass").isEmpty();
        }

        /**
         * "launched missile attacks", "staged a protest": a verb that only carries the event its object names reports
         * none of its own.
         */
        boolean carriesAnotherEvent(int verb, EventKind kind) {
            if (!vocab.is("support", p.lemma(verb))) {
                return false;
            }
            List<Integer> objects = new ArrayList<>();
            for (int o : p.children(verb, "dobj")) {
                objects.add(o);
                objects.addAll(p.children(o, "conj"));
            }
            return objects.stream().anyMatch(o -> p.isNoun(o)
                    && readings(o).stream().anyMatch(t -> !t.kind().family().equals(kind.family())));
        }

        boolean possessivePronoun(int i) {
            return p.children(i, "poss").stream().anyMatch(k -> p.tag(k).equals("PRP$"));
        }

        /** The verb of the clause a noun's phrase belongs to, through prepositions and objects, or -1. */
        int clauseVerb(int i) {
            for (int k = p.head(i), steps = 0; k != Parse.ROOT && steps < 4; k = p.head(k), steps++) {
                if (p.isVerb(k) && !p.label(k).equals("prep")) { // "following", "including" head phrases here
                    return k;
                }
                if (!(p.isNoun(k) || p.label(k).equals("prep") || p.tag(k).equals("IN"))) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether a verb has the infinitive marker "to". */
        boolean infinitive(int k) {
            return p.children(k, "aux").stream().anyMatch(a -> p.lemma(a).equals("to"));
        }

        /** The noun a verb is the infinitive of ("plans to sign": plans), or -1. */
        int nounOfInfinitive(int k) {
            int h = p.head(k);
            return h != Parse.ROOT && p.label(k).equals("acl") && p.isNoun(h) && infinitive(k) ? h : -1;
        }

        /** Whether a verb is the infinitive of a noun ("plans to sign"), directly or through "to meet and sign". */
        boolean underIntentNoun(int v) {
            for (int k = v, steps = 0; k >= 0 && k != Parse.ROOT && steps < 3; k = p.head(k), steps++) {
                if (nounOfInfinitive(k) >= 0) {
                    return true;
                }
                if (!(p.label(k).equals("xcomp") || p.label(k).equals("conj"))) {
                    return false;
                }
            }
            return false;
        }

        /** A governing verb that reports an event of its own kind ("criticised the visit"), not a support verb. */
        boolean reportsOtherEvent(int governor, EventKind kind) {
            return !vocab.is("support", p.lemma(governor)) && readings(governor).stream()
                    .anyMatch(t -> !t.kind().family().equals(kind.family()));
        }

        /** What a relative pronoun stands for ("X, who was elected": X); any other word itself. */
        int relativeAntecedent(int k) {
            int clause = p.head(k);
            return p.tag(k).startsWith("W") && clause != Parse.ROOT && p.label(clause).equals("relcl")
                    && p.head(clause) != Parse.ROOT ? p.head(clause) : k;
        }

        /** The actors who are the subject of a verb, through control ("agreed to meet"), coordination and relatives. */
        List<String> subjectsOf(int v) {
            List<String> out = new ArrayList<>();
            for (int k = v, steps = 0; k != Parse.ROOT && steps < 3; steps++) {
                for (int s : p.children(k)) {
                    if (SUBJECTS.contains(p.label(s))) {
                        out.addAll(actorsOf(relativeAntecedent(s)));
                    }
                }
                if (!out.isEmpty() || p.children(k, "nsubj", "nsubjpass", "csubj", "expl").size() > 0) {
                    return out;
                }
                // a finite verb the parser left without a subject ("after X attended", read as a preposition's
                // object): the actors its left dependents name
                if (p.tag(k).equals("VBD") || p.tag(k).equals("VBZ") || p.tag(k).equals("VBP")) {
                    for (int c : p.children(k, "mark", "prep")) {
                        if (c < k) {
                            for (int o : p.children(c, "pobj")) {
                                out.addAll(actorsOf(o));
                            }
                        }
                    }
                    if (!out.isEmpty()) {
                        return out;
                    }
                }
                String rel = p.label(k);
                int h = p.head(k);
                if (h == Parse.ROOT) {
                    break;
                }
                if (rel.equals("relcl") || rel.equals("acl")) {
                    return actorsOf(h);
                }
                if (rel.equals("xcomp")) {
                    // "X invited Y to visit", "X urged Y to talk": the one asked does it, not the one asking
                    int complement = k;
                    List<Integer> askedWords = new ArrayList<>(p.children(h, "dobj"));
                    boolean asking = !askedWords.isEmpty() && vocab.effect("governor", p.lemma(h)).isPresent();
                    for (int prep : p.children(h, "prep")) { // "called on X to agree"
                        if (prep < complement && vocab.effect("governor", phrase(h, prep)).isPresent()) {
                            askedWords.addAll(p.children(prep, "pobj"));
                            asking = true;
                        }
                    }
                    askedWords.removeIf(d -> d > complement);
                    List<String> asked = new ArrayList<>();
                    askedWords.forEach(d -> asked.addAll(actorsOf(d)));
                    if (asking && !askedWords.isEmpty() || !asked.isEmpty()) {
                        return asked; // "urged both sides to talk": they, unnamed, not the one urging
                    }
                }
                // "X agreed to meet", "X met and signed", "X did A, sending B": the subject is the governing verb's
                boolean shared = rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl")
                        && (p.tag(k).equals("VBG") || infinitive(k));
                // "X left without signing", "X spoke after meeting Y": a gerund under a preposition of the clause
                if (rel.equals("pcomp") && p.tag(k).equals("VBG") && p.head(h) != Parse.ROOT && p.isVerb(p.head(h))) {
                    k = p.head(h);
                    continue;
                }
                if (!shared) {
                    break;
                }
                k = h;
            }
            return out;
        }

        /** What the prepositional phrases of a trigger (or its governing verb) add: partners, targets, place. */
        void prepositions(int head, EventKind kind, List<String> sources, List<String> targets, List<String> partners,
                          String[] place, boolean noun) {
            for (int prep : p.children(head, "prep", "agent")) {
                String w = p.lemma(prep);
                for (int o : p.children(prep, "pobj")) {
                    String where = placeOf(o);
                    if (w.equals("at") && kind.incident() && kind.directed() && !stateOf(o).isEmpty()) {
                        targets.addAll(stateOf(o)); // "fired rockets at X": the state aimed at, not where it happened
                        continue;
                    }
                    if (PLACE_PREPOSITIONS.contains(w) && where != null) {
                        if (place[0] == null) {
                            place[0] = where;
                        }
                        continue;
                    }
                    Mention named = doc.mentionAt(p.token(o).index());
                    if (PLACE_PREPOSITIONS.contains(w) && named != null && doc.isVenue(named)) {
                        continue; // "met at the White House": the building, not a party
                    }
                    List<String> actors = actorsOf(o);
                    if (actors.isEmpty()) {
                        if (w.equals("to") && where != null && place[0] == null && kind.ontologyClass().equals("Visit")) {
                            place[0] = where;
                        }
                        continue;
                    }
                    if (PARTNER_PREPOSITIONS.contains(w)) {
                        partners.addAll(actors);
                    } else if (w.equals("by") && !noun && byPhraseIsTheObjects(head)) {
                        continue;
                    } else if (w.equals("by") || w.equals("from")) {
                        sources.addAll(actors);
                    } else if (TARGET_PREPOSITIONS.contains(w)) {
                        targets.addAll(actors);
                        if (w.equals("to") && where != null && place[0] == null && kind.ontologyClass().equals("Visit")) {
                            place[0] = where;
                        }
                    } else if (noun && w.equals("of")) {
                        // "the killing of X" names the victim, "a visit of X" the visitor, "a meeting of X" those who meet
                        if (kind.directed() && !kind.ontologyClass().equals("Visit")) {
                            targets.addAll(actors);
                        } else {
                            sources.addAll(actors);
                        }
                    }
                }
            }
        }

        /**
         * A place named "in"/"at"/"near" anywhere in the trigger's clause, for when the parse attaches the phrase to
         * an argument rather than to the trigger ("talks with X in Y").
         */
        String placeInClause(int i, int governor) {
            Set<Integer> region = new HashSet<>(local(i));
            if (governor >= 0) {
                region.addAll(local(governor));
            }
            // verbs joined by "and" share their setting: "arrived at the port in X and opened fire"
            int verb = p.isVerb(i) ? i : governor;
            if (verb >= 0 && p.label(verb).equals("conj") && p.head(verb) != Parse.ROOT && p.isVerb(p.head(verb))) {
                region.addAll(local(p.head(verb)));
            }
            // "the attack came in retaliation for a strike on a consulate in X": X is where the strike was
            withoutOtherEvents(region, i, governor);
            for (int k = 0; k < p.size(); k++) {
                int h = p.head(k);
                if (region.contains(k) && p.label(k).equals("pobj") && h != Parse.ROOT
                        && PLACE_PREPOSITIONS.contains(p.lemma(h))) {
                    String place = placeOf(k) != null ? placeOf(k) : townNamingTheSite(k);
                    if (place != null) {
                        return place;
                    }
                }
            }
            return null;
        }

        /**
         * Who a measure acts on when a participle on its noun says it ("an embargo restricting imports from X", "sanctions
         * targeting X's banks", "a ban barring goods of X"): the actors of the participle's object and of the
         * prepositions on it or on its object, save "by" (the agent's).
         */
        List<String> actedOnByParticiple(int noun) {
            List<String> out = new ArrayList<>();
            for (int acl : p.children(noun, "acl")) {
                if (!p.tag(acl).equals("VBG")) {
                    continue;
                }
                List<Integer> heads = new ArrayList<>(List.of(acl));
                heads.addAll(p.children(acl, "dobj"));
                for (int h : heads) {
                    if (h != acl) {
                        out.addAll(actorsOf(h));
                    }
                    for (int prep : p.children(h, "prep")) {
                        if (p.lemma(prep).equals("by")) {
                            continue;
                        }
                        for (int o : p.children(prep, "pobj")) {
                            out.addAll(actorsOf(o));
                        }
                    }
                }
            }
            return dedupe(out);
        }

        /**
         * Whether the words around the trigger read it in a sense the contract leaves out (event-cues.tsv): violence
         * done to an idea ("would invade the privacy of", "an assault on democracy"), a sports discipline ("won bronze
         * in shooting"), campaign money ("donated to the senator's campaign", "campaign contributions"), a device
         * ("a sleep aid"), a broadcast ("met in a televised debate").
         */
        boolean outsideThePoliticalSense(int i, EventKind kind) {
            if (inTheNameOfAnOffice(i)) {
                return true;
            }
            switch (kind.family()) {
                case "attack", "assault" -> {
                    for (int o : actedOn(i)) {
                        if (vocab.is("figure", p.lemma(o))) {
                            return true;
                        }
                    }
                    // "fans clashed with police", "clashes between rival fans"
                    List<Integer> doers = new ArrayList<>(p.children(i, "nsubj"));
                    for (int prep : p.children(i, "prep")) {
                        if (p.lemma(prep).equals("between") || p.lemma(prep).equals("among")) {
                            doers.addAll(p.children(prep, "pobj"));
                        }
                    }
                    if (doers.stream().anyMatch(k -> vocab.is("spectator", p.lemma(k)))) {
                        return true;
                    }
                    // "won bronze in shooting", "competes in boxing"
                    int prep = p.head(i);
                    if ((p.label(i).equals("pobj") || p.label(i).equals("pcomp")) && prep != Parse.ROOT
                            && p.lemma(prep).equals("in") && p.head(prep) != Parse.ROOT
                            && vocab.is("contest", p.lemma(p.head(prep)))) {
                        return true;
                    }
                    return broadcast(i); // "clashed over taxes during a televised debate"
                }
                case "aid" -> {
                    if (p.isNoun(i) && p.children(i, "compound", "amod").stream()
                            .anyMatch(k -> vocab.is("device", p.lemma(k)))) {
                        return true; // "a sleep aid", "hearing aids"
                    }
                    List<Integer> money = new ArrayList<>(p.children(i, "compound"));
                    for (int prep : p.children(i, "prep")) {
                        if (p.lemma(prep).equals("to") || p.lemma(prep).equals("for")) {
                            for (int o : p.children(prep, "pobj")) {
                                // a candidate's campaign, not a campaign against malaria
                                boolean candidates = p.children(o, "poss", "compound").stream().anyMatch(m -> {
                                    Mention n = doc.mentionAt(p.token(m).index());
                                    return n != null && n.type() == MentionType.PERSON;
                                });
                                if (candidates) {
                                    money.add(o);
                                }
                            }
                        }
                    }
                    return money.stream().anyMatch(k -> vocab.is("campaign", p.lemma(k)));
                }
                case "meeting" -> {
                    return broadcast(i);
                }
                default -> {
                    return false;
                }
            }
        }

        /**
         * A capitalised event noun in the name of an office or a body ("the Minister for Development Aid", "the
         * Commission on Elections"): what the office deals with, not an event.
         */
        boolean inTheNameOfAnOffice(int i) {
            if (!p.isNoun(i) || !Character.isUpperCase(p.token(i).text().charAt(0)) || p.head(i) == Parse.ROOT) {
                return false;
            }
            int k = i;
            while (p.head(k) != Parse.ROOT && (p.label(k).equals("compound") || p.label(k).equals("conj"))) {
                k = p.head(k);
            }
            int prep = p.head(k);
            return p.label(k).equals("pobj") && prep != Parse.ROOT && p.head(prep) != Parse.ROOT
                    && Set.of("for", "of", "on").contains(p.lemma(prep)) && vocab.is("office", p.lemma(p.head(prep)));
        }

        /** A broadcast the trigger is or happens in: "a televised debate", "during a radio debate". */
        boolean broadcast(int i) {
            List<Integer> words = new ArrayList<>(p.children(i, "amod", "compound"));
            for (int prep : p.children(i, "prep")) {
                if (BROADCAST_PREPOSITIONS.contains(p.lemma(prep))) {
                    for (int o : p.children(prep, "pobj")) {
                        words.add(o);
                        words.addAll(p.children(o, "amod", "compound"));
                    }
                }
            }
            return words.stream().anyMatch(k -> vocab.is("broadcast", p.lemma(k)));
        }

        /** What a trigger is done to: a verb's object, a preposition of aim on it ("an assault on X"). */
        List<Integer> actedOn(int i) {
            List<Integer> out = new ArrayList<>(p.children(i, "dobj", "nsubjpass"));
            for (int prep : p.children(i, "prep")) {
                if (p.lemma(prep).equals("on") || p.lemma(prep).equals("against")) {
                    out.addAll(p.children(prep, "pobj"));
                }
            }
            return out;
        }

        /**
         * The town a site is named by, "at Kandahar airport", "near the Mosul bridge": a place in the compound; a state
         * there is not where the site is ("at the Pakistan embassy").
         */
        String townNamingTheSite(int site) {
            return placeAmong(p.children(site, "compound"));
        }

        /** The first of these words that a place mention (a town or region, not a state) covers, or null. */
        String placeAmong(List<Integer> words) {
            for (int c : words) {
                Mention m = doc.mentionAt(p.token(c).index());
                if (m != null && m.type() == MentionType.PLACE) {
                    return m.entityKey();
                }
            }
            return null;
        }

        /**
         * A town or region named inside the event noun's own phrase, as news names incidents by where they happened:
         * "the Lyon shooting", "the Kabul airport bombing" (through the compound it modifies). Only for incidents: a
         * deal or talks named so may be named by their subject ("the Baltic grain deal"), and a state there is no
         * place but a party ("the Ukraine invasion"), left to the roles.
         */
        String placeNamingTheNoun(int i) {
            if (p.isVerb(i)) {
                return null;
            }
            List<Integer> modifiers = new ArrayList<>(p.children(i, "compound", "nmod"));
            for (int c : List.copyOf(modifiers)) {
                modifiers.addAll(p.children(c, "compound"));
            }
            return placeAmong(modifiers);
        }

        /** Actor mentions in the trigger's clause (and its verb's) that are not inside another trigger's clause. */
        List<String> actorsInClause(int i, int governor, EventKind kind) {
            int v = p.isVerb(i) ? i : governor >= 0 ? governor : clauseVerb(i);
            Set<Integer> region = new HashSet<>(local(i));
            // who calls for a truce or condemns a raid is no party to it (who threatens sanctions or pledges aid is)
            if (v >= 0 && (v == i || !tellsOthersDeeds(v))) {
                region.addAll(local(v));
            }
            // "dropped after criticism that it glorified X's past": what the noun's clause says is its content (a
            // relative clause may still name who took part: "the talks that X hosted")
            for (int c : p.children(i)) {
                if (!p.isVerb(i) && (p.label(c).equals("acl") || p.label(c).equals("ccomp"))) {
                    region.removeAll(p.subtree(c));
                }
            }
            withoutOtherEvents(region, i, v);
            List<String> out = new ArrayList<>();
            for (int k = 0; k < p.size(); k++) {
                Mention m = doc.mentionAt(p.token(k).index());
                if (region.contains(k) && m != null && doc.isActor(m) && !doc.isVenue(m)
                        && !isObjectOfPlacePreposition(k)) {
                    out.add(m.entityKey());
                }
            }
            return dedupe(out);
        }

        /** Whether a word reports a pledge or a threat: the event it names is its subject's own to come. */
        boolean commitsTo(int k) {
            return readings(k).stream().anyMatch(t -> t.kind().objectDeed() == EventKind.ObjectDeed.OWN);
        }

        /** Whether a word reports an appeal, demand, condemnation or protest: the event it names is others'. */
        boolean tellsOthersDeeds(int k) {
            return readings(k).stream().anyMatch(t -> t.kind().objectDeed() == EventKind.ObjectDeed.OTHERS);
        }

        /** Takes out of a region the phrases of the other triggers that do not hold the trigger (nor its own verb). */
        void withoutOtherEvents(Set<Integer> region, int trigger, int verb) {
            for (int other : triggerTokens()) {
                if (other != trigger && other != verb && !p.dominates(other, trigger)) {
                    region.removeAll(p.subtree(other));
                }
            }
        }

        boolean isObjectOfPlacePreposition(int k) {
            int h = p.head(k);
            return h != Parse.ROOT && p.label(k).equals("pobj") && PLACE_PREPOSITIONS.contains(p.lemma(h));
        }

        /** The actors a noun phrase names: its own name, the names of its modifiers ("the ministry of X"), conjuncts. */
        List<String> actorsOf(int j) {
            List<String> out = new ArrayList<>();
            collectActors(j, out, 0);
            return dedupe(out);
        }

        /**
         * "China said it would attend", "Chile and Peru said they would meet": the subject of a clause said by a state
         * or a body is that speaker. "It" stands for one that is no person, "they" for several.
         */
        List<String> speakerOfTheClause(int pronoun, int depth) {
            int clause = p.head(pronoun);
            if (clause == Parse.ROOT || !p.label(clause).equals("ccomp") || p.head(clause) == Parse.ROOT) {
                return List.of();
            }
            List<String> speakers = new ArrayList<>();
            for (int s : p.children(p.head(clause), "nsubj")) {
                collectActors(s, speakers, depth + 1);
            }
            boolean it = p.lemma(pronoun).equals("it");
            if (it ? speakers.size() != 1 || speakers.get(0).startsWith("person/") : speakers.size() < 2) {
                return List.of();
            }
            return speakers;
        }

        void collectActors(int j, List<String> out, int depth) {
            if (depth > 3) {
                return;
            }
            Mention m = doc.mentionAt(p.token(j).index());
            String person = m == null ? doc.personBefore(p.token(j).index()) : null;
            if (m != null) {
                if (doc.isActor(m) || m.type() == MentionType.NORP) {
                    out.add(m.entityKey());
                }
            } else if (person != null) {
                out.add(person);
            } else if (p.label(j).equals("nsubj") && (p.lemma(j).equals("it") || p.lemma(j).equals("they"))) {
                out.addAll(speakerOfTheClause(j, depth));
            } else if (p.isNoun(j) && vocab.is("group", p.lemma(j))
                    && p.children(j, "det").stream().anyMatch(d -> p.lemma(d).equals("the"))) {
                String body = doc.organisationNamedBefore(p.token(j).index()); // "the bloc imposed sanctions"
                if (body != null) {
                    out.add(body);
                }
            } else if (p.isNoun(j)) {
                for (int k : p.children(j)) {
                    String rel = p.label(k);
                    Mention mk = doc.mentionAt(p.token(k).index());
                    if ((rel.equals("compound") || rel.equals("nmod") || rel.equals("amod") || rel.equals("poss"))
                            && mk != null && (doc.isActor(mk) || mk.type() == MentionType.NORP)) {
                        out.add(mk.entityKey());
                    } else if (rel.equals("prep") && (p.lemma(k).equals("of") || p.lemma(k).equals("from"))) {
                        for (int o : p.children(k, "pobj")) {
                            collectActors(o, out, depth + 1);
                        }
                    }
                }
            }
            for (int k : p.children(j, "conj", "appos")) {
                collectActors(k, out, depth + 1);
            }
        }

        /**
         * The place a phrase names (a place, or a state named as where), or null; through a settlement noun's "of" phrase
         * or apposition ("the town of X", "the capital, X").
         */
        String placeOf(int j) {
            String named = namedPlace(j);
            if (named != null || !vocab.is("settlement", p.lemma(j))) {
                return named;
            }
            List<Integer> naming = new ArrayList<>(p.children(j, "appos"));
            for (int prep : p.children(j, "prep")) {
                if (p.lemma(prep).equals("of")) {
                    naming.addAll(p.children(prep, "pobj"));
                }
            }
            return naming.stream().map(this::namedPlace).filter(Objects::nonNull).findFirst().orElse(null);
        }

        private String namedPlace(int j) {
            Mention m = doc.mentionAt(p.token(j).index());
            return m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.STATE) ? m.entityKey() : null;
        }

        List<String> stateOf(int j) {
            Mention m = doc.mentionAt(p.token(j).index());
            return m != null && m.type() == MentionType.STATE ? List.of(m.entityKey()) : List.of();
        }

        boolean meets(Requirement r, EventKind kind, int i, List<String> targets, List<String> sources,
                      List<String> partners) {
            return switch (r) {
                case NONE -> true;
                case ACTOR -> !(sources.isEmpty() && targets.isEmpty() && partners.isEmpty());
                // "struck a convoy in X", "fired mortars at a market": armed people or weapons make it violence
                case ACTOR_OBJECT -> !targets.isEmpty() || !partners.isEmpty()
                        || kind.incident() && kind.directed() && p.isVerb(i) && (aimedAtPlace(i) || military(i));
                // "fired the minister", not "fired rockets at X": the one acted on is the object itself
                // "dismissed the X report" dismisses what X said, not X
                case OBJECT -> p.isVerb(i) ? p.children(i, "dobj", "nsubjpass").stream()
                        .filter(o -> !vocab.is("utterance", p.lemma(o)))
                        .anyMatch(o -> actorsOf(relativeAntecedent(o)).stream().anyMatch(a -> !sources.contains(a)))
                        : !targets.isEmpty() || !partners.isEmpty();
                case MILITARY -> military(i);
                case CONCLUDED -> concluded(i);
                case COMPLEMENT -> complemented(i);
                // "students demonstrated in X", not "the test demonstrated its range" or "demonstrated that"
                case INTRANSITIVE -> !p.isVerb(i) || p.children(i, "dobj", "ccomp", "xcomp", "nsubjpass").isEmpty();
                // "refused the offer", not "refused to comment" (the act refused did not happen; no act of refusing)
                case NOMINAL -> !p.isVerb(i) || p.children(i, "xcomp", "ccomp").isEmpty()
                        && !p.children(i, "dobj", "nsubjpass").isEmpty();
                // "protesters marched in X", "thousands of demonstrators gathered": not "troops marched"
                case PROTESTERS -> p.isVerb(i) && p.children(i, "nsubj").stream().anyMatch(this::protesters);
            };
        }

        /** "protesters", "thousands of demonstrators": people who protest, counted or not. */
        boolean protesters(int subject) {
            if (vocab.is("protester", p.lemma(subject))) {
                return true;
            }
            for (int of : p.children(subject, "prep")) {
                if (p.lemma(of).equals("of")
                        && p.children(of, "pobj").stream().anyMatch(o -> vocab.is("protester", p.lemma(o)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a verb says what it is about: "agreed to talk", "agreed on a truce", "agreed a deal", "it was agreed
         * that"; "X agreed, saying ..." or "agreed with the assessment" only concur.
         */
        boolean complemented(int i) {
            if (!p.isVerb(i) || !p.children(i, "xcomp", "ccomp", "dobj", "nsubjpass").isEmpty()
                    || p.label(i).equals("acl")) {
                return true; // "the declaration agreed with X": the noun is what was agreed
            }
            // "agreed with X": with a party, not with a view
            return p.children(i, "prep").stream().anyMatch(k -> AGREED_ON.contains(p.lemma(k))
                    || p.lemma(k).equals("with") && p.children(k, "pobj").stream().anyMatch(o -> !actorsOf(o).isEmpty()));
        }

        /**
         * "launched missiles at X", "fired rockets towards X", "launched drones against targets": aimed at an actor or a
         * place, or against anything ("at dawn" is no aim).
         */
        boolean aimedAtActorOrPlace(int i) {
            return !objectsOf(i, Set.of("against")).isEmpty() || objectsOf(i, Set.of("at", "toward", "towards"))
                    .stream().anyMatch(o -> placeOf(o) != null || !actorsOf(o).isEmpty());
        }

        /** The objects of a word's prepositions among these. */
        List<Integer> objectsOf(int i, Set<String> prepositions) {
            List<Integer> out = new ArrayList<>();
            for (int prep : p.children(i, "prep")) {
                if (prepositions.contains(p.lemma(prep))) {
                    out.addAll(p.children(prep, "pobj"));
                }
            }
            return out;
        }

        /** "struck Kharkiv", "fired shells at Kharkiv": an act of violence aimed at a town names its target. */
        boolean aimedAtPlace(int i) {
            List<Integer> aimed = new ArrayList<>(p.children(i, "dobj", "nsubjpass"));
            aimed.addAll(objectsOf(i, AIMED_PREPOSITIONS));
            return aimed.stream().anyMatch(o -> placeOf(o) != null);
        }

        /**
         * A document noun ("the deal", "a treaty") reports an agreement only where the sentence has it made: a verb of
         * concluding holds it ("signed a treaty", "the deal was reached", "agreed on a truce"), a clause on it says so
         * ("the pact brokered by X"), or a date names it ("the 2019 accord"). "Discussed the deal" or "violated the
         * accord" speak of a document, not of its making.
         */
        boolean concluded(int i) {
            if (p.isVerb(i)) {
                return true;
            }
            int h = p.head(i);
            String rel = p.label(i);
            if (h != Parse.ROOT && p.isVerb(h) && (rel.equals("dobj") || rel.equals("nsubjpass"))
                    && vocab.is("conclude", p.lemma(h))) {
                return true;
            }
            if (h != Parse.ROOT && rel.equals("pobj") && p.head(h) != Parse.ROOT && p.isVerb(p.head(h))
                    && vocab.is("conclude", p.lemma(p.head(h)))) {
                return true; // "agreed on a ceasefire"
            }
            for (int c : p.children(i, "acl", "relcl")) {
                if (vocab.is("conclude", p.lemma(c))) {
                    return true;
                }
            }
            // a date before the noun names it ("the 2019 accord"); one after it may be the verb's ("discussed the
            // accord on Monday")
            return datedWithin(i, p.token(i).start());
        }

        /** "vowed to strike", "pledged retaliation": what the trigger commits to is an act of violence. */
        boolean commitsToViolence(int i) {
            for (int c : p.children(i, "xcomp", "ccomp", "dobj")) {
                for (Trigger t : vocab.triggers(p.lemma(c), p.isVerb(c))) {
                    if (t.kind().incident() && t.kind().directed()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "killed in a crash", "died after an explosion": the trigger's phrases name an accident. */
        boolean accident(int i) {
            for (int prep : p.children(i, "prep", "agent")) {
                for (int o : p.children(prep, "pobj")) {
                    if (vocab.is("accident", p.lemma(o))) {
                        return true;
                    }
                }
            }
            return p.children(i, "nsubj", "nsubjpass").stream().anyMatch(k -> vocab.is("accident", p.lemma(k)));
        }

        /** A military word in the trigger's phrase or its verb's, or an attack's "on"/"against" phrase. */
        boolean military(int i) {
            Set<Integer> near = new HashSet<>(p.subtree(i));
            int h = p.head(i);
            if (h != Parse.ROOT) {
                near.addAll(p.children(h));
                near.add(h);
            }
            for (int k : near) {
                if (vocab.is("military", p.lemma(k)) || vocab.is("military", p.token(k).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            // "a strike on the port", not "exploded on Friday"
            return p.children(i, "prep").stream().filter(k -> p.lemma(k).equals("on") || p.lemma(k).equals("against"))
                    .flatMap(k -> p.children(k, "pobj").stream()).anyMatch(o -> !isTime(o));
        }

        boolean isTime(int k) {
            int at = p.token(k).start();
            return doc.times().stream().anyMatch(t -> t.span().start() <= at && at < t.span().end());
        }

        /**
         * What the sentence says of the event: empty when it says there is none ("to prevent an attack"). The
         * trigger's own auxiliaries and negations, then the verbs that govern it, nearest first; a negation wins.
         */
        Optional<Modality> modality(int i, boolean verb, int governor) {
            List<Integer> chain = new ArrayList<>();
            chain.add(i);
            int k = verb ? i : governor;
            if (!verb && governor >= 0) {
                chain.add(governor);
            }
            // nouns whose infinitive tells what is intended ("its plans to sign", "efforts to broker a deal")
            Set<Integer> intentNouns = new HashSet<>();
            for (int steps = 0; k >= 0 && steps < 3; steps++) {
                String rel = p.label(k);
                int h = p.head(k);
                int intentNoun = nounOfInfinitive(k);
                if (intentNoun >= 0) {
                    intentNouns.add(intentNoun);
                    chain.add(intentNoun);
                    break;
                }
                if (h == Parse.ROOT || !(rel.equals("xcomp") || rel.equals("ccomp") && steps == 0
                        || rel.equals("advcl") && infinitive(k)
                        || rel.equals("dobj") || rel.equals("pcomp") || rel.equals("pobj") || rel.equals("prep"))) {
                    break;
                }
                chain.add(h);
                k = h;
            }
            if (k >= 0 && calledOff(k)) {
                return Optional.of(Modality.NEGATED);
            }
            if (verb && deniedArgument(i)) {
                return Optional.of(Modality.NEGATED);
            }
            Modality described = verb ? null : describedModality(i);
            if (described != null) {
                return Optional.of(described);
            }
            Modality found = null;
            for (int c : chain) {
                if (c != i && p.label(c).equals("prep") && vocab.is("negation", p.lemma(c))) {
                    return Optional.of(Modality.NEGATED); // "left without signing the deal"
                }
                if (c != i && !verb && c == governor && vocab.has("governor", p.lemma(c), Effect.FACTIVE)
                        && particular(i)) {
                    // "would have condemned the March 3 attacks": what is condemned happened, whatever is said of
                    // the condemning
                    break;
                }
                for (int d : p.children(c)) {
                    String rel = p.label(d);
                    String word = p.token(d).text().toLowerCase(Locale.ROOT);
                    if (rel.equals("neg") && vocab.is("negation", word)) {
                        return Optional.of(Modality.NEGATED);
                    }
                    if (found == null && (rel.equals("aux") || rel.equals("auxpass"))) {
                        found = vocab.effect("aux", word).map(SyntacticEvents::modalityOf).orElse(null);
                        if (found != null && counterfactual(c)) {
                            found = Modality.HYPOTHETICAL; // "would have signed": what did not come to pass
                        }
                    }
                    if (found == null && rel.equals("mark")) {
                        found = vocab.effect("mark", word).map(SyntacticEvents::modalityOf).orElse(null);
                    }
                    if (c == i && !verb && (rel.equals("amod") || rel.equals("det") || rel.equals("nmod"))) {
                        Optional<Effect> e = vocab.effect("modifier", word);
                        if (e.isPresent() && e.get() == Effect.NEGATED) {
                            return Optional.of(Modality.NEGATED);
                        }
                        if (found == null && e.isPresent()) {
                            found = modalityOf(e.get());
                        }
                    }
                }
                if (c != i && (p.isVerb(c) || intentNouns.contains(c))) {
                    Optional<Effect> e = governorEffect(c, i);
                    if (e.isPresent()) {
                        if (e.get() == Effect.FACTIVE) {
                            return Optional.empty();
                        }
                        if (e.get() == Effect.NOT_AN_EVENT) {
                            return Optional.empty();
                        }
                        if (e.get() == Effect.NEGATED) {
                            return Optional.of(Modality.NEGATED);
                        }
                        if (found == null) {
                            found = modalityOf(e.get());
                        }
                    }
                }
            }
            return Optional.of(found == null ? Modality.ASSERTED : found);
        }

        /** A verb with its particle or preposition as the data files write it: "call for". */
        String phrase(int verb, int particle) {
            return p.lemma(verb) + " " + p.token(particle).text().toLowerCase(Locale.ROOT);
        }

        /**
         * What a governing verb says of the event below it: read with the preposition that holds the trigger first
         * ("called for a truce" wants one; "called the truce fragile" does not).
         */
        Optional<Effect> governorEffect(int verb, int trigger) {
            for (int prep : p.children(verb, "prep")) {
                if (p.dominates(prep, trigger)) {
                    Optional<Effect> phrasal = vocab.effect("governor", phrase(verb, prep));
                    if (phrasal.isPresent() || !COMPLEMENT_PREPOSITIONS.contains(p.lemma(prep))) {
                        // "at talks in Rome, they agreed to ...": the talks are where the agreeing was, not agreed
                        return phrasal;
                    }
                }
            }
            // "called on both sides to agree to a truce": the phrase governs the infinitive after its object
            boolean infinitive = p.children(verb, "xcomp").stream().anyMatch(x -> p.dominates(x, trigger));
            for (int prep : infinitive ? p.children(verb, "prep") : List.<Integer>of()) {
                Optional<Effect> phrasal = vocab.effect("governor", phrase(verb, prep));
                if (phrasal.isPresent()) {
                    return phrasal;
                }
            }
            // "called for X to be arrested": the preposition is the mark of the clause it governs
            for (int clause : p.children(verb, "advcl", "ccomp", "xcomp")) {
                if (!p.dominates(clause, trigger)) {
                    continue;
                }
                for (int mark : p.children(clause, "mark")) {
                    Optional<Effect> phrasal = vocab.effect("governor", phrase(verb, mark));
                    if (phrasal.isPresent()) {
                        return phrasal;
                    }
                }
            }
            return vocab.effect("governor", p.lemma(verb));
        }

        /**
         * The words a verb may form a phrase with: its particle, preposition or fixed object ("called on", "opened
         * fire"), and the mark of a clause it governs ("called for X to be arrested").
         */
        List<Integer> particles(int verb) {
            List<Integer> out = new ArrayList<>(p.children(verb, "prep", "prt", "advmod", "dobj"));
            for (int clause : p.children(verb, "advcl", "ccomp", "xcomp")) {
                out.addAll(p.children(clause, "mark"));
            }
            return out;
        }

        /** A noun phrase naming one particular event: an actor or a date inside it ("the March 3 attacks by X"). */
        boolean particular(int noun) {
            for (int k : clauseWithoutNested(noun)) {
                if (k == noun) {
                    continue;
                }
                Mention m = doc.mentionAt(p.token(k).index());
                if (m != null && doc.isActor(m)) {
                    return true;
                }
            }
            Set<Integer> phrase = clauseWithoutNested(noun);
            return datedWithin(noun, p.token(java.util.Collections.max(phrase)).end());
        }

        /** Whether a resolved date lies in the noun's phrase, from its first word up to {@code end}. */
        boolean datedWithin(int noun, int end) {
            int start = p.token(java.util.Collections.min(clauseWithoutNested(noun))).start();
            for (TimeValue t : doc.times()) {
                if (t.span().start() >= start && t.span().end() <= end && t.isResolved()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A clause on a gathering that was called off: "the ceremony at which they were to sign the pact was cancelled"
         * says the signing did not happen.
         */
        boolean calledOff(int clause) {
            if (!(p.label(clause).equals("relcl") || p.label(clause).equals("acl")) || p.head(clause) == Parse.ROOT) {
                return false;
            }
            // "a dinner set for Friday where they were to sign": the clause may hang on a phrase of the gathering's noun
            int noun = p.head(clause);
            for (int steps = 0; noun != Parse.ROOT && steps < 5; steps++) {
                int verb = p.head(noun);
                String rel = p.label(noun);
                if (verb == Parse.ROOT) {
                    return false;
                }
                if (p.isVerb(verb) && (rel.equals("nsubjpass") || rel.equals("dobj") || rel.equals("nsubj"))) {
                    return vocab.has("governor", p.lemma(verb), Effect.NEGATED);
                }
                if (!(rel.equals("pobj") || rel.equals("prep") || rel.equals("acl") || rel.equals("appos"))) {
                    return false;
                }
                noun = verb;
            }
            return false;
        }

        /** The sentence's main verb is in the past: "was cancelled", "failed", "did not sign". */
        boolean toldInThePast() {
            for (int k = 0; k < p.size(); k++) {
                if (p.head(k) != Parse.ROOT) {
                    continue;
                }
                if (p.tag(k).equals("VBD")) {
                    return true;
                }
                for (int a : p.children(k, "aux", "auxpass")) {
                    if (p.tag(a).equals("VBD")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A modal perfect ("would have", "could have" + participle): what might have been, not what will be. */
        boolean counterfactual(int verb) {
            boolean modal = false;
            boolean have = false;
            for (int a : p.children(verb, "aux")) {
                String w = p.token(a).text().toLowerCase(Locale.ROOT);
                modal |= vocab.effect("aux", w).isPresent();
                have |= p.lemma(a).equals("have");
            }
            return modal && have && p.tag(verb).equals("VBN");
        }

        /** The time expression of the trigger's own clause (or of the verb that governs it), nearest to the trigger. */
        TimeValue time(int i, boolean verb, int governor, boolean sentenceFallback) {
            Set<Integer> region = clauseWithoutNested(i);
            Set<Integer> notOurs = new HashSet<>();
            if (!verb) {
                // "talks that began in May", "the deal, brokered in 2022": a clause on the event's noun dates it
                for (int c : p.children(i, "relcl", "acl")) {
                    region.addAll(clauseWithoutNested(c));
                }
            } else {
                // "agreed to meet in October": the month is the meeting's; the agreeing is dated on its own
                for (int c : p.children(i, "xcomp")) {
                    if (p.isVerb(c)) {
                        notOurs.addAll(p.subtree(c));
                    }
                }
            }
            if (governor >= 0) {
                region.addAll(clauseWithoutNested(governor));
            } else if (verb && (p.label(i).equals("xcomp") || p.label(i).equals("conj")) && p.head(i) != Parse.ROOT) {
                region.addAll(clauseWithoutNested(p.head(i)));
            }
            // "condemned the May 5 attacks": the date is the attacks', not the condemnation's
            for (int other : triggerTokens()) {
                if (other != i && other != governor && region.contains(other) && p.isNoun(other)
                        && !p.dominates(other, i)) {
                    notOurs.addAll(p.subtree(other));
                }
            }
            region.removeAll(notOurs);
            TimeValue own = nearestTime(i, region, notOurs, false);
            return own != null || !sentenceFallback ? own : nearestTime(i, region, notOurs, true);
        }

        /**
         * A word's clause without the clauses nested anywhere in its arguments: "demanded the release of the envoy, who
         * was held since Monday" is not dated Monday.
         */
        Set<Integer> clauseWithoutNested(int head) {
            Set<Integer> out = new HashSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
            while (!todo.isEmpty()) {
                int k = todo.pop();
                out.add(k);
                for (int c : p.children(k)) {
                    if (!CLAUSES.contains(p.label(c)) && !(p.label(c).equals("conj") && p.isVerb(c))) {
                        todo.push(c);
                    }
                }
            }
            return out;
        }

        /**
         * The time expression nearest the trigger within its region; or, as a fallback, one of the sentence that no
         * other trigger's clause holds ("On Friday, X hosted Y, who arrived for talks"), a month or a day only.
         */
        TimeValue nearestTime(int i, Set<Integer> own, Set<Integer> notOurs, boolean fallback) {
            Set<Integer> region = own;
            if (fallback) {
                region = new HashSet<>();
                for (int k = 0; k < p.size(); k++) {
                    region.add(k);
                }
                region.removeAll(notOurs);
                for (int other : triggerTokens()) {
                    Set<Integer> theirs = local(other);
                    if (other != i && !theirs.contains(i)) {
                        region.removeAll(theirs);
                    }
                }
                // "X, who runs for re-election in May, met Y": a clause telling another event dates only that one
                for (int k = 0; k < p.size(); k++) {
                    int clause = k;
                    if (CLAUSES.contains(p.label(clause)) && !p.dominates(clause, i)
                            && triggerTokens().stream().anyMatch(t -> t != i && p.dominates(clause, t))) {
                        region.removeAll(p.subtree(clause));
                    }
                }
            }
            TimeValue best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeValue t : doc.times()) {
                if (!p.sentence().span().contains(t.span())
                        || fallback && (!t.isResolved() || t.precision() == TimeValue.Precision.YEAR)) {
                    continue;
                }
                boolean inside = true;
                int distance = Integer.MAX_VALUE;
                for (int k = 0; k < p.size(); k++) {
                    Token tok = p.token(k);
                    if (tok.start() < t.span().end() && tok.end() > t.span().start()) {
                        // "attacks since May 2": where a run of events began, not the day of any one of them
                        inside &= region.contains(k) && !(p.head(k) != Parse.ROOT && p.label(k).equals("pobj")
                                && vocab.is("background", p.lemma(p.head(k))));
                        distance = Math.min(distance, Math.abs(k - i));
                    }
                }
                if (inside && distance != Integer.MAX_VALUE
                        && (best == null || t.isResolved() && !best.isResolved() || distance < bestDistance
                        && t.isResolved() == best.isResolved())) {
                    best = t;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** The tokens of the sentence that may report an event. */
        List<Integer> triggerTokens() {
            if (triggerTokens == null) {
                triggerTokens = new ArrayList<>();
                for (int k = 0; k < p.size(); k++) {
                    if (!readings(k).isEmpty()) {
                        triggerTokens.add(k);
                    }
                }
            }
            return triggerTokens;
        }

        /** A head's subtree without its clauses and coordinated verbs, which say things of other events. */
        Set<Integer> local(int head) {
            Set<Integer> out = new HashSet<>();
            out.add(head);
            for (int c : p.children(head)) {
                if (CLAUSES.contains(p.label(c)) || p.label(c).equals("conj") && p.isVerb(c)) {
                    continue;
                }
                out.addAll(p.subtree(c));
            }
            return out;
        }
    }

    private static Modality modalityOf(Effect e) {
        return switch (e) {
            case PLANNED -> Modality.PLANNED;
            case HYPOTHETICAL -> Modality.HYPOTHETICAL;
            case NEGATED -> Modality.NEGATED;
            case NOT_AN_EVENT, FACTIVE -> throw new IllegalArgumentException("not a modality: " + e);
        };
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** What an organ of a body does, the body does: "the Union's Council condemned X" is the Union condemning X too. */
    static List<String> withParents(FactDocument doc, List<String> keys) {
        List<String> out = new ArrayList<>(keys);
        for (String k : keys) {
            String parent = doc.parentOrganisation(k);
            if (parent != null && !out.contains(parent)) {
                out.add(parent);
            }
        }
        return out;
    }

    static List<String> dedupe(List<String> keys) {
        return new ArrayList<>(new LinkedHashSet<>(keys));
    }

    /** Every form a trigger lemma may take in text: its regular inflections and the listed irregular ones. */
}
