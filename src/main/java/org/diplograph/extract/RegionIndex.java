package org.diplograph.extract;

import java.util.Optional;

/**
 * The regions places lie in, as a gazetteer of places knows them: which region of which state a name after a town
 * ("Lakeport, Carolina") stands for when it is also the name of a state or a capital.
 */
public interface RegionIndex {

    /** A region (province, federal state) and the key of the state it belongs to ("state/USA"). */
    record Region(String label, String stateKey) {
    }

    /**
     * The region called {@code regionName} that a place called {@code placeName} lies in; empty when no place of
     * that name lies in a region of that name, or when such places lie in two regions of that name.
     */
    Optional<Region> around(String placeName, String regionName);

    /** The one region of this name; empty when there is none or more than one. */
    Optional<Region> named(String regionName);

    /** Knows no region: every name keeps its registry reading. */
    RegionIndex NONE = new RegionIndex() {
        @Override
        public Optional<Region> around(String placeName, String regionName) {
            return Optional.empty();
        }

        @Override
        public Optional<Region> named(String regionName) {
            return Optional.empty();
        }
    };
}
