/**
 * The statistical name finder: the shipped model ({@link org.diplograph.extract.ner.NameModel}) and its
 * training from gold and silver labels ({@link org.diplograph.extract.ner.NerTrainer}).
 */
package org.diplograph.extract.ner;
