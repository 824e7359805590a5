/**
 * Entity mentions: {@link org.diplograph.extract.MentionFinder}s for registry aliases
 * ({@link org.diplograph.extract.Gazetteer}), titles, context and organisation rules, the trained name finder
 * (gated by {@link org.diplograph.extract.ModelMergePolicy}) and in-article coreference, their claims merged by
 * {@link org.diplograph.extract.MentionMergePolicy}. Start with {@link org.diplograph.extract.EntityExtractor}.
 */
package org.diplograph.extract;
