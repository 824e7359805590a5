package org.diplograph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms the graph uses, in the {@code http://schema.org/} namespace that the contract
 * promises importers (Jena's own {@code SchemaDO} uses {@code https://}, which would break their joins).
 */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Resource NewsArticle = cls("NewsArticle");
    public static final Resource Person = cls("Person");
    public static final Resource Country = cls("Country");
    public static final Resource Organization = cls("Organization");
    public static final Resource GovernmentOrganization = cls("GovernmentOrganization");
    public static final Resource NewsMediaOrganization = cls("NewsMediaOrganization");
    public static final Resource Place = cls("Place");
    public static final Resource City = cls("City");
    public static final Resource Event = cls("Event");

    public static final Property name = prop("name");
    public static final Property headline = prop("headline");
    public static final Property datePublished = prop("datePublished");
    public static final Property publisher = prop("publisher");
    public static final Property url = prop("url");
    public static final Property mentions = prop("mentions");
    public static final Property attendee = prop("attendee");
    public static final Property location = prop("location");
    public static final Property containedInPlace = prop("containedInPlace");
    public static final Property startDate = prop("startDate");

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private Schema() {
    }
}
