package org.diplograph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL against a store's query view (default graph = merged graph) and prints the result.
 * SELECT and ASK print in the chosen format; CONSTRUCT and DESCRIBE print Turtle.
 */
public final class QueryRunner {

    /** Parses the query, so a syntax error surfaces before anything runs. */
    public static Query parse(String sparql) {
        return QueryFactory.create(sparql);
    }

    public static long run(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    return print(rs, query, format, out);
                }
                if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    new PrintStream(out, true, StandardCharsets.UTF_8).println(answer);
                    return answer ? 1L : 0L;
                }
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
                return model.size();
            }
        });
    }

    private static long print(ResultSet results, Query query, ResultFormat format, OutputStream out) {
        CountingResultSet rs = new CountingResultSet(results);
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
        }
        return rs.rows();
    }

    /** Counts the rows the formatter consumes, so the count needs no second pass. */
    private static final class CountingResultSet extends org.apache.jena.sparql.resultset.ResultSetWrapper {
        private long rows;

        CountingResultSet(ResultSet rs) {
            super(rs);
        }

        @Override
        public org.apache.jena.query.QuerySolution next() {
            rows++;
            return super.next();
        }

        @Override
        public org.apache.jena.sparql.engine.binding.Binding nextBinding() {
            rows++;
            return super.nextBinding();
        }

        @Override
        public org.apache.jena.query.QuerySolution nextSolution() {
            rows++;
            return super.nextSolution();
        }

        long rows() {
            return rows;
        }
    }

    private QueryRunner() {
    }
}
