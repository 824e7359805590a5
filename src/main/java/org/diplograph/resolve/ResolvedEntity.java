package org.diplograph.resolve;

import java.util.Objects;
import org.diplograph.registry.EntityKind;

/**
 * One real thing an article refers to, with what the graph says about it.
 *
 * @param key          deterministic key; the IRI is the base plus this key
 * @param qid          Wikidata item or null
 * @param subtype      registry organisation type (news_agency, igo, party ...), "government-body"; {@link #REGION}
 *                     for a place the text shows to be a region of its {@code containedIn}; or null
 * @param relatedKey   for a capital the state; for a government body its state; else null
 * @param containedIn  for another known city or province, the state it lies in; else null
 * @param mentionCount how often this article mentions it
 */
public record ResolvedEntity(String key, EntityKind kind, String label, String qid, String geonamesId,
                             String subtype, String relatedKey, String containedIn, int mentionCount) {

    /** The subtype of a place that is a region (province, federal state) of the state it is contained in. */
    public static final String REGION = "region";

    public ResolvedEntity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
