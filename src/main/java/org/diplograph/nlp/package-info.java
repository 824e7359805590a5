/**
 * OpenNLP annotation: sentences, tokens and coarse Penn tags ({@link org.diplograph.nlp.OpenNlpAnnotator}),
 * lemmas on demand ({@link org.diplograph.nlp.Lemmatizer}). Models come from the Maven Central jars and
 * are loaded once; tools are per thread.
 */
package org.diplograph.nlp;
