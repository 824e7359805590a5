/**
 * The stages wired together for one article ({@link org.diplograph.pipeline.ArticlePipeline}) and for a
 * batch with workers, one writer and progress ({@link org.diplograph.pipeline.BatchBuilder}).
 */
package org.diplograph.pipeline;
