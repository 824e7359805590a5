/**
 * Measured quality: gold readers for the annotated dev sets, a fixed held-out split, and NER, relation and coreference scorers.
 * Start at {@link org.diplograph.eval.Corpus} (which file, which reader, which type mapping) and {@link org.diplograph.eval.Splits}.
 * The scorers ({@link org.diplograph.eval.NerScorer}, {@link org.diplograph.eval.RelationScorer}, {@link org.diplograph.eval.CorefScorer}) are pure functions of gold and predictions; {@code cli.EvalCommand} wires them to files.
 */
package org.diplograph.eval;
