package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * state or club in brackets or the line's small words join people (a scorecard's "c" and "b"), stands in brackets before
 * a number (a scorer and the minute), or stands in its row as a person does (the same depth of brackets, the same kind
 * of token after it: "136 Ana Ruiz 70 66 , Lena Ek ( Sweden ) 68 68"), else an organisation (a club, a team).
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

    /**
     * A run of capitalised words in a table line, before its type is decided: its tokens, whether the line's small
     * words or its shape make it a person, how deep in brackets it stands, and what follows it.
     */
    private record Cell(int line, int from, int to, String name, boolean person, int depth, Next next) {
    }

    /** What follows a cell, past a bracketed name ("Ana Ruiz ( Chile ) 68"): cells alike in this are alike in kind. */
    private enum Next { NUMBER, DASH, OTHER }

    @Override
    public void find(ArticleMentions m) {
        List<Cell> cells = new ArrayList<>();
        Set<String> personGroups = new HashSet<>();
        for (Sentence s : m.at.sentences()) {
            if (isTableLine(s.tokens())) {
                cells(m, s, cells, personGroups);
            }
        }
        List<Cell> open = new ArrayList<>();
        for (Cell c : cells) {
            Gazetteer.Entry known = gazetteer.lookup(c.name);
            if (known != null) {
                m.claim(c.from, c.to, known.type(), known.key(), known.label(), "table+registry", known.stateKey());
                if (known.type() == MentionType.PERSON) {
                    personGroups.add(group(c));
                }
            } else if (c.person || c.to - c.from >= 2 && Lexicon.GIVEN_NAMES.contains(m.tokens.get(c.from).text())) {
                claimPerson(m, c, "table");
                personGroups.add(group(c));
            } else {
                open.add(c);
            }
        }
        // a lone surname once every row's full names are known: the bowler a later row names with an initial
        List<Cell> rest = new ArrayList<>();
        for (Cell c : open) {
            ArticleMentions.PersonInfo surnameOf = c.to - c.from == 1 ? m.resolveSurname(c.name, null, c.from) : null;
            if (surnameOf != null) {
                m.claim(c.from, c.to, MentionType.PERSON, surnameOf.key, surnameOf.label, "table+surname", null);
                personGroups.add(group(c));
            } else {
                rest.add(c);
            }
        }
        for (Cell c : rest) {
            if (personGroups.contains(group(c))) {
                // "136 Ana Ruiz 70 66 , Lena Ek ( Sweden ) 68 68": the cells of a row alike in place are alike in kind
                claimPerson(m, c, "table+row");
            } else {
                m.claim(c.from, c.to, MentionType.ORGANIZATION, Keys.of(EntityKind.ORGANIZATION, c.name), c.name, "table", null);
            }
        }
    }

    /** The cells of one line that stand alike: at the same depth of brackets and before the same kind of token. */
    private static String group(Cell c) {
        return group(c.line, c.depth, c.next);
    }

    private static String group(int line, int depth, Next next) {
        return line + ":" + depth + ":" + next;
    }

    private static void claimPerson(ArticleMentions m, Cell c, String rule) {
        // a lone surname of a scorecard is this article's own person, as the name finder's are
        String key = c.to - c.from < 2 ? m.articleKey(EntityKind.PERSON, c.name) : Keys.of(EntityKind.PERSON, c.name);
        m.claim(c.from, c.to, MentionType.PERSON, key, c.name, rule, null);
        if (c.to - c.from >= 2) {
            m.persons.computeIfAbsent(key, k -> new ArticleMentions.PersonInfo(k, c.name));
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
            } else if (isShouted(w)) {
                continue; // a name in capitals beside one in usual casing: a row's home side
            } else if (letters && !Lexicon.NAME_PARTICLES.contains(w)) {
                Boolean joinsPeople = TABLE_WORDS.get(w.toLowerCase(java.util.Locale.ROOT));
                if (joinsPeople == null) {
                    return false; // a word of prose, not a table (a line in capitals has no name in usual casing)
                }
                people |= joinsPeople;
            }
        }
        return name && (numbers >= 2 || numbers == 1 && (people || bracketedName(ts)));
    }

    /**
     * A word of three letters or more in capitals and no small letter: in a row that also has names in usual casing,
     * the side a results list marks so ("Granton Bears 98 LAKEPORT COMETS 104", home team in capitals).
     */
    private static boolean isShouted(String w) {
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '\'' || ch == '.');
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

    /**
     * The line's unclaimed names. A claim across one of its small words ("Marsh c Okafor"), a place the name finder
     * alone found, and a claim on part of a run of capitalised words ("Vitoria" of "Vitoria Castanheira") give their
     * tokens back: in a row a run of capitalised words is one name.
     */
    private void cells(ArticleMentions m, Sentence s, List<Cell> out, Set<String> personGroups) {
        List<Token> ts = s.tokens();
        boolean people = false;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            Boolean joinsPeople = TABLE_WORDS.get(t.text().toLowerCase(java.util.Locale.ROOT));
            ArticleMentions.Claim across = m.owner[t.index()];
            if (across != null && (joinsPeople != null || across.to - across.from > 1 && !continuesName(t)
                    && !continues(ts, i) || across.type == MentionType.PLACE && across.rule.equals("model"))) {
                m.withdraw(across, MentionMergePolicy.Override.TABLE_CELLS); // "Northvale 2 Castlebay": two names
            }
            people |= joinsPeople != null && joinsPeople;
        }
        for (int i = 0; i < ts.size(); i++) {
            if (!opensName(ts, i)) {
                continue;
            }
            int end = runEnd(ts, i);
            for (int k = i; k < end; k++) {
                ArticleMentions.Claim part = m.owner[ts.get(k).index()];
                if (part != null && part.from >= ts.get(i).index() && part.to <= ts.get(end - 1).index() + 1
                        && part.to - part.from < end - i) {
                    m.withdraw(part, MentionMergePolicy.Override.TABLE_CELLS);
                }
            }
            i = end - 1;
        }
        int depth = 0;
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).text();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            ArticleMentions.Claim own = m.owner[ts.get(i).index()];
            if (own != null && own.from == ts.get(i).index() && own.type == MentionType.PERSON
                    && !own.rule.equals("model")) {
                // a person the rules already found (a given name, the registry) tells what its row's like cells are
                int end = i + 1;
                while (end < ts.size() && m.owner[ts.get(end).index()] == own) {
                    end++;
                }
                personGroups.add(group(s.index(), depth, next(ts, end)));
            }
            if (!opensName(ts, i) || own != null) {
                continue;
            }
            int end = i + 1;
            while (end < ts.size() && m.owner[ts.get(end).index()] == null && continues(ts, end)) {
                end++;
            }
            Next next = next(ts, end);
            String name = Gazetteer.normalise(m.text.substring(ts.get(i).start(), ts.get(end - 1).end()));
            // "( Ana Ruiz 12 , 55 )": a name in brackets before a number is a scorer and the minute
            boolean person = people || isInitial(w) && end - i >= 2 || beforeBrackets(ts, end)
                    || depth > 0 && next == Next.NUMBER;
            out.add(new Cell(s.index(), ts.get(i).index(), ts.get(end - 1).index() + 1, name, person, depth, next));
            i = end - 1;
        }
    }

    /** The end of the run of capitalised words from {@code i}, whoever claimed them. */
    private static int runEnd(List<Token> ts, int i) {
        int end = i + 1;
        while (end < ts.size() && continues(ts, end)) {
            end++;
        }
        return end;
    }

    /** Whether token {@code end} goes on with the name before it: a name word, a particle or a hyphen within one. */
    private static boolean continues(List<Token> ts, int end) {
        if (continuesName(ts.get(end))) {
            return true;
        }
        boolean within = end > 0 && end + 1 < ts.size() && continuesName(ts.get(end + 1));
        return within && (Lexicon.NAME_PARTICLES.contains(ts.get(end).text()) || ts.get(end).text().equals("-")
                && ts.get(end).start() == ts.get(end - 1).end() && ts.get(end + 1).start() == ts.get(end).end());
    }

    /**
     * Whether a name begins at token {@code i}: a name word, or a capitalised common word before one, as a club's
     * name may open ("Sporting Alvarim"); a row's label ("Attendance 12,400") is followed by no name.
     */
    private static boolean opensName(List<Token> ts, int i) {
        return isNameWord(ts.get(i)) || continuesName(ts.get(i)) && i + 1 < ts.size() && isNameWord(ts.get(i + 1));
    }

    private static Next next(List<Token> ts, int end) {
        int k = end;
        if (beforeBrackets(ts, end)) {
            while (k < ts.size() && !ts.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        if (k >= ts.size()) {
            return Next.OTHER;
        }
        String w = ts.get(k).text();
        return w.chars().anyMatch(Character::isDigit) ? Next.NUMBER : w.equals("-") ? Next.DASH : Next.OTHER;
    }

    /** After a name's first word any capitalised word goes on with it: "Northvale Town", "Harbour City Rovers". */
    private static boolean continuesName(Token t) {
        return isInitial(t.text()) || isShouted(t.text()) && !TABLE_WORDS.containsKey(t.text().toLowerCase(java.util.Locale.ROOT)) || t.isCapitalised() && t.text().chars().anyMatch(Character::isLowerCase)
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
}
