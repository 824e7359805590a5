package org.diplograph.extract;

/**
 * One source of entity mentions: registry aliases, titles, context rules, the trained name finder, coreference, or
 * a reading that retypes or drops what earlier finders claimed. {@link EntityExtractor} runs its finders in a fixed
 * order over one {@link ArticleMentions}; each sees what the finders before it claimed. Implementations hold no
 * state of their own between articles and are safe to share between threads.
 */
interface MentionFinder {
    void find(ArticleMentions mentions);
}
