package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;

/** Test sink that records everything a reader or the scanner produces. */
final class CollectingSink implements InputSink {
    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    Article onlyArticle() {
        if (articles.size() != 1 || !rejections.isEmpty()) {
            throw new AssertionError("expected exactly one article and no rejection, got "
                    + articles + " / " + rejections);
        }
        return articles.get(0);
    }

    Rejection onlyRejection() {
        if (rejections.size() != 1 || !articles.isEmpty()) {
            throw new AssertionError("expected exactly one rejection and no article, got "
                    + articles + " / " + rejections);
        }
        return rejections.get(0);
    }
}
