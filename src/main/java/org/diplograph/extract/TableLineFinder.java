package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.Truecaser;
import org.diplograph.registry.EntityKind;
import org.diplograph.registry.Keys;
import org.diplograph.text.Months;
import org.diplograph.vocab.DataFiles;

/**
 * Names in the result and standings lines of wire copy ("Northvale 2 Castlebay 1", "Riverton United 15 10 3 2 33"):
 * lines of names and numbers alone, which the name finder, trained on prose, leaves unread. Every unclaimed run of
 * capitalised words there is a name: what the registry knows it as (a state, a town, a person), the person the
 * article already names by that surname, a person when it opens with an initial or a given name, stands before a
 * state or club in brackets or the line's small words join people (a scorecard's "c" and "b"), else an organisation (a
 * club, a team).
 */
final class TableLineFinder implements MentionFinder {

    /** The small words a table line may hold, and whether they join people. */
    private static final Map<String, Boolean> TABLE_WORDS = tableWords();

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d");

    private final Gazetteer gazetteer;

    TableLineFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Map<String, Boolean> tableWords() {
        Map<String, Boolean> out = new HashMap<>();
        for (String[] row : DataFiles.rows("lang/en/table-words.tsv", 2)) {
            out.put(row[0], row[1].equals("yes"));
        }
        return Map.copyOf(out);
    }

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            if (isTableLine(s.tokens())) {
                names(m, s);
            }
        }
    }

    /**
     * Names and numbers only: no word of prose, no date (a line of releases or appointments by month and year is a
     * list of events, its names anything), and two numbers or more (a score each, a row of standings), or one where
     * the line's small words join people ("Marsh c Okafor b Lund 45").
     */
    static boolean isTableLine(List<Token> ts) {
        int numbers = 0;
        boolean name = false;
        boolean people = false;
        for (Token t : ts) {
            String w = t.text();
            if (Months.isName(w) || Lexicon.WEEKDAYS.contains(w) || YEAR.matcher(w).matches()) {
                return false;
            }
            boolean digits = w.chars().anyMatch(Character::isDigit);
            boolean letters = w.chars().anyMatch(Character::isLetter);
            if (digits && letters) {
                return false; // "2nd", "F-16": prose, a list's numbering, a model's name
            } else if (digits) {
                numbers++;
            } else if (t.isCapitalised() && w.chars().anyMatch(Character::isLowerCase) || isInitial(w)) {
                name = true;
            } else if (letters && !Lexicon.NAME_PARTICLES.contains(w)) {
                Boolean joinsPeople = TABLE_WORDS.get(w.toLowerCase(java.util.Locale.ROOT));
                if (joinsPeople == null) {
                    return false; // a word of prose, or a line in capitals: a headline, not a table
                }
                people |= joinsPeople;
            }
        }
        return name && (numbers >= 2 || numbers == 1 && (people || bracketedName(ts)));
    }

    /** "( Northvale )": a list of scorers gives each one's club or state in brackets. */
    private static boolean bracketedName(List<Token> ts) {
        for (int i = 0; i + 2 < ts.size(); i++) {
            if (ts.get(i).text().equals("(") && ts.get(i + 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private void names(ArticleMentions m, Sentence s) {
        List<Token> ts = s.tokens();
        boolean people = false;
        for (Token t : ts) {
            Boolean joinsPeople = TABLE_WORDS.get(t.text().toLowerCase(java.util.Locale.ROOT));
            ArticleMentions.Claim across = m.owner[t.index()];
            if (across != null && (joinsPeople != null
                    || across.type == MentionType.PLACE && across.rule.equals("model"))) {
                m.withdraw(across, MentionMergePolicy.Override.TABLE_CELLS);
            }
            people |= joinsPeople != null && joinsPeople;
        }
        for (int i = 0; i < ts.size(); i++) {
            if (!isNameWord(ts.get(i)) || m.owner[ts.get(i).index()] != null) {
                continue;
            }
            int end = i + 1;
            while (end < ts.size() && m.owner[ts.get(end).index()] == null && (continuesName(ts.get(end))
                    || Lexicon.NAME_PARTICLES.contains(ts.get(end).text()) && end + 1 < ts.size()
                    && continuesName(ts.get(end + 1)))) {
                end++;
            }
            claim(m, ts, i, end, people || isInitial(ts.get(i).text()) && end - i >= 2 || beforeBrackets(ts, end));
            i = end - 1;
        }
    }

    /** After a name's first word any capitalised word goes on with it: "Northvale Town", "Harbour City Rovers". */
    private static boolean continuesName(Token t) {
        return isInitial(t.text()) || t.isCapitalised() && t.text().chars().anyMatch(Character::isLowerCase)
                && t.text().chars().noneMatch(Character::isDigit)
                && !TABLE_WORDS.containsKey(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** "K." in "K. Marsh". */
    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * A name followed by a name in brackets, as ranking and scorer lists give people's with their state or club:
     * "Ana Ruiz ( Chile ) 68", "12 - Ana Ruiz ( Northvale )". A club is not followed so.
     */
    private static boolean beforeBrackets(List<Token> ts, int end) {
        return end + 1 < ts.size() && ts.get(end).text().equals("(") && ts.get(end + 1).isCapitalised();
    }

    /**
     * A word that may open a name: a capitalised word news does not usually write in small letters (not a row's
     * label, "Attendance", "Total"), or an initial.
     */
    private static boolean isNameWord(Token t) {
        return continuesName(t) && !Truecaser.english().common(t.text());
    }

    private void claim(ArticleMentions m, List<Token> ts, int from, int to, boolean person) {
        int ga = ts.get(from).index();
        int gb = ts.get(to - 1).index() + 1;
        String name = Gazetteer.normalise(m.text.substring(ts.get(from).start(), ts.get(to - 1).end()));
        Gazetteer.Entry known = gazetteer.lookup(name);
        ArticleMentions.PersonInfo surnameOf = to - from == 1 ? m.resolveSurname(name, null, ga) : null;
        if (known != null) {
            m.claim(ga, gb, known.type(), known.key(), known.label(), "table+registry", known.stateKey());
        } else if (surnameOf != null) {
            m.claim(ga, gb, MentionType.PERSON, surnameOf.key, surnameOf.label, "table+surname", null);
        } else if (person || Lexicon.GIVEN_NAMES.contains(ts.get(from).text()) && to - from >= 2) {
            // a lone surname of a scorecard is this article's own person, as the name finder's are
            String key = Keys.of(EntityKind.PERSON, name) + (to - from < 2 ? "-" + m.articleTag() : "");
            m.claim(ga, gb, MentionType.PERSON, key, name, "table", null);
            if (to - from >= 2) {
                m.persons.computeIfAbsent(key, k -> new ArticleMentions.PersonInfo(k, name));
            }
        } else {
            m.claim(ga, gb, MentionType.ORGANIZATION, Keys.of(EntityKind.ORGANIZATION, name), name, "table", null);
        }
    }
}
