package org.diplograph.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the outside datasets the graph links to. */
public final class Wikidata {
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    public static Resource item(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        return ResourceFactory.createResource(ENTITY + qid);
    }

    public static Resource geonames(String id) {
        if (!id.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a GeoNames id: " + id);
        }
        return ResourceFactory.createResource(GEONAMES + id + "/");
    }

    private Wikidata() {
    }
}
