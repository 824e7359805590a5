package org.diplograph.extract;

import java.util.List;
import org.diplograph.nlp.AnnotatedText;

/** An annotated article with its entity mentions in text order and the roles its people are given. */
public record ExtractedArticle(AnnotatedText annotated, List<Mention> mentions, List<RoleObservation> roles) {
    public ExtractedArticle {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
