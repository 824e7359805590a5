package org.diplograph.extract.facts;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplograph.registry.CameoCompiler;
import org.diplograph.vocab.DataFiles;

/**
 * The words of events, read from {@code lang/en/event-classes.tsv}, {@code event-triggers.tsv} and
 * {@code event-cues.tsv}: which lemma of which part of speech reports which kind of event, and which words around a
 * trigger make it planned, hypothetical, negated or no event at all.
 */
public final class EventVocabulary {

    /** What a cue word does to the event it bears on. */
    /**
     * What a cue does to the event. FACTIVE: a governor that takes its object's event as having happened ("condemned
     * the attack") when the object names a particular one, by its actors or its date; otherwise, as NOT_AN_EVENT,
     * the object is no report ("condemned attacks on civilians").
     */
    public enum Effect { PLANNED, HYPOTHETICAL, NEGATED, NOT_AN_EVENT, FACTIVE }

    /** A condition a trigger's sentence must meet (see event-triggers.tsv). */
    public enum Requirement {
        NONE, MILITARY, ACTOR_OBJECT, OBJECT, ACTOR, CONCLUDED, COMPLEMENT, INTRANSITIVE, NOMINAL, PROTESTERS
    }

    /** One reading of a trigger lemma. */
    public record Trigger(String lemma, boolean verb, EventKind kind, Requirement requires) {
    }

    private static final String DIR = "lang/en/";
    private static volatile EventVocabulary bundled;

    private final ImmutableMap<String, EventKind> kinds;
    private final ImmutableListMultimap<String, Trigger> triggers;
    private final ImmutableSetMultimap<String, String> cueRoles;
    private final ImmutableMap<String, Effect> effects;

    EventVocabulary(ImmutableMap<String, EventKind> kinds, ImmutableListMultimap<String, Trigger> triggers,
                    ImmutableSetMultimap<String, String> cueRoles, ImmutableMap<String, Effect> effects) {
        this.kinds = kinds;
        this.triggers = triggers;
        this.cueRoles = cueRoles;
        this.effects = effects;
    }

    public static EventVocabulary bundled() {
        EventVocabulary v = bundled;
        if (v == null) {
            synchronized (EventVocabulary.class) {
                if (bundled == null) {
                    bundled = read();
                }
                v = bundled;
            }
        }
        return v;
    }

    /** A row's optional column: its text, or null when the row stops before it or leaves it empty. */
    private static String column(String[] row, int k) {
        return row.length > k && !row[k].isEmpty() ? row[k] : null;
    }

    private static EventVocabulary read() {
        ImmutableMap.Builder<String, EventKind> kinds = ImmutableMap.builder();
        for (String[] row : rows("event-classes.tsv", 8)) {
            String cameo = row[1].isEmpty() ? null : row[1];
            kinds.put(row[0], new EventKind(row[0], cameo, cameo == null ? null : CameoCompiler.ploverCategory(cameo),
                    row[2].equals("yes"), row[3].equals("yes"), row[4], column(row, 5), row[6].equals("yes"),
                    column(row, 7), column(row, 8), column(row, 9) == null ? EventKind.ObjectDeed.NONE
                            : EventKind.ObjectDeed.valueOf(column(row, 9).toUpperCase(Locale.ROOT)), column(row, 10)));
        }
        ImmutableMap<String, EventKind> byClass = kinds.build();
        ImmutableListMultimap.Builder<String, Trigger> triggers = ImmutableListMultimap.builder();
        for (String[] row : rows("event-triggers.tsv", 3)) {
            EventKind kind = byClass.get(row[2]);
            if (kind == null) {
                throw new IllegalStateException("event-triggers.tsv: unknown class " + row[2]);
            }
            Requirement req = row.length > 3 && !row[3].isEmpty()
                    ? Requirement.valueOf(row[3].toUpperCase(Locale.ROOT).replace('-', '_')) : Requirement.NONE;
            triggers.put(row[0], new Trigger(row[0], row[1].equals("V"), kind, req));
        }
        ImmutableSetMultimap.Builder<String, String> roles = ImmutableSetMultimap.builder();
        java.util.Map<String, Effect> effects = new java.util.HashMap<>();
        for (String[] row : rows("event-cues.tsv", 2)) {
            roles.put(row[1], row[0]);
            if (row.length > 2 && !row[2].isEmpty()) {
                effects.put(row[1] + "|" + row[0], Effect.valueOf(row[2]));
            }
        }
        return new EventVocabulary(byClass, triggers.build(), roles.build(), ImmutableMap.copyOf(effects));
    }

    private static List<String[]> rows(String file, int minColumns) {
        return DataFiles.rows(DIR + file, minColumns);
    }

    public Optional<EventKind> kind(String ontologyClass) {
        return Optional.ofNullable(kinds.get(ontologyClass));
    }

    /** The readings of a lemma as a trigger of this part of speech. */
    public List<Trigger> triggers(String lemma, boolean verb) {
        return triggers.get(lemma).stream().filter(t -> t.verb() == verb).toList();
    }

    /** The class of a word's first reading in the trigger lexicon, or null when it has none. */
    public String lexiconClass(String lemma, boolean verb) {
        List<Trigger> t = triggers(lemma.toLowerCase(Locale.ROOT), verb);
        return t.isEmpty() ? null : t.get(0).kind().ontologyClass();
    }

    public Set<String> triggerLemmas() {
        return triggers.keySet();
    }

    /** Whether a word plays this cue role (aux, governor, modifier, negation, mark, support, military). */
    public boolean is(String role, String word) {
        return cueRoles.containsEntry(role, word);
    }

    /** The effect of a cue word in a role, if it has one. */
    public Optional<Effect> effect(String role, String word) {
        return Optional.ofNullable(effects.get(role + "|" + word));
    }

    /** Whether a cue word in a role has this effect. */
    public boolean has(String role, String word, Effect effect) {
        return effects.get(role + "|" + word) == effect;
    }

    public ImmutableSet<String> words(String role) {
        return cueRoles.get(role);
    }
}
