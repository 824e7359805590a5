package org.diplograph.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorFactory;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT that stops growing at {@link #MAX_CHARS} characters and ends the cut value with {@link #CUT}. The
 * built-in one concatenates without bound: over a cross product it filled a 3 GB heap in six seconds, before the
 * query timeout could act. {@link QueryLimits} puts this in place of the built-in aggregate.
 */
final class CappedGroupConcat implements AccumulatorFactory {

    static final String IRI = "urn:diplograph:agg:group-concat";
    static final int MAX_CHARS = 100_000;
    static final String CUT = " [cut at " + MAX_CHARS + " characters]";

    @Override
    public Accumulator createAccumulator(AggCustom agg, boolean distinct) {
        Expr value = agg.getExprList().get(0);
        String separator = BoundedRegex.lexical(agg.getExprList().get(1).getConstant(), "GROUP_CONCAT");
        return new Acc(value, separator, distinct);
    }

    private static final class Acc implements Accumulator {
        private final Expr value;
        private final String separator;
        private final Set<String> seen;
        private final StringBuilder out = new StringBuilder();
        private boolean first = true;
        private boolean cut;

        Acc(Expr value, String separator, boolean distinct) {
            this.value = value;
            this.separator = separator;
            this.seen = distinct ? new HashSet<>() : null;
        }

        @Override
        public void accumulate(Binding binding, FunctionEnv env) {
            if (cut) {
                return;
            }
            String s;
            try {
                s = value.eval(binding, env).asString();
            } catch (ExprEvalException e) {
                return; // a row whose value is an error adds nothing
            }
            if (seen != null && !seen.add(s)) {
                return;
            }
            if (!first) {
                out.append(separator);
            }
            first = false;
            out.append(s);
            if (out.length() > MAX_CHARS) {
                out.setLength(MAX_CHARS);
                out.append(CUT);
                cut = true;
                if (seen != null) {
                    seen.clear();
                }
            }
        }

        @Override
        public NodeValue getValue() {
            return NodeValue.makeString(out.toString());
        }
    }
}
