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
    public static final Property extractorVersion = prop("extractorVersion");
    public static final Property datelinePlace = prop("datelinePlace");
    public static final Property mentionCount = prop("mentionCount");
    public static final Property mentionTotal = prop("mentionTotal");
    public static final Property articleCount = prop("articleCount");
    public static final Property preferredName = prop("preferredName");
    public static final Property firstActor = prop("firstActor");
    public static final Property secondActor = prop("secondActor");
    public static final Property actorClass = prop("actorClass");
    public static final Property wikidataLink = prop("wikidataLink");
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

    public static final Resource Event = cls("Event");
    public static final Property reportedAs = prop("reportedAs");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Summit = cls("Summit");
    public static final Resource Visit = cls("Visit");
    public static final Resource ShowOfForce = cls("ShowOfForce");
    public static final Resource IntentToCooperate = cls("IntentToCooperate");
    public static final Resource Agreement = cls("Agreement");
    public static final Resource Appeal = cls("Appeal");
    public static final Resource Demand = cls("Demand");
    public static final Resource Criticism = cls("Criticism");
    public static final Resource Rejection = cls("Rejection");
    public static final Resource Threat = cls("Threat");
    public static final Resource Protest = cls("Protest");
    public static final Resource Sanction = cls("Sanction");
    public static final Resource Aid = cls("Aid");
    public static final Resource MilitaryAid = cls("MilitaryAid");
    public static final Resource Attack = cls("Attack");
    public static final Resource Arrest = cls("Arrest");
    public static final Resource Deportation = cls("Deportation");
    public static final Resource Abduction = cls("Abduction");
    public static final Resource Assault = cls("Assault");
    public static final Resource Killing = cls("Killing");
    public static final Resource Assassination = cls("Assassination");
    public static final Resource Riot = cls("Riot");
    public static final Resource PropertyDestruction = cls("PropertyDestruction");
    public static final Resource Death = cls("Death");
    public static final Resource Disaster = cls("Disaster");
    public static final Resource Dismissal = cls("Dismissal");
    public static final Resource Appointment = cls("Appointment");
    public static final Resource Resignation = cls("Resignation");
    public static final Resource Election = cls("Election");
    public static final Resource Acquisition = cls("Acquisition");
    public static final Resource Modality = cls("Modality");
    public static final Resource Asserted = cls("Asserted");
    public static final Resource Planned = cls("Planned");
    public static final Resource Hypothetical = cls("Hypothetical");
    public static final Resource Negated = cls("Negated");
    public static final Resource Role = cls("Role");
    public static final Resource Stance = cls("Stance");
    public static final Resource Polarity = cls("Polarity");
    public static final Resource supports = cls("supports");
    public static final Resource opposes = cls("opposes");
    public static final Resource Quote = cls("Quote");
    public static final Resource ReportedSpeech = cls("ReportedSpeech");
    public static final Property cameoCode = prop("cameoCode");
    public static final Property ploverCategory = prop("ploverCategory");
    public static final Property quadClass = prop("quadClass");
    public static final Property sourceActor = prop("sourceActor");
    public static final Property targetActor = prop("targetActor");
    public static final Property dateExpression = prop("dateExpression");
    public static final Property dateInferred = prop("dateInferred");
    public static final Property eventDate = prop("eventDate");
    public static final Property modality = prop("modality");
    public static final Property roleLabel = prop("roleLabel");
    public static final Property asOf = prop("asOf");
    public static final Property holder = prop("holder");
    public static final Property speaker = prop("speaker");
    public static final Property onBehalfOf = prop("onBehalfOf");
    public static final Property cue = prop("cue");
    public static final Property polarity = prop("polarity");
    public static final Property target = prop("target");
    public static final Property channel = prop("channel");
    public static final Property evidence = prop("evidence");
    public static final Property extractor = prop("extractor");
    public static final Property confidence = prop("confidence");
    public static final Property trigger = prop("trigger");

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private DG() {
    }
}
