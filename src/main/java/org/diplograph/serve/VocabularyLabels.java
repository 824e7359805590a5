package org.diplograph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The names people read for the ontology's IRIs, from the ontology files in the jar: each class with its label and
 * the class it refines (so a page can show an event's most precise class and offer event families), and each CAMEO and
 * PLOVER concept with its label. A store holds the codes an event has, not their labels; this is reference text, not
 * a second store.
 */
final class VocabularyLabels {

    private VocabularyLabels() {
    }

    /** {@code {"classes": {iri: {label, parent}}, "concepts": {iri: {label, notation}}}} as JSON text. */
    static String json(ClassLoader loader) {
        Model m = ModelFactory.createDefaultModel();
        read(loader, "ontology/diplograph.ttl", m);
        read(loader, "ontology/cameo.ttl", m);
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        ObjectNode classes = out.putObject("classes");
        m.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> {
            if (c.isURIResource()) {
                ObjectNode node = classes.putObject(c.getURI());
                node.put("label", string(c, RDFS.label));
                parent(c).ifPresent(p -> node.put("parent", p));
            }
        });
        ObjectNode concepts = out.putObject("concepts");
        m.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            if (c.isURIResource()) {
                ObjectNode node = concepts.putObject(c.getURI());
                node.put("label", string(c, SKOS.prefLabel));
                node.put("notation", string(c, SKOS.notation));
            }
        });
        return out.toString();
    }

    /** The class a class refines in its own vocabulary (dg:Person's is dg:Actor, not schema:Person), else any. */
    private static java.util.Optional<String> parent(Resource c) {
        String ns = c.getNameSpace();
        return c.listProperties(RDFS.subClassOf).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(o -> o.asResource().getURI())
                .sorted(java.util.Comparator.comparing((String u) -> !u.startsWith(ns)).thenComparing(u -> u))
                .findFirst();
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isLiteral() ? o.asLiteral().getLexicalForm() : "";
    }

    private static void read(ClassLoader loader, String resource, Model into) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
