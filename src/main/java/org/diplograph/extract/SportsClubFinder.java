package org.diplograph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.Truecaser;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Keys;
import org.diplograph.text.Months;
import org.diplograph.vocab.DataFiles;

/**
 * Clubs a sports story names by their town ("Northvale beat Castlebay 2-1", "Castlebay manager Ian Reid said", "fans
 * of Northvale"), which the name finder, trained on news of states and towns, reads as places. In a sports story (a
 * sport's label in the headline, or a score beside a result word) a place or an unread name that plays is the club,
 * and so is every other mention of that club, by its full name or a short form of it ("Castlebay" for "Castlebay
 * Rovers", "the Comets" for "Lakeport Comets"), the names a results table typed as clubs included. States stay states
 * (a national side is its state, as news tags it), and people stay people (a tennis player beats another).
 */
final class SportsClubFinder implements MentionFinder {

    private static final Map<String, Set<String>> CUES = cues();
    private static final Set<String> STORY = CUES.getOrDefault("story", Set.of());
    private static final Set<String> MEMBER = CUES.getOrDefault("member", Set.of());
    private static final Set<String> FAN = CUES.getOrDefault("fan", Set.of());
    private static final Set<String> VERB = CUES.getOrDefault("verb", Set.of());
    private static final Set<String> RESULT = CUES.getOrDefault("result", Set.of());
    private static final Set<String> LINK = CUES.getOrDefault("link", Set.of());
    private static final Set<String> CLUB = CUES.getOrDefault("club", Set.of());

    /** A score: "2-1", "27-24", "0-0". */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    /** "Ten-man", "Second-placed": a capitalised description before a name, no part of it. */
    private static final Pattern DESCRIPTION = Pattern.compile(".*-\\p{Ll}.*");

    private final Gazetteer gazetteer;

    SportsClubFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Map<String, Set<String>> cues() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : DataFiles.rows("lang/en/sport-cues.tsv", 2)) {
            out.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[0]);
        }
        return out;
    }

    @Override
    public void find(ArticleMentions m) {
        if (!sportsStory(m)) {
            return;
        }
        Map<String, String> clubs = new LinkedHashMap<>(); // lower-case words -> the club's name as written
        for (Claim c : m.claims) {
            if (c.type == MentionType.ORGANIZATION && c.rule.startsWith("table")) {
                clubs.putIfAbsent(key(m, c.from, c.to), c.label);
            }
        }
        for (Sentence s : m.at.sentences()) {
            if (s.shouts()) {
                continue;
            }
            List<Token> ts = s.tokens();
            int first = ts.get(0).index();
            int end = ts.get(ts.size() - 1).index() + 1;
            boolean scored = scored(m, first, end);
            for (int g = first; g < end; g++) {
                int to = candidate(m, g, end);
                if (to <= g) {
                    continue;
                }
                to = extended(m, g, to, end);
                if (plays(m, g, to, first, end, scored)) {
                    clubs.putIfAbsent(key(m, g, to), Gazetteer.normalise(m.text.substring(m.tokens.get(g).start(),
                            m.tokens.get(to - 1).end())));
                }
                g = to - 1;
            }
        }
        if (clubs.isEmpty()) {
            return;
        }
        Map<String, String> forms = new LinkedHashMap<>(clubs);
        for (Map.Entry<String, String> e : clubs.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length >= 2) {
                // "Castlebay" of "Castlebay Rovers"; "the Comets" of "Lakeport Comets" (a side's nickname, not "United")
                forms.putIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)), e.getValue());
                String last = words[words.length - 1];
                if (CLUB.stream().noneMatch(w -> w.equalsIgnoreCase(last))) {
                    forms.putIfAbsent(last, e.getValue());
                }
            }
        }
        retype(m, forms);
    }

    /** Every mention of a club's name or short form that is a place, a shorter name or no mention yet is the club. */
    private void retype(ArticleMentions m, Map<String, String> forms) {
        int longest = forms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        for (Sentence s : m.at.sentences()) {
            boolean shouted = s.shouts();
            int first = s.tokens().get(0).index();
            int end = s.tokens().get(s.tokens().size() - 1).index() + 1;
            for (int g = first; g < end; g++) {
                for (int to = Math.min(end, g + longest); to > g; to--) {
                    String club = forms.get(key(m, g, to));
                    if (club == null || !m.tokens.get(g).isCapitalised() || !retypable(m, g, to)
                            || !shouted && (capitalised(m, g - 1, first, end) || capitalised(m, to, first, end))) {
                        continue;
                    }
                    for (int k = g; k < to; k++) {
                        if (m.owner[k] != null) {
                            m.withdraw(m.owner[k], MentionMergePolicy.Override.SPORTS_CLUB);
                        }
                    }
                    m.claim(g, to, MentionType.ORGANIZATION, Keys.of(EntityKind.ORGANIZATION, club), club, "sports-club", null);
                    g = to - 1;
                    break;
                }
            }
        }
    }

    /** Whether [g, to) holds only free tokens and claims inside it that a club may take: places, organisations. */
    private static boolean retypable(ArticleMentions m, int g, int to) {
        for (int k = g; k < to; k++) {
            Claim c = m.owner[k];
            if (c != null && (c.from < g || c.to > to || c.rule.equals("dateline")
                    || c.type != MentionType.PLACE && c.type != MentionType.ORGANIZATION
                    || c.type == MentionType.ORGANIZATION && c.from == g && c.to == to)) {
                return false; // a state, a person, a longer name, the dateline's town, or the club already
            }
        }
        return true;
    }

    /** Whether token {@code g} of the sentence [first, end) is a capitalised word: the name goes on there. */
    private static boolean capitalised(ArticleMentions m, int g, int first, int end) {
        if (g < first || g >= end) {
            return false;
        }
        Token t = m.tokens.get(g);
        return t.isCapitalised() && !ArticleMentions.isPunct(t.text()) && !DESCRIPTION.matcher(t.text()).matches();
    }

    /**
     * End of a name at {@code g} that may be a club: a place the name finder or the registry read (not a state, not
     * the dateline), an organisation it read, or a run of up to four free capitalised words whose first is no common
     * word opening a sentence; else {@code g}.
     */
    private static int candidate(ArticleMentions m, int g, int end) {
        Claim c = m.owner[g];
        if (c != null) {
            return c.from == g && !c.rule.equals("dateline")
                    && (c.type == MentionType.PLACE || c.type == MentionType.ORGANIZATION) ? c.to : g;
        }
        if (!nameWord(m, g) || m.sentenceStart(g) && Truecaser.english().common(m.tokens.get(g).text())) {
            return g;
        }
        int to = g + 1;
        while (to < end && to - g < 4 && m.owner[to] == null && nameWord(m, to)) {
            to++;
        }
        return to;
    }

    private static boolean nameWord(ArticleMentions m, int g) {
        String w = m.tokens.get(g).text();
        return m.tokens.get(g).isCapitalised() && w.chars().anyMatch(Character::isLowerCase)
                && !DESCRIPTION.matcher(w).matches()
                && !Lexicon.NOT_NAMES.contains(w) && !m.isTitleWord(w) && !Months.isName(w) && !Lexicon.WEEKDAYS.contains(w)
                && !Lexicon.REGION_DEMONYMS.contains(w);
    }

    /** A place's name and the free capitalised words after it: "Castlebay" and "Rovers", "Lakeport" and "Comets". */
    private static int extended(ArticleMentions m, int g, int to, int end) {
        while (to < end && to - g < 4 && m.owner[to] == null && nameWord(m, to)) {
            to++;
        }
        return to;
    }

    /** Whether the words around [g, to) show a side that plays: its staff or fans, a result, a club's name. */
    private boolean plays(ArticleMentions m, int g, int to, int first, int end, boolean scored) {
        int after = to;
        if (after < end && Set.of("'s", "’s", "'", "’").contains(m.tokens.get(after).text())) {
            after++;
        }
        if (after < end && MEMBER.contains(m.lower[after])) {
            return true; // "Castlebay manager Ian Reid", "Northvale 's coach"
        }
        int before = g - 1 >= first && m.lower[g - 1].equals("the") ? g - 2 : g - 1;
        if (before - 1 >= first && m.lower[before].equals("of") && FAN.contains(m.lower[before - 1])) {
            return true; // "fans of Northvale"
        }
        if (to - g >= 2 && CLUB.contains(m.tokens.get(to - 1).text()) && gazetteer.lookup(
                m.text.substring(m.tokens.get(g).start(), m.tokens.get(to - 1).end())) == null) {
            return true; // "Castlebay Rovers", a name no place bears
        }
        if (!scored) {
            return false;
        }
        // "Northvale beat", "Northvale could only draw"
        for (int k = to, words = 0; k < end && words <= 2; k++, words++) {
            if (VERB.contains(m.lower[k])) {
                return true;
            }
            if (!m.tokens.get(k).text().chars().allMatch(Character::isLowerCase)) {
                break;
            }
        }
        // "Northvale 's 2-1 win"
        int score = after > to ? scoreEnd(m, after, end) : -1;
        if (score > 0 && score < end && RESULT.contains(m.lower[score])) {
            return true;
        }
        // "beat ( the ) Castlebay", "a win over Castlebay", "at home to Castlebay"
        return before >= first && (VERB.contains(m.lower[before])
                || LINK.contains(m.lower[before]) && before - 1 >= first && RESULT.contains(m.lower[before - 1]));
    }

    private static boolean scored(ArticleMentions m, int first, int end) {
        for (int g = first; g < end; g++) {
            if (scoreEnd(m, g, end) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of a score at {@code g}, "2-1" as one token or as three written together; -1 where none begins. */
    private static int scoreEnd(ArticleMentions m, int g, int end) {
        if (SCORE.matcher(m.tokens.get(g).text()).matches()) {
            return g + 1;
        }
        if (g + 2 < end && m.tokens.get(g + 1).text().equals("-") && number(m.tokens.get(g)) && number(m.tokens.get(g + 2))
                && m.tokens.get(g + 1).start() == m.tokens.get(g).end() && m.tokens.get(g + 2).start() == m.tokens.get(g + 1).end()) {
            return g + 3;
        }
        return -1;
    }

    private static boolean number(Token t) {
        return t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit);
    }

    /** Lower-case words of [from, to), joined by spaces. */
    private static String key(ArticleMentions m, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int g = from; g < to; g++) {
            b.append(g > from ? " " : "").append(m.lower[g]);
        }
        return b.toString();
    }

    /** A sports story: a sport's label among the headline's words, or a score beside a result word. */
    private static boolean sportsStory(ArticleMentions m) {
        List<Sentence> sentences = m.at.sentences();
        if (sentences.isEmpty()) {
            return false;
        }
        for (Token t : sentences.get(0).tokens()) {
            if (STORY.contains(m.lower[t.index()])) {
                return true;
            }
        }
        for (Sentence s : sentences) {
            boolean result = false;
            for (Token t : s.tokens()) {
                String w = m.lower[t.index()];
                result |= VERB.contains(w) || RESULT.contains(w);
            }
            int first = s.tokens().get(0).index();
            if (result && scored(m, first, first + s.tokens().size())) {
                return true;
            }
        }
        return false;
    }

}
