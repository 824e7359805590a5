package org.diplograph.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The documents of a split as {@code {"id", "text", "date"}} JSON lines, the input {@code diplograph mentions} reads.
 * The text is the gold text unchanged, so predicted offsets are gold offsets. No title is written: the gold offsets
 * are into the text, and a separate title would be extracted apart from it.
 */
public final class TextExport {

    private TextExport() {
    }

    public static int write(List<EvalDoc> docs, Writer out) throws IOException {
        for (EvalDoc d : docs) {
            ObjectNode o = Jsonl.JSON.createObjectNode();
            o.put("id", d.id());
            o.put("text", d.text());
            if (d.date() != null) {
                o.put("date", d.date());
            }
            out.write(Jsonl.JSON.writeValueAsString(o));
            out.write('\n');
        }
        return docs.size();
    }
}
