/**
 * The command line (picocli): one class per command, {@link org.diplograph.cli.Main} lists them.
 * Results go to stdout, logs and rejections to stderr; exit codes 0, 1, 2.
 */
package org.diplograph.cli;
