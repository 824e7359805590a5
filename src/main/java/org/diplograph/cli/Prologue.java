package org.diplograph.cli;

import java.util.Map;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Namespaces;

/** PREFIX lines for queries typed on the command line. */
final class Prologue {
    static final String PREFIXES = build();

    private static String build() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : Namespaces.standard(DG.DEFAULT_BASE).entrySet()) {
            sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
        }
        return sb.toString();
    }

    private Prologue() {
    }
}
