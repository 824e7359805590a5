package org.diplograph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Diplograph ontology ({@code ontology/diplograph.ttl}); a test keeps the two in step. */
public final class DG {
    public static final String NS = "https://w3id.org/diplograph/ontology#";
    /** Where entity and article IRIs live unless {@code --base} says otherwise. */
    public static final String DEFAULT_BASE = "https://w3id.org/diplograph/id/";

    public static final Resource Article = cls("Article");
    public static final Resource Actor = cls("Actor");
    public static final Resource Person = cls("Person");
    public static final Resource State = cls("State");
    public static final Resource Organization = cls("Organization");
    public static final Resource IntergovernmentalOrganization = cls("IntergovernmentalOrganization");
    public static final Resource NewsAgency = cls("NewsAgency");
    public static final Resource PoliticalParty = cls("PoliticalParty");
    public static final Resource GovernmentBody = cls("GovernmentBody");
    public static final Resource Place = cls("Place");
    public static final Resource City = cls("City");
    public static final Resource OfficeTerm = cls("OfficeTerm");

    public static final Property articleId = prop("articleId");
    public static final Property contentHash = prop("contentHash");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property datelinePlace = prop("datelinePlace");
    public static final Property mentionCount = prop("mentionCount");
    public static final Property registryKey = prop("registryKey");
    public static final Property officialName = prop("officialName");
    public static final Property demonym = prop("demonym");
    public static final Property iso3 = prop("iso3");
    public static final Property politicalStatus = prop("politicalStatus");
    public static final Property capital = prop("capital");
    public static final Property capitalOf = prop("capitalOf");
    public static final Property geonamesId = prop("geonamesId");
    public static final Property organizationType = prop("organizationType");
    public static final Property acronym = prop("acronym");
    public static final Property countryOf = prop("countryOf");
    public static final Property heldOffice = prop("heldOffice");
    public static final Property officeType = prop("officeType");
    public static final Property officeTitle = prop("officeTitle");
    public static final Property officeOf = prop("officeOf");
    public static final Property termStart = prop("termStart");
    public static final Property termEnd = prop("termEnd");

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private DG() {
    }
}
