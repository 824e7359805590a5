/**
 * Entity mentions: registry aliases ({@link org.diplograph.extract.Gazetteer}), title, context and
 * organisation rules, the trained name finder joined by {@link org.diplograph.extract.ModelMergePolicy},
 * and in-article coreference. Start with {@link org.diplograph.extract.EntityExtractor}.
 */
package org.diplograph.extract;
