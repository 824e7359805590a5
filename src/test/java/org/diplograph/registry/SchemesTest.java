package org.diplograph.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SKOS schemes shipped in the jar: CAMEO (with quad classes and PLOVER) and the stance-target concepts. */
class SchemesTest {

    private static final String CAMEO = "https://w3id.org/diplograph/cameo/";
    private static final String PLOVER = "https://w3id.org/diplograph/plover/";
    private static final String CONCEPT = "https://w3id.org/diplograph/concept/";
    private static final String WD = "http://www.wikidata.org/entity/";

    private static Model cameo;
    private static Model concepts;

    @BeforeAll
    static void load() throws Exception {
        JenaSystem.init();
        cameo = read("ontology/cameo.ttl");
        concepts = read("ontology/concepts.ttl");
    }

    private static Model read(String path) throws Exception {
        try (InputStream in = SchemesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " not on the classpath");
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        }
    }

    private static List<Resource> conceptsIn(Model m, String scheme) {
        return m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(scheme)).toList();
    }

    @Test
    void everyCameoCodeIsWellFormed() {
        List<Resource> codes = conceptsIn(cameo, CAMEO);
        assertTrue(codes.size() > 300, "CAMEO codes: " + codes.size());
        int roots = 0;
        for (Resource c : codes) {
            assertTrue(c.hasProperty(RDF.type, SKOS.Concept), c + " is a skos:Concept");
            String code = c.getURI().substring(CAMEO.length());
            assertTrue(code.matches("\\d{2,4}"), c.getURI());
            assertEquals(code, c.getRequiredProperty(SKOS.notation).getString(), "notation of " + code);
            assertEquals("en", c.getRequiredProperty(SKOS.prefLabel).getLanguage(), "label of " + code);
            assertFalse(c.getRequiredProperty(SKOS.prefLabel).getString().isBlank(), "label of " + code);
            if (code.length() == 2) {
                roots++;
                assertTrue(c.hasProperty(SKOS.topConceptOf, cameo.createResource(CAMEO)), code);
                assertFalse(c.hasProperty(SKOS.broader), code);
                assertTrue(c.hasProperty(cameo.createProperty(CameoCompiler.DG_NS, "quadClass")), "quad class of " + code);
            } else {
                Resource parent = c.getRequiredProperty(SKOS.broader).getResource();
                assertEquals(CAMEO + code.substring(0, code.length() - 1), parent.getURI(), "broader of " + code);
                assertTrue(parent.hasProperty(SKOS.inScheme, cameo.createResource(CAMEO)), "parent of " + code + " in scheme");
            }
        }
        assertEquals(20, roots);
        assertEquals("Consult", cameo.createResource(CAMEO + "04").getRequiredProperty(SKOS.prefLabel).getString());
        assertEquals("043", cameo.createResource(CAMEO + "043").getRequiredProperty(SKOS.notation).getString());
    }

    @Test
    void everyCameoCodeMapsToExactlyOnePloverCategory() {
        Property plover = cameo.createProperty(CameoCompiler.DG_NS, "ploverCategory");
        List<Resource> categories = conceptsIn(cameo, PLOVER);
        assertEquals(16, categories.size());
        for (Resource p : categories) {
            assertNotNull(p.getProperty(SKOS.prefLabel), p.getURI());
            assertNotNull(p.getProperty(SKOS.definition), p.getURI());
        }
        for (Resource c : conceptsIn(cameo, CAMEO)) {
            List<RDFNode> targets = cameo.listObjectsOfProperty(c, plover).toList();
            assertEquals(1, targets.size(), "PLOVER categories of " + c.getURI());
            Resource target = targets.get(0).asResource();
            assertTrue(target.getURI().startsWith(PLOVER), target.getURI());
            assertTrue(target.hasProperty(SKOS.inScheme, cameo.createResource(PLOVER)), target.getURI());
        }
        assertEquals(PLOVER + "CONSULT", cameo.createResource(CAMEO + "043").getRequiredProperty(plover).getResource().getURI());
    }

    @Test
    void everyConceptHasAPrefLabelAndWellFormedWikidataLinks() {
        List<Resource> all = conceptsIn(concepts, CONCEPT);
        assertTrue(all.size() >= 30, "concepts: " + all.size());
        for (Resource c : all) {
            assertTrue(c.getURI().startsWith(CONCEPT), c.getURI());
            assertNotNull(c.getProperty(SKOS.prefLabel), "prefLabel of " + c.getURI());
        }
        for (Model m : List.of(concepts, cameo)) {
            m.listStatements().forEach(s -> {
                if (s.getObject().isURIResource() && s.getObject().asResource().getURI().contains("wikidata.org")) {
                    assertTrue(s.getObject().asResource().getURI().matches("http://www\\.wikidata\\.org/entity/Q[1-9]\\d*"),
                            "Wikidata IRI " + s.getObject());
                }
            });
        }
        assertEquals(WD + "Q21707860", concepts.createResource(CONCEPT + "paris-agreement")
                .getRequiredProperty(SKOS.exactMatch).getResource().getURI());
    }
}
