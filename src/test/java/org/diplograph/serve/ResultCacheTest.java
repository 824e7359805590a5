package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private static final Var X = Var.alloc("x");
    private static final long NO_DEADLINE = Long.MAX_VALUE;
    private final Object database = new Object();

    private static ResultCache.Rows rows(String... values) {
        List<Binding> out = new ArrayList<>();
        for (String v : values) {
            out.add(BindingFactory.binding(X, NodeFactory.createLiteralString(v)));
        }
        return ResultCache.Rows.of(List.of(X), out);
    }

    private ResultCache.Key key(long version, String query) {
        return new ResultCache.Key(new ResultCache.Snapshot(database, version), query);
    }

    /** An evaluation that counts its calls. */
    private static final class Counting implements Supplier<ResultCache.Rows> {
        final AtomicInteger calls = new AtomicInteger();
        final ResultCache.Rows result;

        Counting(ResultCache.Rows result) {
            this.result = result;
        }

        @Override
        public ResultCache.Rows get() {
            calls.incrementAndGet();
            return result;
        }
    }

    @Test
    void aRepeatedQueryOnTheSameSnapshotIsEvaluatedOnce() {
        ResultCache cache = new ResultCache(1 << 20);
        Counting eval = new Counting(rows("a", "b"));
        ResultCache.Rows first = cache.get(key(1, "q"), NO_DEADLINE, eval);
        ResultCache.Rows second = cache.get(key(1, "q"), NO_DEADLINE, eval);
        assertSame(first, second);
        assertEquals(1, eval.calls.get());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.evaluations());
    }

    @Test
    void aNewSnapshotIsEvaluatedAgainAndDropsTheOldResults() {
        ResultCache cache = new ResultCache(1 << 20);
        cache.get(key(1, "q"), NO_DEADLINE, new Counting(rows("old")));
        Counting fresh = new Counting(rows("new"));
        assertEquals("new", cache.get(key(2, "q"), NO_DEADLINE, fresh).rows().get(0).get(X).getLiteralLexicalForm());
        assertEquals(1, fresh.calls.get());
        assertEquals(rows("new").bytes(), cache.bytes(), "only the newest snapshot's result is kept");
    }

    @Test
    void anOlderSnapshotsResultIsNotKeptOnceANewerOneIsSeen() {
        ResultCache cache = new ResultCache(1 << 20);
        cache.get(key(5, "q"), NO_DEADLINE, new Counting(rows("newer")));
        Counting older = new Counting(rows("older"));
        cache.get(key(4, "p"), NO_DEADLINE, older);
        cache.get(key(4, "p"), NO_DEADLINE, older);
        assertEquals(2, older.calls.get());
    }

    @Test
    void anotherDatabaseWithTheSameVersionIsAnotherSnapshot() {
        ResultCache cache = new ResultCache(1 << 20);
        cache.get(key(3, "q"), NO_DEADLINE, new Counting(rows("before")));
        Counting compacted = new Counting(rows("after"));
        ResultCache.Key other = new ResultCache.Key(new ResultCache.Snapshot(new Object(), 3), "q");
        cache.get(other, NO_DEADLINE, compacted);
        assertEquals(1, compacted.calls.get());
    }

    @Test
    void theLeastRecentlyUsedResultGoesBeyondTheBound() {
        long one = rows("aaaa").bytes();
        ResultCache cache = new ResultCache(2 * one);
        Counting a = new Counting(rows("aaaa"));
        Counting b = new Counting(rows("bbbb"));
        Counting c = new Counting(rows("cccc"));
        cache.get(key(1, "a"), NO_DEADLINE, a);
        cache.get(key(1, "b"), NO_DEADLINE, b);
        cache.get(key(1, "a"), NO_DEADLINE, a); // a used last: b goes first
        cache.get(key(1, "c"), NO_DEADLINE, c);
        assertTrue(cache.bytes() <= 2 * one);
        cache.get(key(1, "a"), NO_DEADLINE, a);
        cache.get(key(1, "b"), NO_DEADLINE, b);
        assertEquals(1, a.calls.get());
        assertEquals(2, b.calls.get());
    }

    @Test
    void aResultLargerThanTheBoundIsAnsweredButNotKept() {
        ResultCache cache = new ResultCache(rows("x").bytes());
        Counting big = new Counting(rows("a", "b", "c"));
        assertEquals(3, cache.get(key(1, "q"), NO_DEADLINE, big).rows().size());
        cache.get(key(1, "q"), NO_DEADLINE, big);
        assertEquals(2, big.calls.get());
        assertEquals(0, cache.bytes());
    }

    @Test
    void requestsForAResultBeingEvaluatedWaitForItInsteadOfRepeatingIt() throws Exception {
        ResultCache cache = new ResultCache(1 << 20);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Supplier<ResultCache.Rows> slow = () -> {
            calls.incrementAndGet();
            started.countDown();
            await(release);
            return rows("shared");
        };
        CompletableFuture<ResultCache.Rows> first = CompletableFuture.supplyAsync(
                () -> cache.get(key(1, "q"), NO_DEADLINE, slow));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        CompletableFuture<ResultCache.Rows> second = CompletableFuture.supplyAsync(
                () -> cache.get(key(1, "q"), NO_DEADLINE, slow));
        awaitWaiting(cache);
        release.countDown();
        assertSame(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        assertEquals(1, calls.get());
    }

    @Test
    void aWaitingRequestEndsAtItsOwnDeadline() throws Exception {
        ResultCache cache = new ResultCache(1 << 20);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ResultCache.Rows> first = CompletableFuture.supplyAsync(() -> cache.get(key(1, "q"),
                NO_DEADLINE, () -> {
                    started.countDown();
                    await(release);
                    return rows("late");
                }));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        try {
            assertThrows(QueryCancelledException.class,
                    () -> cache.get(key(1, "q"), System.nanoTime(), () -> rows("mine")));
        } finally {
            release.countDown();
        }
        first.get(30, TimeUnit.SECONDS);
    }

    @Test
    void whenTheSharedEvaluationFailsAWaiterEvaluatesForItself() throws Exception {
        ResultCache cache = new ResultCache(1 << 20);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ResultCache.Rows> failing = CompletableFuture.supplyAsync(() -> cache.get(key(1, "q"),
                NO_DEADLINE, () -> {
                    started.countDown();
                    await(release);
                    throw new QueryCancelledException();
                }));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        Counting own = new Counting(rows("mine"));
        CompletableFuture<ResultCache.Rows> waiter = CompletableFuture.supplyAsync(
                () -> cache.get(key(1, "q"), NO_DEADLINE, own));
        awaitWaiting(cache);
        release.countDown();
        ResultCache.Rows got = waiter.get(30, TimeUnit.SECONDS);
        assertEquals("mine", got.rows().get(0).get(X).getLiteralLexicalForm());
        assertEquals(1, own.calls.get());
        assertThrows(Exception.class, () -> failing.get(30, TimeUnit.SECONDS));
    }

    /** Until a second request waits for the evaluation in progress; fails if none ever does. */
    private static void awaitWaiting(ResultCache cache) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (cache.waiting() == 0) {
            assertTrue(System.nanoTime() < end, "no request waited for the evaluation in progress");
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
