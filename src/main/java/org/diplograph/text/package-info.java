/**
 * Reading articles: files and records in, {@link org.diplograph.text.Article}s or one-line rejections out
 * ({@link org.diplograph.text.InputScanner}); page furniture blanked at the same offsets
 * ({@link org.diplograph.text.Cleaner}, by the shapes of {@code LineShapes} and the words of
 * {@code lang/en/furniture.tsv}); datelines. Start with InputScanner.
 */
package org.diplograph.text;
