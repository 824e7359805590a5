package org.diplograph.registry;

import java.util.List;
import java.util.Objects;

/**
 * One known entity of the registry.
 *
 * @param key       the registry key, also the local part of its IRI: {@code state/PRK}, {@code org/united-nations}
 * @param names     every name it goes by in news, label first
 * @param demonyms  adjectives and demonyms (states only): they refer to the state, they are not entities
 * @param qid       Wikidata item, only where verified; null otherwise
 * @param stateKey  for a capital the state it is the capital of; for a state its capital's key
 * @param subtype   registry type: org type (igo, news_agency, party ...) or state status
 * @param source    attribution: which reference table and sources vouch for the entry
 */
public record RegistryEntry(String key, EntityKind kind, String label, List<String> names, List<String> demonyms,
                            String qid, String geonamesId, String stateKey, String subtype, String officialName,
                            List<OfficeTerm> offices, String source) {
    public RegistryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        offices = List.copyOf(offices);
        if (!key.startsWith(kind.keyPrefix() + "/")) {
            throw new IllegalArgumentException("key " + key + " does not fit kind " + kind);
        }
    }

    public boolean isNewsOrganization() {
        return subtype != null && (subtype.equals("news_agency") || subtype.endsWith("broadcaster")
                || subtype.equals("newspaper"));
    }
}
