package org.diplograph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What the server changes in a query's algebra before running it, so that no part of a query can outlast its timeout
 * or fill the heap: REGEX and REPLACE read their text under the deadline ({@link BoundedRegex}) and GROUP_CONCAT is
 * capped ({@link CappedGroupConcat}). The rewrite runs ahead of ARQ's standard optimizer, through the execution
 * context, so queries outside the server are untouched.
 */
final class QueryLimits {

    /** A query's deadline, as {@link System#nanoTime()}, in its execution context. */
    static final Symbol DEADLINE = Symbol.create("urn:diplograph:queryDeadline");

    private static final ExprTransform EXPRS = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(BoundedRegex.REGEX, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(BoundedRegex.REPLACE, args);
            }
            return super.transform(func, args);
        }
    };

    private static final RewriteFactory REWRITE = context -> op ->
            Optimize.stdOptimizationFactory.create(context).rewrite(bound(op));

    private static boolean registered;

    /** Registers the bounded functions (once) and sets the rewrite on this context. */
    static synchronized void install(Context context) {
        if (!registered) {
            FunctionRegistry.get().put(BoundedRegex.REGEX, uri -> new BoundedRegex.Regex());
            FunctionRegistry.get().put(BoundedRegex.REPLACE, uri -> new BoundedRegex.Replace());
            AggregateRegistry.register(CappedGroupConcat.IRI, new CappedGroupConcat(),
                    NodeFactory.createLiteralString(""));
            registered = true;
        }
        context.set(ARQConstants.sysOptimizerFactory, REWRITE);
    }

    /** The algebra with bounded regular expressions and capped GROUP_CONCATs. */
    static Op bound(Op op) {
        return Transformer.transform(new Groups(), EXPRS, op);
    }

    static long deadline(FunctionEnv env) {
        return env == null ? Long.MAX_VALUE : deadline(env.getContext());
    }

    /** The deadline set in this execution context, or {@link Long#MAX_VALUE} for none. */
    static long deadline(Context context) {
        Object d = context == null ? null : context.get(DEADLINE);
        return d instanceof Long l ? l : Long.MAX_VALUE;
    }

    private static final class Groups extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator ea : group.getAggregators()) {
                aggregators.add(new ExprAggregator(ea.getVar(), capped(ea.getAggregator())));
            }
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }

        private static Aggregator capped(Aggregator a) {
            ExprList args = a.getExprList() == null ? null : ExprTransformer.transform(EXPRS, a.getExprList());
            if (a instanceof AggGroupConcat g) {
                return new AggCustom(CappedGroupConcat.IRI, false, concatArgs(args, g.getSeparator()));
            }
            if (a instanceof AggGroupConcatDistinct g) {
                return new AggCustom(CappedGroupConcat.IRI, true, concatArgs(args, g.getSeparator()));
            }
            return args == null ? a : a.copy(args);
        }

        private static ExprList concatArgs(ExprList args, String separator) {
            return new ExprList(List.of(args.get(0), NodeValue.makeString(separator == null ? " " : separator)));
        }
    }

    private QueryLimits() {
    }
}
