package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.ner.NameModel;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Lemmatizer;
import org.diplograph.registry.Registry;
import org.diplograph.registry.RegistryEntry;

/**
 * Finds people, states, organisations and places by registry lookup and by rules over tokens and
 * part-of-speech tags, then resolves short references within the article (surnames, acronyms,
 * descriptors such as "her Chinese counterpart", pronouns where only one person fits).
 *
 * <p>Each source of mentions is a {@link MentionFinder}; they run in the fixed order of {@link #finders} over one
 * {@link ArticleMentions}, and a token belongs to at most one mention; {@link MentionMergePolicy} says how their
 * claims are merged.
 */
public final class EntityExtractor implements Extractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EntityExtractor.class);

    private final Registry registry;
    /** Surname (or family name for family-name-first states) → registry persons bearing it. */
    private final Map<String, List<String>> registrySurnames;
    /**
     * The finders in the order they run. The order is the first rule of {@link MentionMergePolicy}: earlier finders
     * claim tokens first, and a later one changes an earlier claim only for one of the policy's named overrides.
     */
    private final List<MentionFinder> finders;

    /** Rules and registry only. */
    public EntityExtractor(Registry registry) {
        this(registry, new Lemmatizer(), null);
    }

    /** @param nameModel the statistical name finder, or null to run the rules alone */
    public EntityExtractor(Registry registry, Lemmatizer lemmatizer, NameModel nameModel) {
        this(registry, lemmatizer, nameModel, RegionIndex.NONE);
    }

    /**
     * @param nameModel the statistical name finder, or null to run the rules alone
     * @param regions   the regions towns lie in, to tell a region from the state or capital of its name
     */
    public EntityExtractor(Registry registry, Lemmatizer lemmatizer, NameModel nameModel, RegionIndex regions) {
        this.registry = registry;
        Gazetteer gazetteer = new Gazetteer(registry);
        Map<String, List<String>> surnames = new HashMap<>();
        for (RegistryEntry e : registry.entries()) {
            if (e.kind() != org.diplograph.registry.EntityKind.PERSON) {
                continue;
            }
            boolean familyFirst = e.offices().stream().anyMatch(o -> Lexicon.FAMILY_NAME_FIRST.contains(o.ofKey()));
            Set<String> keys = new HashSet<>();
            for (String name : e.names()) {
                if (name.contains(",") || name.contains(" of ")) {
                    continue; // a styled title ("Charles, Prince of Wales") ends in a place, not a surname
                }
                String[] parts = name.split(" ");
                if (parts.length >= 2) {
                    keys.add(familyFirst ? parts[0] : parts[parts.length - 1]);
                }
            }
            for (String k : keys) {
                surnames.computeIfAbsent(k, x -> new ArrayList<>()).add(e.key());
            }
        }
        this.registrySurnames = Map.copyOf(surnames);
        RegionFinder regionFinder = new RegionFinder(regions, registry);
        List<MentionFinder> order = new ArrayList<>(List.of(
                new RegistryFinder(gazetteer, registry),
                new OrganisationNameFinder(gazetteer, registry),
                new PlaceOpenerFinder(),
                regionFinder,
                new TitleFinder(),
                new ContextPersonFinder(gazetteer, lemmatizer),
                new PlaceWithStateFinder()));
        if (nameModel != null) {
            order.add(new ModelFinder(gazetteer, nameModel));
            // again, for the towns only the name finder found ("visited Lakeport, Carolina")
            order.add(regionFinder);
        }
        order.addAll(List.of(
                new TableLineFinder(gazetteer),
                new PlacesInsideLongerNames(gazetteer),
                new OrganisationCueFinder(gazetteer),
                new SportsClubFinder(gazetteer),
                new MisspeltNameFinder(registry),
                new RepeatedNameFinder(),
                new ProductNameFilter(),
                new CoreferenceFinder(),
                new CapitalsAsActors(registry),
                new VenuesAsPlaces(),
                new TitlesAreNoOrganisations(),
                new AppositiveRoleFinder(),
                TitleFinder.ofResolvedSurnames()));
        this.finders = List.copyOf(order);
    }

    @Override
    public ExtractedArticle extract(AnnotatedText text) {
        ArticleMentions mentions = new ArticleMentions(text, registry, registrySurnames);
        runEach(finders, mentions);
        return mentions.extracted();
    }

    static void runEach(List<MentionFinder> finders, ArticleMentions mentions) {
        for (MentionFinder finder : finders) {
            ArticleMentions.Checkpoint before = mentions.checkpoint();
            try {
                finder.find(mentions);
            } catch (RuntimeException | StackOverflowError e) {
                // one finder's fault costs its own mentions, not the article: the later finders go on from before it
                mentions.restore(before);
                LOG.warn("{}: the {} failed, its mentions are dropped: {}", mentions.at.clean().article().origin(),
                        finder.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
