/**
 * Time expressions found and resolved against the article date ({@link org.diplograph.extract.time.TimeNormalizer}):
 * xsd:date, gYearMonth or gYear, or the expression alone when there is no anchor.
 */
package org.diplograph.extract.time;
