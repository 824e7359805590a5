/**
 * The read-only SPARQL endpoint on embedded Fuseki ({@link org.diplograph.serve.SparqlServer}) and the analyst's
 * workbench it serves ({@link org.diplograph.serve.Workbench}: pages that run SPARQL on that endpoint from the browser).
 */
package org.diplograph.serve;
