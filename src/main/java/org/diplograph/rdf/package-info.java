/**
 * RDF per the contract: an article as quads in its own named graph
 * ({@link org.diplograph.rdf.ArticleGraphWriter}), deterministic IRIs ({@link org.diplograph.rdf.Iris},
 * {@link org.diplograph.rdf.EventKeys}), and the typed event-report records linking reads back from those quads
 * ({@link org.diplograph.rdf.EventReportCodec}).
 */
package org.diplograph.rdf;
