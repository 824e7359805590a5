package org.diplograph.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes exports and canned queries use. */
public final class Namespaces {

    public static Map<String, String> standard(String base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("schema", Schema.NS);
        m.put("dg", DG.NS);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("owl", OWL.NS);
        m.put("xsd", XSD.NS);
        m.put("skos", SKOS.uri);
        m.put("dcterms", DCTerms.NS);
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("wd", Wikidata.ENTITY);
        m.put("id", base);
        return m;
    }

    private Namespaces() {
    }
}
