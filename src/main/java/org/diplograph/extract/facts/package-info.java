/**
 * Facts an article states: events typed to CAMEO and PLOVER, roles, stances on actors and concepts,
 * quotations, each with its evidence. Start with {@link org.diplograph.extract.facts.FactExtractor};
 * trigger words are in {@link org.diplograph.extract.facts.EventLexicon}.
 */
package org.diplograph.extract.facts;
