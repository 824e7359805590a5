/**
 * The read-only SPARQL endpoint and query page, on embedded Fuseki ({@link org.diplograph.serve.SparqlServer}).
 */
package org.diplograph.serve;
