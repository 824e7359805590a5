package org.diplograph.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every constant of {@link DG} is declared in ontology/diplograph.ttl, and every declared term has a constant. */
class VocabularyDriftTest {

    private static Model ontology;

    @BeforeAll
    static void load() throws Exception {
        JenaSystem.init();
        ontology = ModelFactory.createDefaultModel();
        for (String file : new String[] {"ontology/diplograph.ttl", "ontology/cameo.ttl"}) {
            try (InputStream in = VocabularyDriftTest.class.getClassLoader().getResourceAsStream(file)) {
                RDFDataMgr.read(ontology, in, Lang.TURTLE);
            }
        }
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        for (Field f : DG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                boolean declared = ontology.contains(term, RDF.type, OWL.Class)
                        || ontology.contains(term, RDF.type, ontology.createResource(DG.NS + "Modality"))
                        || ontology.contains(term, RDF.type, ontology.createResource(DG.NS + "Polarity"))
                        || ontology.contains(term, RDF.type, OWL.ObjectProperty)
                        || ontology.contains(term, RDF.type, OWL.DatatypeProperty);
                assertTrue(declared, "DG." + f.getName() + " is not declared in ontology/diplograph.ttl");
            }
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws Exception {
        java.util.Set<String> constants = new java.util.HashSet<>();
        for (Field f : DG.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                constants.add(((Resource) f.get(null)).getURI());
            }
        }
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DG.NS)) {
                assertTrue(constants.contains(s.getURI()), s.getURI() + " has no constant in DG");
            }
        });
    }

    @Test
    void everyClassIsAlignedToAStandardVocabulary() {
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> {
            if (c.hasProperty(OWL.oneOf) || !c.hasProperty(org.apache.jena.vocabulary.RDFS.subClassOf)
                    && !c.getURI().equals(DG.NS + "Actor")) {
                return; // enumerations (modality, polarity) and the stance are the project's own notions
            }
            boolean aligned = c.listProperties(org.apache.jena.vocabulary.RDFS.subClassOf).toList().stream()
                    .anyMatch(st -> !st.getResource().getURI().startsWith(DG.NS) || ontologyAligned(st.getResource()));
            assertTrue(aligned, c + " is not aligned to schema.org, PROV-O or ORG");
        });
    }

    /** Walks up the project's own hierarchy until it reaches a standard class. */
    private static boolean ontologyAligned(Resource parent) {
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(java.util.List.of(parent));
        java.util.Set<Resource> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Resource c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            for (var st : c.listProperties(org.apache.jena.vocabulary.RDFS.subClassOf).toList()) {
                Resource up = st.getResource();
                if (!up.getURI().startsWith(DG.NS)) {
                    return true;
                }
                todo.push(up);
            }
        }
        return false;
    }
}
