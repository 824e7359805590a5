package org.diplograph.rdf;

import java.io.Serializable;
import java.util.List;

/** One article's event-report records: its reports and the facts about actors linking reads from it. */
public record ArticleReports(String graph, List<EventReport> reports, ActorFacts actors) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ArticleReports {
        reports = List.copyOf(reports);
    }
}
