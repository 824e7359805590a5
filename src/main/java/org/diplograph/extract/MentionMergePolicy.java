package org.diplograph.extract;

/**
 * How the finders' claims on an article's tokens are merged: one policy, written down here, instead of each finder
 * overriding its predecessors its own way.
 * <ol>
 *   <li>The finders run in {@link EntityExtractor}'s fixed order: registry aliases, organisation names, regions
 *       named by their towns or by the words around them, titles, context, places with their state, the trained
 *       name finder and the regions again (after the towns it found), then the readings that revise, then
 *       coreference.</li>
 *   <li>A token belongs to at most one mention, and the first claim on a token holds it: a finder claims free
 *       tokens only (the name finder's spans pass {@link ModelMergePolicy} first).</li>
 *   <li>An earlier claim gives way only for one of the named {@link Override}s below, each through one method of
 *       {@link ArticleMentions} ({@code replaceWithin}, {@code withdraw}, {@code retype}), which records it.</li>
 * </ol>
 */
final class MentionMergePolicy {

    /** The only reasons a later finder may change what an earlier one claimed. */
    enum Override {
        /**
         * A longer name covers earlier mentions entirely and replaces them: an organisation whose name begins with a
         * place or demonym ("Seoul National University", "Chinese Foreign Ministry"), a registry organisation ending a
         * capitalised run, a place followed by words of its own name ("Salisbury Dock"), a name-finder span that
         * begins with a place ({@link ModelMergePolicy.Decision#REPLACES_PLACES}). Never one that cuts a mention in two.
         */
        LONGER_NAME,
        /** An acronym in brackets after an organisation's name ("(KCNA)") is that organisation from then on. */
        ACRONYM,
        /**
         * The words around a name show it is an organisation ("the carmaker X", "X's chief executive", "X AG"), so a
         * name the model typed otherwise, or a shorter span of it, becomes that organisation.
         */
        ORGANISATION_CUE,
        /** A descriptor ("the North Korean minister") is the one person it fits, demonym and all. */
        DESCRIPTOR,
        /** A capital that acts ("Beijing said") is its state's government, not the city. */
        CAPITAL_AS_GOVERNMENT,
        /**
         * A name after a town that is the name of the region the town lies in ("Lakeport, Carolina"), or that the
         * words around it show to be a region ("the governor of Carolina"), is that region, not the state or the
         * capital that bears the same name.
         */
        REGION_OF_PLACE,
        /**
         * A capital's name, or a listed town's of another state, before a region that has a town of that name ("San
         * Jose, California") is that town.
         */
        TOWN_OF_REGION,
        /** An institution named by its building ("the White House") is the place after "at", "in", "to". */
        BUILDING_AS_VENUE,
        /**
         * A result line's small words ("c", "b", "v") stand between names: a span across one ("Marsh c Okafor") is
         * two names. A place the name finder alone found in a table row is read again as a row's name: what the
         * registry knows it as, else a club.
         */
        TABLE_CELLS,
        /**
         * In a sports story a place that plays ("Northvale beat Castlebay 2-1", "Castlebay manager Ian Reid") is its
         * club, and so is every other mention of the club's name or a short form of it.
         */
        SPORTS_CLUB,
        /** A person's name one letter away from a registry person's ("Vladmir Putin") is that person. */
        MISSPELT_NAME,
        /** What turned out to be no name of these kinds: a maker before a model ("Boeing 787"), a title alone. */
        NOT_A_NAME
    }

    private MentionMergePolicy() {
    }
}
