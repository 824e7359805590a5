/**
 * Facts an article states: events typed to CAMEO and PLOVER, roles, stances on actors and concepts,
 * quotations, each with its evidence. Start with {@link org.diplograph.extract.facts.FactExtractor}; events are
 * the component {@link org.diplograph.extract.facts.SyntacticEvents} over a
 * {@link org.diplograph.extract.facts.FactDocument}, with their words in
 * {@link org.diplograph.extract.facts.EventVocabulary} (data files under {@code lang/en/}); quotations and reported
 * speech are the component {@link org.diplograph.extract.facts.SyntacticQuotes} (cues in {@code lang/en/quote-cues.tsv}).
 */
package org.diplograph.extract.facts;
