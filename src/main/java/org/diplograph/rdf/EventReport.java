package org.diplograph.rdf;

import java.io.Serializable;
import java.util.List;

/**
 * One article's report of an event as its graph states it: what linking reports across articles and consolidating
 * their dates read. Plain strings (IRIs, lexical forms) so a record travels as a line of JSON or between Spark
 * executors; {@link EventReportCodec} reads it from the quads {@link ArticleGraphWriter} wrote.
 *
 * @param graph          the article graph reporting it
 * @param event          the event IRI the graph uses now (another report's, once linked)
 * @param reportedAs     the IRI the article minted for it ({@link EventKeys}); equal to {@code event} until linked
 * @param family         the event family of {@code reportedAs}
 * @param modality       the modality IRI, or null
 * @param attendees      schema:attendee IRIs, sorted
 * @param sources        dg:sourceActor IRIs, sorted
 * @param targets        dg:targetActor IRIs, sorted
 * @param places         schema:location IRIs, sorted
 * @param date           the dg:eventDate lexical form, or null
 * @param dateType       its datatype IRI (xsd:date, gYearMonth, gYear), or null
 * @param dateInferred   the day is the one the article reports on, not one written for the event
 * @param dateExpression the words that dated it, or null
 * @param published      the article's schema:datePublished lexical form, or null
 */
public record EventReport(String graph, String event, String reportedAs, String family, String modality,
                          List<String> attendees, List<String> sources, List<String> targets, List<String> places,
                          String date, String dateType, boolean dateInferred, String dateExpression,
                          String published) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EventReport {
        attendees = List.copyOf(attendees);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        places = List.copyOf(places);
    }

    /** The same report under another event IRI: what linking does to it. */
    public EventReport renamed(String to) {
        return new EventReport(graph, to, reportedAs, family, modality, attendees, sources, targets, places, date,
                dateType, dateInferred, dateExpression, published);
    }
}
