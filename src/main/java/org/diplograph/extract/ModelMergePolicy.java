package org.diplograph.extract;

import java.util.List;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.Token;

/**
 * How the statistical name finder's spans join the registry's and the rules' mentions: "registry
 * first, the model fills the gaps".
 * <ol>
 *   <li>A registry or rule mention wins: a model span touching a claimed token is dropped (registry
 *       entities keep their links, rules keep their precise spans). The one exception is an organisation
 *       or place span that wholly contains place, state or nationality mentions and adds capitalised words
 *       no rule explained: that is a longer name which merely begins with a place ("Singapore Airlines",
 *       "Eastport International Airport", "London Heathrow"), and the span replaces those mentions; unless
 *       it names an office ("U.S. Secretary of State", "Foreign Ministers of Chile").</li>
 *   <li>Below {@link #MIN_PROBABILITY} the span is dropped.</li>
 *   <li>A span must hold a capitalised word that is not a sentence-opening function word; a person's
 *       may hold nothing but letters and the marks of initials and particles. A law or treaty ("… Act"), an event
 *       ("Lisbon Boat Show"), a model designation ("A330-300E") and a lone regional or religious adjective
 *       ("African", "Sunni") are no names of these types, nor is an organisation's head word alone before "of"
 *       ("Office" of "Office of the Trade Council": the model cut a longer name short). Lower-case words
 *       ending a span are not part of the name ("European leaders" → "European").</li>
 *   <li>A single word naming a person already in the article ("Xi" after "Xi Jinping") is that person,
 *       whatever type the model gave it.</li>
 *   <li>A person span loses its leading title words ("Secretary Rumsfeld"); one that is all title
 *       ("Interior Minister") is dropped. A span ending in a venue word is a place ({@link #typeOf(String, String)}).</li>
 *   <li>A span whose text is a registry alias becomes that registry entity, whatever type the model
 *       said; otherwise it is a new entity of the model's type. A one-word person name is the person
 *       of that name already in the article, or else an entity of this article only (see the
 *       extractor): a bare surname minted across articles would merge different people.</li>
 * </ol>
 */
public final class ModelMergePolicy {

    static final double MIN_PROBABILITY = 0.5;
    /** What a token of a person's name may hold: letters, and the marks of initials, particles and nicknames. */
    private static final java.util.regex.Pattern PERSON_TOKEN = java.util.regex.Pattern.compile("[\\p{L}.'’\"-]+");

    public enum Decision { ACCEPT, REPLACES_PLACES, OVERLAPS_CLAIM, LOW_CONFIDENCE, NOT_A_NAME }

    /**
     * @param claimed whether each token of the sentence already belongs to a mention
     * @param claimType the type of the mention owning each claimed token
     * @param claimInside whether the mention owning each claimed token lies wholly inside the model's span
     */
    public static Decision decide(NameModel.Found found, List<Token> sentence, boolean[] claimed,
                                  MentionType[] claimType, boolean[] claimInside) {
        boolean overlaps = false;
        boolean onlyPlacesInside = true;
        boolean unexplainedCapital = false;
        boolean office = false;
        for (int i = found.from(); i < found.to(); i++) {
            if (claimed[i]) {
                overlaps = true;
                onlyPlacesInside &= claimInside[i] && claimType[i] != MentionType.PERSON
                        && claimType[i] != MentionType.ORGANIZATION;
            } else {
                Token t = sentence.get(i);
                office |= Lexicon.OFFICE_NOUNS.contains(Lexicon.lower(t.text()));
                unexplainedCapital |= t.isCapitalised() && t.text().codePoints().anyMatch(Character::isLetter)
                        && !Lexicon.NOT_NAMES.contains(t.text());
            }
        }
        if (found.probability() < MIN_PROBABILITY) {
            return overlaps ? Decision.OVERLAPS_CLAIM : Decision.LOW_CONFIDENCE;
        }
        if (overlaps) {
            return onlyPlacesInside && unexplainedCapital && !office && typeOf(found.type()) != MentionType.PERSON
                    ? Decision.REPLACES_PLACES : Decision.OVERLAPS_CLAIM;
        }
        if (typeOf(found.type()) == MentionType.PERSON) {
            for (int i = found.from(); i < found.to(); i++) {
                if (!PERSON_TOKEN.matcher(sentence.get(i).text()).matches()) {
                    return Decision.NOT_A_NAME; // "Dw.*", "@user", "2B": not a person's name
                }
            }
        }
        String last = sentence.get(found.to() - 1).text();
        if (last.endsWith("-") || found.to() - found.from() == 1 && Lexicon.NAME_FRAGMENTS.contains(last)) {
            return Decision.NOT_A_NAME; // "Pro-", "Al-"; "New", "North", "United" alone
        }
        if (sentence.subList(found.from(), found.to()).stream().allMatch(t -> t.text().chars().anyMatch(Character::isDigit))) {
            return Decision.NOT_A_NAME; // "A330-300E", "F-35": a model designation
        }
        int head = found.from();
        if (Lexicon.ORG_HEADS.contains(sentence.get(head).text()) && head + 1 < sentence.size()
                && sentence.get(head + 1).text().equals("of")
                && sentence.subList(head + 1, found.to()).stream().allMatch(t -> Lexicon.lower(t.text()).equals(t.text()))) {
            return Decision.NOT_A_NAME; // "Office" or "Office of" of "Office of the Trade Council": cut short
        }
        if (Lexicon.LAW_HEADS.contains(last) || Lexicon.EVENT_HEADS.contains(last)) {
            return Decision.NOT_A_NAME; // "Fair Rent Act", "Lisbon Boat Show": a law or an event
        }
        if (Lexicon.isRegionAdjective(sentence.subList(found.from(), found.to()).stream().map(Token::text).toList())) {
            return Decision.NOT_A_NAME; // "African" or "North African" leaders: a people or region, not a name
        }
        for (int i = found.from(); i < found.to(); i++) {
            Token t = sentence.get(i);
            if (t.isCapitalised() && t.text().codePoints().anyMatch(Character::isLetter)
                    && !Lexicon.NOT_NAMES.contains(t.text())) {
                return Decision.ACCEPT;
            }
        }
        return Decision.NOT_A_NAME;
    }

    /**
     * Where a place span ends once the feature word the model left out after it is taken in: "Black" before an
     * unclaimed "Sea" is "Black Sea" ({@code lang/en/place-heads.txt}). Other spans end where the model ended them.
     */
    public static int placeEnd(NameModel.Found found, List<Token> sentence, boolean[] claimed) {
        int next = found.to();
        boolean headLeftOut = typeOf(found.type()) == MentionType.PLACE && next < sentence.size() && !claimed[next]
                && Lexicon.PLACE_HEADS.contains(sentence.get(next).text());
        return headLeftOut ? next + 1 : next;
    }

    /**
     * The kind of mention a model span stands for, before any registry lookup: the model's type, except that a name
     * ending in a venue or feature word ("Capella Hotel", "Sentosa Island") is a place whatever the model said, and
     * a "person" ending in a body's word ("Davis University") is an organisation.
     */
    public static MentionType typeOf(String modelType, String lastWord) {
        MentionType type = typeOf(modelType);
        if (type == MentionType.PERSON) {
            // no one's name ends in "Gym" or "University"; it may in "Park" or "Church", which are left to the model
            return Lexicon.FACILITY_HEADS.contains(lastWord) ? MentionType.PLACE
                    : Lexicon.BODY_HEADS.contains(lastWord) ? MentionType.ORGANIZATION : type;
        }
        return Lexicon.PLACE_HEADS.contains(lastWord) ? MentionType.PLACE : type;
    }

    /** The kind of mention a model type stands for, before any registry lookup. */
    public static MentionType typeOf(String modelType) {
        return switch (modelType) {
            case "PER", "person" -> MentionType.PERSON;
            case "ORG", "organization" -> MentionType.ORGANIZATION;
            default -> MentionType.PLACE;
        };
    }

    private ModelMergePolicy() {
    }
}
