package pl.metryka.interfaces.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import pl.metryka.application.BulletinHead;
import pl.metryka.application.BulletinHead.Position;

/** The page cache's bound, its purges when the register head moves, and the freshness of the head it uses. */
class PageStoreTest {

    /** A register in memory: entries seq 1..n, each naming the document it changed. */
    static final class Register implements BulletinHead {
        final Map<Long, Long> documentOf = new ConcurrentHashMap<>();
        final AtomicReference<Position> head = new AtomicReference<>(new Position(0, "genesis"));
        final AtomicInteger reads = new AtomicInteger();
        volatile CountDownLatch gate;

        void append(long documentId) {
            long seq = head.get().seq() + 1;
            documentOf.put(seq, documentId);
            head.set(new Position(seq, "h" + seq));
        }

        @Override
        public Position current() {
            Position read = head.get();
            reads.incrementAndGet();
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return read;
        }

        @Override
        public Changes changedBetween(long afterSeq, long uptoSeq) {
            Set<Long> ids = new HashSet<>();
            boolean wholeBulletin = false;
            for (long s = afterSeq + 1; s <= uptoSeq; s++) {
                Long id = documentOf.get(s);
                if (id == null || id < 0) {
                    wholeBulletin = true;
                } else {
                    ids.add(id);
                }
            }
            return new Changes(ids, wholeBulletin);
        }

        @Override
        public Optional<String> entryHash(long seq) {
            return documentOf.containsKey(seq) && seq <= head.get().seq() ? Optional.of("h" + seq) : Optional.empty();
        }
    }

    private final Register register = new Register();
    /** The store the tests use unless they need a smaller bound: 8 MiB over {@link #register}. */
    private final PageStore store = new PageStore(register, 8 * 1024 * 1024);

    private static CachedPage page(PageCache.Scope scope, Position head, int bytes) {
        return CachedPage.of("text/html;charset=UTF-8", List.of(), new byte[bytes], "\"e\"", scope, null, head);
    }

    @Test
    void aCrawlerWalkingEveryPageDoesNotGrowTheCachePastItsBound() {
        PageStore store = new PageStore(register, 1024 * 1024);
        Position head = store.freshHead(System.nanoTime());
        for (int i = 0; i < 2000; i++) {
            store.put("/dokument/d" + i, page(PageCache.Scope.immutableDocument(i), head, 20_000));
            assertTrue(
                    store.weightedSize() <= 1024 * 1024,
                    "over the bound after " + i + " pages: " + store.weightedSize());
        }
        assertTrue(store.size() < 100, "kept " + store.size());
    }

    @Test
    void aMovedHeadDropsTheBulletinsPagesAndTheChangedDocumentsButKeepsOtherVersions() {
        register.append(7);
        Position a = store.freshHead(System.nanoTime());
        store.put("home", page(PageCache.Scope.BULLETIN, a, 100));
        store.put("doc7", page(PageCache.Scope.document(7), a, 100));
        store.put("v7", page(PageCache.Scope.immutableDocument(7), a, 100));
        store.put("v8", page(PageCache.Scope.immutableDocument(8), a, 100));
        assertNotNull(store.get("home", a));

        register.append(7); // e.g. a redaction of document 7
        Position b = store.freshHead(System.nanoTime());
        assertNull(store.get("home", b));
        assertNull(store.get("doc7", b));
        assertNull(store.get("v7", b), "a redacted document's versions must go");
        assertNotNull(store.get("v8", b), "another document's version stays");

        store.put("late", page(PageCache.Scope.immutableDocument(9), a, 100));
        assertNull(store.get("late", b), "a page rendered at an older head is not kept");
    }

    /** Review finding: a renamed category or podmiot stayed in every kept version page's menu and header. */
    @Test
    void aChangeOfNoDocumentDropsEveryPageVersionsIncluded() {
        register.append(7);
        Position a = store.freshHead(System.nanoTime());
        store.put("v7", page(PageCache.Scope.immutableDocument(7), a, 100));
        store.put("v8", page(PageCache.Scope.immutableDocument(8), a, 100));
        register.append(-1); // a category renamed: an entry that names no document
        Position b = store.freshHead(System.nanoTime());
        assertNull(store.get("v7", b), "the version page's menu names the old category");
        assertNull(store.get("v8", b));
    }

    @Test
    void aRestoredDatabaseEmptiesTheCache() {
        register.append(1);
        register.append(2);
        Position a = store.freshHead(System.nanoTime());
        store.put("v3", page(PageCache.Scope.immutableDocument(3), a, 100));
        register.documentOf.clear();
        register.head.set(new Position(1, "other"));
        Position b = store.freshHead(System.nanoTime());
        assertNull(store.get("v3", b));
    }

    @Test
    void aRequestNeverUsesAHeadReadStartedBeforeItArrivedAndConcurrentArrivalsShareOneRead() throws Exception {
        store.freshHead(System.nanoTime());
        register.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        Future<Position> early = pool.submit(() -> store.freshHead(System.nanoTime()));
        while (register.reads.get() < 2) {
            Thread.onSpinWait();
        }
        register.append(5); // commits while the early read is in flight
        int readsBefore = register.reads.get();
        List<Future<Position>> late = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            long arrived = System.nanoTime();
            late.add(pool.submit(() -> store.freshHead(arrived)));
        }
        Thread.sleep(200);
        register.gate.countDown();
        register.gate = null;
        assertEquals(0, early.get().seq());
        for (Future<Position> f : late) {
            assertEquals(1, f.get().seq(), "a request saw a head read before it arrived");
        }
        assertEquals(readsBefore + 1, register.reads.get(), "19 concurrent arrivals share one read");
        pool.shutdown();
    }

    @Test
    void underLoadReadsOfTheHeadAreSpacedAndSharedNotBackToBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger requests = new AtomicInteger();
        long started = System.nanoTime();
        long end = started + TimeUnit.MILLISECONDS.toNanos(300);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            loops.add(pool.submit(() -> {
                while (System.nanoTime() - end < 0) {
                    assertNotNull(store.freshHead(System.nanoTime()));
                    requests.incrementAndGet();
                }
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();
        long elapsed = System.nanoTime() - started;
        long allowed = elapsed / PageStore.MIN_GAP_NANOS + 2;
        // back to back, reads of an in-memory head would number in the hundreds of thousands
        assertTrue(
                register.reads.get() <= allowed,
                register.reads.get() + " reads in " + elapsed / 1_000_000 + " ms, at most " + allowed + " allowed");
        assertTrue(
                requests.get() > register.reads.get(),
                requests.get() + " requests shared " + register.reads.get() + " reads");
    }
}
