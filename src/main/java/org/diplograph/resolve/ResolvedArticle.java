package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.extract.Mention;
import org.diplograph.extract.facts.Facts;
import org.diplograph.text.Article;

/**
 * An article ready to become RDF: its metadata, every entity it mentions (one per real thing), the
 * mentions themselves and the facts (events, roles, stances, quotes) it states.
 *
 * @param published       metadata date, else the dateline's
 * @param datelinePlaceKey the entity key of the dateline's place, or null
 */
public record ResolvedArticle(Article article, String contentHash, LocalDate published, String datelinePlaceKey,
                              List<ResolvedEntity> entities, List<Mention> mentions, Facts facts) {
    public ResolvedArticle {
        java.util.Objects.requireNonNull(facts, "facts");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }
}
