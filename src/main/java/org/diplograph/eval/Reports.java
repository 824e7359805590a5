package org.diplograph.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Scores as a table for people and as JSON for machines; the same figures in both. */
public final class Reports {

    private Reports() {
    }

    public static String table(NerScorer.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "NER  %s  split=%s  documents=%d  (exact span and type)%n",
                r.corpus(), r.split(), r.coverage().documents()));
        header(sb);
        r.result().byType().forEach((type, c) -> row(sb, type, c));
        sb.append(rule());
        row(sb, "overall", r.result().micro());
        row(sb, "PER+ORG+LOC", r.result().core());
        row(sb, "span only", r.result().untyped());
        if (r.result().flatCeilingRecall() < 1) {
            sb.append(String.format(Locale.ROOT, "flat ceiling: the gold nests names, so a tagger without overlapping "
                    + "spans can reach recall %.3f at most%n", r.result().flatCeilingRecall()));
        }
        if (r.notNames() > 0) {
            double ceiling = r.nameCeilingRecall();
            sb.append(String.format(Locale.ROOT, "name ceiling: %d gold mentions are pronouns or have no capital "
                    + "letter (\"we\", \"the camp\"); a flat tagger of names alone can reach recall %.3f, F1 %.3f at most%n",
                    r.notNames(), ceiling, 2 * ceiling / (1 + ceiling)));
        }
        sb.append("types scored: ").append(String.join(", ", r.types())).append('\n');
        coverage(sb, r.coverage());
        return sb.toString();
    }

    public static String table(RelationScorer.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Relations  %s  split=%s  documents=%d  (source, type, target; spans "
                + "overlap)%n", r.corpus(), r.split(), r.coverage().documents()));
        header(sb);
        r.result().byType().forEach((type, c) -> row(sb, type, c));
        sb.append(rule());
        row(sb, "overall", r.result().micro());
        coverage(sb, r.coverage());
        return sb.toString();
    }

    public static String table(CorefScorer.Report r) {
        StringBuilder sb = new StringBuilder();
        CorefScorer.Result res = r.result();
        sb.append(String.format(Locale.ROOT, "Coreference  %s  split=%s  documents=%d  kind=%s  alignment=%s%n",
                r.corpus(), r.split(), r.coverage().documents(), r.kind(), r.alignment().name().toLowerCase(Locale.ROOT)));
        sb.append(String.format(Locale.ROOT, "key: %d mentions in %d clusters; response: %d mentions in %d clusters%n",
                res.mentionDetection().tp() + res.mentionDetection().fn(), res.keyClusters(),
                res.mentionDetection().tp() + res.mentionDetection().fp(), res.responseClusters()));
        sb.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s%n", "metric", "recall", "precision", "F1"));
        sb.append(rule());
        Counts md = res.mentionDetection();
        sb.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f   (%d of %d gold mentions found)%n",
                "mentions", md.recall(), md.precision(), md.f1(), md.tp(), md.tp() + md.fn()));
        res.metrics().forEach((name, s) -> sb.append(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f%n",
                name, s.recall(), s.precision(), s.f1())));
        sb.append(rule());
        sb.append(String.format(Locale.ROOT, "%-16s %9s %9s %9.4f%n", "CoNLL F1", "", "", res.conllF1()));
        coverage(sb, r.coverage());
        return sb.toString();
    }

    public static ObjectNode json(NerScorer.Report r) {
        ObjectNode o = head("ner", r.corpus(), r.split(), r.coverage());
        ObjectNode byType = o.putObject("byType");
        r.result().byType().forEach((t, c) -> counts(byType.putObject(t), c));
        counts(o.putObject("overall"), r.result().micro());
        counts(o.putObject("perOrgLoc"), r.result().core());
        counts(o.putObject("spanOnly"), r.result().untyped());
        o.put("flatCeilingRecall", r.result().flatCeilingRecall());
        o.put("notNames", r.notNames());
        o.put("nameCeilingRecall", r.nameCeilingRecall());
        r.types().forEach(o.putArray("types")::add);
        return o;
    }

    public static ObjectNode json(RelationScorer.Report r) {
        ObjectNode o = head("relations", r.corpus(), r.split(), r.coverage());
        ObjectNode byType = o.putObject("byType");
        r.result().byType().forEach((t, c) -> counts(byType.putObject(t), c));
        counts(o.putObject("overall"), r.result().micro());
        return o;
    }

    public static ObjectNode json(CorefScorer.Report r) {
        ObjectNode o = head("coref", r.corpus(), r.split(), r.coverage());
        o.put("kind", r.kind());
        o.put("alignment", r.alignment().name().toLowerCase(Locale.ROOT));
        CorefScorer.Result res = r.result();
        counts(o.putObject("mentions"), res.mentionDetection());
        o.put("keyClusters", res.keyClusters());
        o.put("responseClusters", res.responseClusters());
        for (Map.Entry<String, CorefMetric.Score> e : res.metrics().entrySet()) {
            ObjectNode m = o.putObject(e.getKey());
            m.put("recall", e.getValue().recall());
            m.put("precision", e.getValue().precision());
            m.put("f1", e.getValue().f1());
        }
        o.put("conllF1", res.conllF1());
        return o;
    }

    private static ObjectNode head(String task, String corpus, Split split, Coverage c) {
        ObjectNode o = Jsonl.JSON.createObjectNode();
        o.put("task", task);
        o.put("corpus", corpus);
        o.put("split", split.toString());
        o.put("documents", c.documents());
        o.put("documentsWithoutPrediction", c.documentsWithoutPrediction());
        o.put("textMismatches", c.textMismatches());
        o.put("outsideAnnotation", c.outsideAnnotation());
        ObjectNode ignored = o.putObject("ignoredPredictedTypes");
        c.ignoredTypes().forEach(ignored::put);
        return o;
    }

    private static void counts(ObjectNode o, Counts c) {
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
    }

    private static void header(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %9s %9s %9s%n",
                "type", "tp", "fp", "fn", "precision", "recall", "F1"));
        sb.append(rule());
    }

    private static void row(StringBuilder sb, String label, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-16s %6d %6d %6d %9.4f %9.4f %9.4f%n",
                label, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }

    private static String rule() {
        return "-".repeat(66) + "\n";
    }

    private static void coverage(StringBuilder sb, Coverage c) {
        if (c.documentsWithoutPrediction() > 0) {
            sb.append(String.format(Locale.ROOT, "warning: %d of %d documents have no prediction line (scored as "
                    + "predicting nothing)%n", c.documentsWithoutPrediction(), c.documents()));
        }
        if (c.textMismatches() > 0) {
            sb.append(String.format(Locale.ROOT, "warning: %d predicted mentions do not match the gold text at their "
                    + "offsets: were they predicted on the text `eval export-text` writes?%n", c.textMismatches()));
        }
        if (c.outsideAnnotation() > 0) {
            sb.append(String.format(Locale.ROOT, "not judged: %d predicted mentions outside the annotated parts of the "
                    + "documents%n", c.outsideAnnotation()));
        }
        if (!c.ignoredTypes().isEmpty()) {
            sb.append("not judged (types this corpus does not annotate): ").append(c.ignoredTypes()).append('\n');
        }
    }
}
