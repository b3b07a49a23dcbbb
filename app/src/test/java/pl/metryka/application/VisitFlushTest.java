package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.metryka.test.Fields.set;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A flush whose commit went through but whose answer was lost (the pool closing the connection as
 * the server stops, a network break) put its deltas back, and the next flush added them again: CI's
 * stopping check saw 40 views counted twice after a SIGTERM. The store here keeps the batch ids as
 * the database does.
 */
class VisitFlushTest {

    private final Map<Long, Long> database = new HashMap<>();
    private final Set<UUID> batches = new HashSet<>();
    private Failure next = Failure.NONE;
    private final VisitCounter counter = counter();

    private enum Failure {
        NONE,
        /** the connection cannot be had: nothing is written */
        DOWN,
        /** the commit goes through, its answer never comes */
        ANSWER_LOST
    }

    @Test
    void aCommitWhoseAnswerWasLostIsNotCountedTwice() {
        view(12, 40);
        assertEquals(0, flushFailing(Failure.ANSWER_LOST));
        assertEquals(40, counter.pendingVisits(12)); // not confirmed yet: still shown
        assertEquals(40, counter.flush());
        assertEquals(40L, database.get(12L));
        assertEquals(0, counter.pendingVisits());
    }

    @Test
    void theExitHookRetriesTheBatchTheLastFlushLostTheAnswerOf() {
        view(12, 40);
        flushFailing(Failure.ANSWER_LOST); // @PreDestroy, through the pool the server is closing
        view(12, 3); // views still answered meanwhile
        counter.flushOnOwnConnection(); // the JVM exit hook
        assertEquals(43L, database.get(12L));
        assertEquals(0, counter.pendingVisits());
    }

    @Test
    void aBatchThatCertainlyFailedGoesBackWithTheViewsCountedSince() {
        view(12, 40);
        view(7, 2);
        assertEquals(0, flushFailing(Failure.DOWN));
        view(12, 5);
        assertEquals(47, counter.flush());
        assertEquals(45L, database.get(12L));
        assertEquals(2L, database.get(7L));
        assertEquals(1, batches.size());
    }

    @Test
    void anUnconfirmedBatchIsRetriedUnderItsIdEvenAfterTheDatabaseWasDown() {
        view(12, 40);
        flushFailing(Failure.ANSWER_LOST);
        view(12, 1);
        flushFailing(Failure.DOWN); // the retry cannot connect: the lost-answer batch stays as it is
        assertEquals(41, counter.pendingVisits(12));
        assertEquals(41, counter.flush());
        assertEquals(41L, database.get(12L));
        assertEquals(2, batches.size());
    }

    /** Flushes once with the write failing as {@code failure} says; returns what the flush counted as written. */
    private long flushFailing(Failure failure) {
        next = failure;
        return counter.flush();
    }

    private void view(long documentId, int times) {
        for (int i = 0; i < times; i++) {
            counter.recordVisit(documentId);
        }
    }

    private boolean write(UUID batch, Map<Long, Long> deltas) {
        Failure failure = next;
        next = Failure.NONE;
        if (failure == Failure.DOWN) {
            throw new VisitStore.Unavailable("connection refused", null, false);
        }
        if (!batches.add(batch)) {
            return false;
        }
        deltas.forEach((id, delta) -> database.merge(id, delta, Long::sum));
        if (failure == Failure.ANSWER_LOST) {
            throw new VisitStore.Unavailable("connection closed after COMMIT", null, true);
        }
        return true;
    }

    private VisitCounter counter() {
        VisitStore store = new VisitStore() {
            @Override
            public long stored(long documentId) {
                return database.getOrDefault(documentId, 0L);
            }

            @Override
            public Map<Long, Long> stored(Collection<Long> documentIds) {
                Map<Long, Long> counts = new HashMap<>();
                documentIds.forEach(id -> counts.put(id, stored(id)));
                return counts;
            }

            @Override
            public boolean add(UUID batch, Map<Long, Long> deltas) {
                return write(batch, deltas);
            }

            @Override
            public boolean addOnOwnConnection(UUID batch, Map<Long, Long> deltas) {
                return write(batch, deltas);
            }
        };
        return set(new VisitCounter(), "store", store);
    }
}
