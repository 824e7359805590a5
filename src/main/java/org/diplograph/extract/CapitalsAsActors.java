package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/** A capital that acts ("Beijing affirmed", "ties with Washington") is its state's government. */
final class CapitalsAsActors implements MentionFinder {

    private final Registry registry;

    CapitalsAsActors(Registry registry) {
        this.registry = registry;
    }

    /**
     * A capital is its government when it acts ("Beijing affirmed", "Beijing's opposition", "ties with
     * Washington"), and a city when it is a location ("the meeting in Beijing", "the Lisbon talks").
     * Coordinated capitals ("Lisbon and Madrid's pledges") share one reading, decided by the left
     * context of the first and the right context of the last.
     */
    @Override
    public void find(ArticleMentions m) {
        List<Claim> ordered = m.claims.stream().sorted((x, y) -> Integer.compare(x.from, y.from)).toList();
        int i = 0;
        while (i < ordered.size()) {
            int j = i;
            while (j + 1 < ordered.size() && coordinated(m, ordered.get(j), ordered.get(j + 1))) {
                j++;
            }
            List<Claim> group = ordered.subList(i, j + 1);
            boolean hasCapital = group.stream().anyMatch(c -> isCapital(m, c));
            if (hasCapital && actsAsState(m, group.get(0), group.get(group.size() - 1))) {
                for (Claim c : group) {
                    if (isCapital(m, c)) {
                        m.retype(c, MentionType.STATE, c.stateKey,
                                registry.get(c.stateKey).map(RegistryEntry::label).orElse(c.label),
                                MentionMergePolicy.Override.CAPITAL_AS_GOVERNMENT);
                    }
                }
            }
            i = j + 1;
        }
    }


    private boolean isCapital(ArticleMentions m, Claim c) {
        return c.type == MentionType.PLACE && c.stateKey != null
                && ("registry".equals(c.rule)) && registry.get(c.key).isPresent();
    }

    /** "X and Y", "X, Y", "X or Y" where both are states or capitals. */
    private boolean coordinated(ArticleMentions m, Claim a, Claim b) {
        boolean geo = (isCapital(m, a) || a.type == MentionType.STATE) && (isCapital(m, b) || b.type == MentionType.STATE);
        if (!geo || b.from != a.to + 1 || m.sentenceOf[a.from] != m.sentenceOf[b.from]) {
            return false;
        }
        return Set.of("and", "or", ",").contains(m.tokens.get(a.to).text());
    }

    private boolean actsAsState(ArticleMentions m, Claim first, Claim last) {
        int f = first.from;
        String prev = f > 0 && m.sentenceOf[f - 1] == m.sentenceOf[f] ? Lexicon.lower(m.tokens.get(f - 1).text()) : "";
        Token next = last.to < m.tokens.size() && m.sentenceOf[last.to] == m.sentenceOf[last.from] ? m.tokens.get(last.to) : null;
        String beforePrev = f > 1 && m.sentenceOf[f - 2] == m.sentenceOf[f] ? Lexicon.lower(m.tokens.get(f - 2).text()) : "";
        if (Lexicon.LOCATIVE.contains(prev) || prev.equals("for") && Lexicon.DEPARTURE_WORDS.contains(beforePrev)) {
            return false; // "in Lima", "left for Lima": where someone is or goes
        }
        if (next != null && (next.text().equals("'s") || next.text().equals("'") || next.isVerb())) {
            return true;
        }
        if (Lexicon.ACTOR_CONTEXT.contains(prev)) {
            return true;
        }
        // The subject of its sentence, unless it modifies a noun ("Beijing talks").
        boolean sentenceInitial = prev.isEmpty() || Lexicon.CLAUSE_OPENERS.contains(prev);
        return sentenceInitial && (next == null || !next.pos().startsWith("NN"));
    }
}
