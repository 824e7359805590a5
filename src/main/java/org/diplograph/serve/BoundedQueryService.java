package org.diplograph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation with the server's limits. The timeout counts from the request's arrival, so the time spent
 * reading and parsing it is included; a SELECT is evaluated to the end (up to {@code maxRows}) before the first byte is
 * written, so a query that times out answers 503 and never a 200 whose body is cut. SELECT results are kept per
 * snapshot of the store ({@link ResultCache}), so repeating a query costs its evaluation once per change of the store.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {

    /** RAND, NOW, UUID, STRUUID, BNODE by keyword or by function IRI: their value is not the snapshot's. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(rand|now|uuid|struuid|bnode)\\s*>?\\s*\\(");

    private final long timeoutMillis;
    private final int maxRows;
    private final ResultCache cache;
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();

    /** @param cache where SELECT results are kept per snapshot of the store; null evaluates every request */
    BoundedQueryService(long timeoutMillis, int maxRows, ResultCache cache) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        this.cache = cache;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long arrived = RequestGuard.arrival(action.getRequest());
        long deadline = arrived + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new QueryCancelledException(); // parsing took the whole budget
        }
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .set(QueryLimits.DEADLINE, deadline)
                .overallTimeout(left, TimeUnit.MILLISECONDS)
                .build();
    }

    /** The results kept, or null when every request is evaluated. */
    ResultCache cache() {
        return cache;
    }

    /** Cancels every query running now: what a shutdown does once the grace period is over. */
    void abortAll() {
        running.forEach(QueryExec::abort);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        running.add(exec);
        try {
            return evaluate(action, exec, query, queryStringLog);
        } catch (ActionErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            // Under load, a timeout that cancelled a hash join mid-build surfaced as an NPE from Jena's cleanup
            // (AbstractIterHashJoin.closeSubIterator): past the deadline, whatever broke, the answer is a timeout.
            long deadline = QueryLimits.deadline(exec.getContext());
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
            throw e;
        } finally {
            running.remove(exec);
        }
    }

    private QueryExecResult evaluate(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (!query.isSelectType()) {
            // ASK, CONSTRUCT and DESCRIBE results are complete in memory when these return
            return super.executeQuery(action, exec, query, queryStringLog);
        }
        ResultCache.Snapshot snapshot = cache != null && cacheable(action, query)
                ? ResultCache.snapshot(exec.getDataset()) : null;
        ResultCache.Rows result = snapshot == null ? select(exec)
                : cache.get(new ResultCache.Key(snapshot, query.toString()), QueryLimits.deadline(exec.getContext()),
                        () -> select(exec));
        return new QueryExecResult(RowSetStream.create(result.vars(), result.rows().iterator()));
    }

    /**
     * Whether the result depends on nothing but the query text and the snapshot: not on a dataset named in the
     * request's parameters, nor on a function whose value changes from call to call (as an IRI too, afn:now).
     */
    private static boolean cacheable(HttpAction action, Query query) {
        return action.getRequestParameter("default-graph-uri") == null
                && action.getRequestParameter("named-graph-uri") == null
                && !VOLATILE.matcher(query.toString()).find();
    }

    private ResultCache.Rows select(QueryExec exec) {
        RowSet rs = exec.select();
        List<Var> vars = rs.getResultVars();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            if (rows.size() == maxRows) {
                exec.abort();
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                        "More than " + maxRows + " result rows: add a LIMIT (and OFFSET to page).");
            }
            // resolved now, inside the read transaction: a kept row outlives it
            rows.add(BindingFactory.copy(rs.next()));
        }
        return ResultCache.Rows.of(vars, rows);
    }
}
