package org.diplograph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.DG;

/**
 * The other names the registry in the jar knows for its states, organisations and people ("DPRK", "N. Korea",
 * "North Korean", "NATO"), each with the entity's registry key, so the search finds an actor by a name no stored
 * article used. The store holds the key (dg:registryKey) of every entity the registry resolved, whatever the base
 * of its IRIs.
 */
final class RegistryAliases {

    private static final List<Property> NAMES = List.of(SKOS.altLabel, DG.officialName, DG.acronym, DG.iso3,
            DG.demonym);

    private RegistryAliases() {
    }

    /** {@code [[name, key], ...]}, sorted by name, as JSON text. */
    static String json(ClassLoader loader) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = loader.getResourceAsStream("ontology/registry.ttl")) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: ontology/registry.ttl");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TreeSet<String>> keysByName = new TreeMap<>();
        m.listStatements(null, DG.registryKey, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(k -> {
            for (Property p : NAMES) {
                for (Statement s : k.getSubject().listProperties(p).toList()) {
                    if (s.getObject().isLiteral()) {
                        keysByName.computeIfAbsent(s.getString(), n -> new TreeSet<>()).add(k.getString());
                    }
                }
            }
        });
        ArrayNode out = new ObjectMapper().createArrayNode();
        keysByName.forEach((name, keys) -> keys.forEach(k -> out.addArray().add(name).add(k)));
        return out.toString();
    }
}
