package org.diplograph.extract;

import java.util.List;
import java.util.Map;
import org.diplograph.extract.ArticleMentions.Claim;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.registry.Keys;

/** Places named with their state or region after them ("in Mosul, Iraq"; "Windsor, Vermont"). */
final class PlaceWithStateFinder implements MentionFinder {

    private static final Map<String, String> PLACE_STATES = org.diplograph.registry.BundledPlaces.stateByKey();

    @Override
    public void find(ArticleMentions m) {
        for (Sentence s : m.at.sentences()) {
            placesWithState(m, s);
        }
    }

    /** "in St Petersburg, Russia": a place named with its state. */
    private void placesWithState(ArticleMentions m, Sentence s) {
        // also at the start of a sentence, where datelines and lists of places are ("Debden, England, 4 June")
        List<Token> ts = s.tokens();
        for (int i = -1; i + 3 < ts.size(); i++) {
            if (i >= 0 && !Lexicon.PLACE_WITH_STATE_CONTEXT.contains(ts.get(i).text())) {
                continue;
            }
            int a = i + 1;
            int b = a;
            while (b < ts.size() && b - a < 4 && ts.get(b).isCapitalised() && !ArticleMentions.isPunct(ts.get(b).text())
                    && m.owner[ts.get(b).index()] == null && !Lexicon.NOT_NAMES.contains(ts.get(b).text())) {
                b++;
            }
            if (b == a || b + 1 >= ts.size() || !ts.get(b).text().equals(",")) {
                continue;
            }
            Claim region = m.owner[ts.get(b + 1).index()];
            // "Mosul, Iraq", and also "Windsor, Vermont": a region the gazetteer places inside a state
            String stateKey = region == null ? null : region.type == MentionType.STATE ? region.key
                    : region.type == MentionType.PLACE ? PLACE_STATES.get(region.key) : null;
            if (stateKey != null && region.from == ts.get(b + 1).index()) {
                int ga = ts.get(a).index();
                int gb = ts.get(b - 1).index() + 1;
                String name = Gazetteer.normalise(m.text.substring(m.tokens.get(ga).start(), m.tokens.get(gb - 1).end()));
                m.claim(ga, gb, MentionType.PLACE, Keys.of(org.diplograph.registry.EntityKind.PLACE, name), name,
                        "place-with-state", stateKey);
            }
        }
    }
}
