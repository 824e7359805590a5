/**
 * SPARQL over a store with the merged graph as default graph, printed as a table, CSV, TSV or JSON
 * ({@link org.diplograph.query.QueryRunner}).
 */
package org.diplograph.query;
