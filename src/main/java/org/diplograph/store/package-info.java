/**
 * Where graphs live: memory or TDB2 ({@link org.diplograph.store.Stores}), whole articles per transaction,
 * exports by file extension ({@link org.diplograph.store.Exporter}), cross-article conclusions
 * ({@link org.diplograph.store.Consolidator}).
 */
package org.diplograph.store;
