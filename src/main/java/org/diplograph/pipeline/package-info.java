/**
 * One facade for the whole pipeline ({@link org.diplograph.pipeline.Diplograph}: a build, the link and consolidate
 * pass, one article's quads and event-report records), over the stages wired together for one article
 * ({@link org.diplograph.pipeline.ArticlePipeline}) and for a batch with workers, one writer and progress
 * ({@link org.diplograph.pipeline.BatchBuilder}).
 */
package org.diplograph.pipeline;
