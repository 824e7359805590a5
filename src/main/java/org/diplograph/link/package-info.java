/**
 * Linking to Wikidata and GeoNames after resolution, in two halves: {@link org.diplograph.link.CandidateGenerator}
 * finds knowledge-base entries a name may stand for, {@link org.diplograph.link.EntityLinker} chooses one by the
 * article's context or leaves the entity unlinked. Start at {@link org.diplograph.link.EntityLinker#link}.
 */
package org.diplograph.link;
