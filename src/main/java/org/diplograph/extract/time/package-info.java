/**
 * Time expressions found and resolved against the article date ({@link org.diplograph.extract.time.TimeNormalizer}):
 * xsd:date, gYearMonth or gYear, or the expression alone when the text or the anchor gives no date. Bare weekdays,
 * months and month-days are read in the direction of the tense around them ({@link org.diplograph.extract.time.Tense})
 * or in one the caller gives ({@link org.diplograph.extract.time.Direction}); the words consulted are in
 * {@code lang/en/time.properties}.
 */
package org.diplograph.extract.time;
