/**
 * Known entities (states, capitals, organisations, office holders) read from ontology/registry.ttl
 * ({@link org.diplograph.registry.Registry}), and the maintainers' compilers that build it and the CAMEO scheme.
 */
package org.diplograph.registry;
