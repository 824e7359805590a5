/**
 * The pipeline as an Apache Spark job ({@link org.diplograph.spark.SparkJob}): articles extracted per partition into
 * N-Quads and event-report records, then reports linked across articles by blocking keys and decided by the local
 * build's own linker. Spark is a provided dependency: none of this is in the CLI's jar or on its class path.
 */
package org.diplograph.spark;
