package org.diplograph.link;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.diplograph.extract.RegionIndex;

/**
 * The knowledge base's regions for the extractor: its cities carry the region they lie in, its regions the state
 * they belong to. A region is found by its label or an alias, a city by either as well: the pair of names together
 * is what picks one region out.
 */
public final class KbRegions implements RegionIndex {

    private final KnowledgeBase kb;

    public KbRegions(KnowledgeBase kb) {
        this.kb = kb;
    }

    public static KbRegions bundled() {
        return new KbRegions(KnowledgeBase.bundled());
    }

    @Override
    public Optional<Region> around(String placeName, String regionName) {
        String wanted = KnowledgeBase.normalize(regionName);
        Set<KbEntry> found = new LinkedHashSet<>();
        for (KnowledgeBase.Match m : kb.lookup(placeName)) {
            KbEntry city = m.entry();
            KbEntry region = city.kind() == KbEntry.Kind.CITY && city.within() != null ? kb.get(city.within()) : null;
            if (region != null && isRegion(region) && callsItself(region, wanted)) {
                found.add(region);
            }
        }
        return found.size() == 1 ? Optional.of(region(found.iterator().next())) : Optional.empty();
    }

    @Override
    public Optional<Region> named(String regionName) {
        Set<KbEntry> found = new LinkedHashSet<>();
        for (KnowledgeBase.Match m : kb.lookup(regionName)) {
            if (m.byLabel() && isRegion(m.entry())) {
                found.add(m.entry());
            }
        }
        return found.size() == 1 ? Optional.of(region(found.iterator().next())) : Optional.empty();
    }

    private static boolean isRegion(KbEntry e) {
        return e.kind() == KbEntry.Kind.REGION && e.country() != null;
    }

    private static boolean callsItself(KbEntry region, String normalised) {
        return KnowledgeBase.normalize(region.label()).equals(normalised)
                || region.aliases().stream().anyMatch(a -> KnowledgeBase.normalize(a).equals(normalised));
    }

    private static Region region(KbEntry e) {
        return new Region(e.label(), "state/" + e.country());
    }
}
