package org.diplograph.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing the knowledge base knows (built by {@code ontology/kb/build-kb.py}).
 *
 * @param id       the Wikidata item where known, else {@code gn:} and the GeoNames id
 * @param qid      Wikidata item or null
 * @param geonames GeoNames id or null
 * @param country  ISO 3166-1 alpha-3 code of the state it belongs to, or null
 * @param within   id of the region a city lies in, or null
 * @param prior    log10 of a popularity count (a place's population; an airport's traffic PageRank x 10^6; a
 *                 person's notability)
 * @param offices  terms of office, for people
 */
public record KbEntry(String id, Kind kind, String qid, String geonames, String label, List<String> aliases,
                      String country, String within, double prior, List<Office> offices) {

    /**
     * What the entry is; the linker matches it against the entity's kind. An institution is an organisation of one
     * state's public life (a party, a legislature): many states have one of its name, so it is linked only in an
     * article that names its state.
     */
    public enum Kind { PERSON, ORGANIZATION, INSTITUTION, CITY, REGION, AIRPORT;

        /** Whether an organisation the article names may be this entry. */
        public boolean isOrganisation() {
            return this == ORGANIZATION || this == INSTITUTION;
        }
    }

    /** A term of office; dates ISO, end null while in office. */
    public record Office(String office, LocalDate start, LocalDate end) {
        /** How build-kb.py names a seat in a legislature ("member of Storting"), one of hundreds of its kind. */
        static final String SEAT = "member of ";

        public boolean isSeat() {
            return office.startsWith(SEAT);
        }

        public boolean covers(LocalDate date) {
            return date != null && (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
        }
    }

    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        offices = List.copyOf(offices);
    }

    public boolean holdsOfficeOn(LocalDate date) {
        return offices.stream().anyMatch(o -> o.covers(date));
    }
}
