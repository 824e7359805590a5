package org.diplograph.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * SELECT results of the store's current snapshot, so that a query many clients repeat (the canned ones) is evaluated
 * once per change of the store rather than once per request. An entry is keyed on the snapshot the query read: the
 * TDB2 database and the data version of the read transaction, which every committed write (an ingest round, a
 * removal) advances. A request sees an entry only if its own transaction reads that same snapshot, so nothing
 * written before a request began can be missing from its answer. Only the newest snapshot's results are kept;
 * rows are counted by an estimate of their size and the least recently used go first beyond the bound.
 *
 * <p>Requests for the same key while it is being evaluated wait for that evaluation instead of repeating it (after a
 * write, sixteen clients asking the same listing cost one evaluation, not sixteen), each no longer than its own
 * deadline; if the evaluation fails, each evaluates for itself.
 */
final class ResultCache {

    /** A database and the data version a read transaction sees in it; compared by the database's identity. */
    record Snapshot(Object database, long version) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && s.database == database && s.version == version;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(database) * 31 + Long.hashCode(version);
        }
    }

    record Key(Snapshot snapshot, String query) {
    }

    /** A whole result, detached from the store's transaction. */
    record Rows(List<Var> vars, List<Binding> rows, long bytes) {
        static Rows of(List<Var> vars, List<Binding> rows) {
            long bytes = 64;
            for (Binding b : rows) {
                bytes += 48;
                for (Iterator<Var> it = b.vars(); it.hasNext(); ) {
                    bytes += size(b.get(it.next()));
                }
            }
            return new Rows(List.copyOf(vars), List.copyOf(rows), bytes);
        }

        private static long size(Node n) {
            if (n == null) {
                return 0;
            }
            String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
            return 64 + 2L * text.length();
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Rows> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Rows>> evaluating = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong evaluations = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();
    private Snapshot newest;
    private long bytes;

    /** @param maxBytes the bound on the estimated size of the results kept; 0 keeps none */
    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The snapshot the calling thread's read transaction sees, or null where there is none to key on (not TDB2, or no
     * transaction), in which case nothing is cached.
     */
    static Snapshot snapshot(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        if (tdb == null) {
            return null;
        }
        Transaction txn = tdb.getTxnSystem().getThreadTransaction();
        return txn == null ? null : new Snapshot(tdb, txn.getDataVersion());
    }

    /**
     * The result for the key: kept, being evaluated by another request (waited for up to the deadline, as
     * {@link System#nanoTime()}), or evaluated now by {@code evaluate}.
     *
     * @throws QueryCancelledException when the deadline passes while waiting for another request's evaluation
     */
    Rows get(Key key, long deadline, Supplier<Rows> evaluate) {
        Rows kept = kept(key);
        if (kept != null) {
            hits.incrementAndGet();
            return kept;
        }
        CompletableFuture<Rows> mine = new CompletableFuture<>();
        CompletableFuture<Rows> theirs = evaluating.putIfAbsent(key, mine);
        if (theirs != null) {
            Rows shared;
            waiting.incrementAndGet();
            try {
                shared = await(theirs, deadline);
            } finally {
                waiting.decrementAndGet();
            }
            if (shared != null) {
                hits.incrementAndGet();
                return shared;
            }
            return evaluateAndKeep(key, evaluate, null);
        }
        return evaluateAndKeep(key, evaluate, mine);
    }

    private Rows evaluateAndKeep(Key key, Supplier<Rows> evaluate, CompletableFuture<Rows> mine) {
        evaluations.incrementAndGet();
        try {
            Rows rows = evaluate.get();
            keep(key, rows);
            if (mine != null) {
                mine.complete(rows);
            }
            return rows;
        } catch (RuntimeException | Error e) {
            if (mine != null) {
                mine.completeExceptionally(e);
            }
            throw e;
        } finally {
            if (mine != null) {
                evaluating.remove(key, mine);
            }
        }
    }

    /** Another request's result, or null if its evaluation failed (the caller then evaluates for itself). */
    private static Rows await(CompletableFuture<Rows> theirs, long deadline) {
        try {
            return theirs.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
    }

    private synchronized Rows kept(Key key) {
        return entries.get(key);
    }

    private synchronized void keep(Key key, Rows rows) {
        Snapshot s = key.snapshot();
        if (!s.equals(newest)) {
            if (newest != null && s.database() == newest.database() && s.version() < newest.version()) {
                return; // a reader of an older snapshot: its result is already out of date
            }
            entries.clear(); // a write (or a compaction's new database) made every kept result out of date
            bytes = 0;
            newest = s;
        }
        if (rows.bytes() > maxBytes) {
            return;
        }
        Rows old = entries.put(key, rows);
        bytes += rows.bytes() - (old == null ? 0 : old.bytes());
        for (Iterator<Rows> it = entries.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().bytes();
            it.remove();
        }
    }

    /** Requests answered from a kept or shared result. */
    long hits() {
        return hits.get();
    }

    /** Evaluations run through the cache (each a miss). */
    long evaluations() {
        return evaluations.get();
    }

    /** Requests waiting now for another request's evaluation. */
    int waiting() {
        return waiting.get();
    }

    /** Estimated size of the results kept. */
    synchronized long bytes() {
        return bytes;
    }
}
