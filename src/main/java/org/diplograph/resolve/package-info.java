/**
 * One entity per real thing within an article, keyed so the same thing gets the same IRI in every
 * article ({@link org.diplograph.resolve.Resolver}).
 */
package org.diplograph.resolve;
