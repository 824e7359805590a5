package org.diplograph.serve;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * SPARQL's REGEX and REPLACE as the server runs them: the same java.util.regex semantics as ARQ, but matching reads
 * the text through a {@link DeadlineText}, so a pattern that backtracks without end fails at the query's deadline.
 * {@link QueryLimits} puts these in place of the built-in functions.
 */
abstract class BoundedRegex extends FunctionBase {

    static final String REGEX = "urn:diplograph:fn:regex";
    static final String REPLACE = "urn:diplograph:fn:replace";

    private String cachedPattern;
    private String cachedFlags;
    private Pattern cached;
    private FunctionEnv env;

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        this.env = env;
        return exec(args);
    }

    /** The text, read under the query's deadline. */
    DeadlineText text(NodeValue v, String fn) {
        return new DeadlineText(lexical(v, fn), QueryLimits.deadline(env), cancelSignal());
    }

    private java.util.concurrent.atomic.AtomicBoolean cancelSignal() {
        return env instanceof ExecutionContext cxt ? cxt.getCancelSignal() : null;
    }

    /** Patterns are usually constants: compile once per expression, not once per row. */
    Pattern pattern(NodeValue pattern, NodeValue flags, String fn) {
        String p = lexical(pattern, fn);
        String f = flags == null ? "" : lexical(flags, fn);
        if (cached == null || !p.equals(cachedPattern) || !f.equals(cachedFlags)) {
            try {
                cached = Pattern.compile(p, javaFlags(f, fn));
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException(fn + ": bad pattern: " + e.getDescription());
            }
            cachedPattern = p;
            cachedFlags = f;
        }
        return cached;
    }

    /** The flags of XPath's fn:matches (and ARQ's RegexJava): i, m, s, x and q. */
    private static int javaFlags(String flags, String fn) {
        int out = 0;
        for (char c : flags.toCharArray()) {
            out |= switch (c) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException(fn + ": unknown flag " + c);
            };
        }
        return out;
    }

    /** A string literal's text (simple, xsd:string or language-tagged); anything else is a type error, as in ARQ. */
    static String lexical(NodeValue v, String fn) {
        Node n = v.asNode();
        if (!n.isLiteral()) {
            throw new ExprEvalException(fn + ": not a string literal: " + v);
        }
        String dt = n.getLiteralDatatypeURI();
        if (!XSD.xstring.getURI().equals(dt) && !RDF.dtLangString.getURI().equals(dt)) {
            throw new ExprEvalException(fn + ": not a string literal: " + v);
        }
        return n.getLiteralLexicalForm();
    }

    static void checkArity(ExprList args, int min, int max, String fn) {
        if (args.size() < min || args.size() > max) {
            throw new QueryBuildException(fn + ": wrong number of arguments: " + args.size());
        }
    }

    /** REGEX(text, pattern [, flags]). */
    static final class Regex extends BoundedRegex {
        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(args, 2, 3, "REGEX");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null, "REGEX");
            return NodeValue.booleanReturn(p.matcher(text(args.get(0), "REGEX")).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); the result keeps the text's language tag. */
    static final class Replace extends BoundedRegex {
        @Override
        public void checkBuild(String uri, ExprList args) {
            checkArity(args, 3, 4, "REPLACE");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null, "REPLACE");
            String replacement = lexical(args.get(2), "REPLACE");
            String out;
            try {
                out = p.matcher(text(args.get(0), "REPLACE")).replaceAll(replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
            }
            String lang = args.get(0).asNode().getLiteralLanguage();
            return Lib.isEmpty(lang) ? NodeValue.makeString(out)
                    : NodeValue.makeNode(NodeFactory.createLiteralLang(out, lang));
        }
    }
}
