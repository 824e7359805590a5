/**
 * Vocabulary constants: the project ontology ({@link org.diplograph.vocab.DG}, kept in step with
 * ontology/diplograph.ttl by a test), schema.org as the contract uses it, and prefixes.
 */
package org.diplograph.vocab;
