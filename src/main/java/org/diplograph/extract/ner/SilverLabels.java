package org.diplograph.extract.ner;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.ExtractedArticle;
import org.diplograph.extract.Mention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Silver training labels: what the registry and the rules find in unannotated news.
 *
 * <p>Only "fully explained" sentences are kept, those where every capitalised word inside the
 * sentence belongs to some mention. A sentence with a name the rules missed would otherwise teach
 * the model that the name is not one.
 */
public final class SilverLabels {

    private static final java.util.Set<String> FUNCTION_CAPITALS = java.util.Set.of(
            "I", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Prime", "Minister", "Foreign",
            "Secretary", "General", "Chancellor", "King", "Queen", "Senator", "Sen.", "Governor", "Ambassador");

    /** The article's names as labels, PER, ORG and LOC (demonyms, pronouns and descriptors left out). */
    public static List<LabeledText.Name> names(ExtractedArticle extracted) {
        List<LabeledText.Name> names = new ArrayList<>();
        for (Mention m : extracted.mentions()) {
            String type = switch (m.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case STATE, PLACE -> "LOC";
                case NORP -> null;
            };
            if (type != null && !m.rule().equals("pronoun") && !m.rule().equals("descriptor")) {
                names.add(new LabeledText.Name(m.span().start(), m.span().end(), type));
            }
        }
        return names;
    }

    /** True when every capitalised word after the sentence's first is inside a mention. */
    public static boolean fullyExplained(Sentence s, List<Mention> mentions) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 4) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() || !t.text().chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-')
                    || FUNCTION_CAPITALS.contains(t.text())) {
                continue;
            }
            boolean covered = false;
            for (Mention m : mentions) {
                if (m.span().start() <= t.start() && t.end() <= m.span().end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }


    private SilverLabels() {
    }
}
