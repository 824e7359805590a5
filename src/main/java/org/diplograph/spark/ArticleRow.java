package org.diplograph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.diplograph.text.Article;

/** An {@link Article} as Spark moves it between executors (the record itself is not serializable). */
record ArticleRow(String id, String headline, String text, String url, LocalDate published, String publisher,
                  String origin) implements Serializable {

    private static final long serialVersionUID = 1L;

    static ArticleRow of(Article a) {
        return new ArticleRow(a.id(), a.headline(), a.text(), a.url(), a.published(), a.publisher(), a.origin());
    }

    Article article() {
        return new Article(id, headline, text, url, published, publisher, origin);
    }
}
