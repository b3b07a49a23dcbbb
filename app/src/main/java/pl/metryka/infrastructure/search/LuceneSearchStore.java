package pl.metryka.infrastructure.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.SchemaReady;
import pl.metryka.application.search.SearchEntry;
import pl.metryka.application.search.SearchStore;
import pl.metryka.infrastructure.search.LuceneIndex.Entry;
import pl.metryka.infrastructure.search.LuceneIndex.Page;
import pl.metryka.infrastructure.search.LuceneIndex.Position;

/**
 * The search index as the application sees it. Every change is written to {@code search_entry} in
 * its own transaction (the database stays the one source of truth for all instances); queries are
 * answered by this instance's Lucene copy, which before each query catches up with the register:
 * whatever public change any instance has committed is searchable on every instance at once. Until
 * the copy is built (first start, a copy of an older index format, or a database whose history no
 * longer matches the copy) queries go to MariaDB FULLTEXT instead.
 */
@ApplicationScoped
public class LuceneSearchStore implements SearchStore {

    private static final Logger LOG = Logger.getLogger(LuceneSearchStore.class.getName());
    private static final int REBUILD_BATCH = 500;

    @Inject
    private SqlSearchStore sql;

    @Inject
    private SearchIndexFeed feed;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "metryka.data.dir", defaultValue = "data")
    private String dataDir;

    private Directory directory;
    private volatile LuceneIndex index;
    private volatile Position synced;
    private volatile boolean ready;

    @Override
    public void put(SearchEntry entry) {
        sql.put(entry);
    }

    @Override
    public Map<String, String> attachmentTexts(Collection<String> sha256s) {
        return sql.attachmentTexts(sha256s);
    }

    @Override
    public Found find(Criteria criteria, int offset, int limit) {
        if (!ready || !caughtUp()) {
            return sql.find(criteria, offset, limit);
        }
        Page page = index.find(criteria, offset, limit);
        return new Found(sql.rows(page.documentIds()), page.total());
    }

    @Override
    public long count(Criteria criteria) {
        if (!ready || !caughtUp()) {
            return sql.count(criteria);
        }
        return index.find(criteria, LuceneIndex.MAX_RANKED, 0).total();
    }

    /** Whether the Lucene copy answers queries (false while it is being built). */
    public boolean isReady() {
        return ready;
    }

    /** Documents in the Lucene copy and the register entry it has caught up to; empty while not ready. */
    public Optional<Position> syncedTo() {
        return ready ? Optional.ofNullable(synced) : Optional.empty();
    }

    public long documents() {
        LuceneIndex open = index;
        return ready && open != null ? open.count() : 0;
    }

    // after the search backfill (default observer priority), so the copy starts from a complete table
    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady schemaReady) {
        if (index != null) {
            return;
        }
        directory = directory();
        index = LuceneIndex.open(directory);
        executor.execute(this::openOrRebuild);
    }

    private Directory directory() {
        Path folder = Path.of(dataDir).toAbsolutePath().resolve("search-index");
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            directory.obtainLock("probe.lock").close();
            return directory;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Search index kept in memory: cannot use " + folder + " (" + e.getMessage() + ")");
            return new ByteBuffersDirectory();
        }
    }

    private synchronized void openOrRebuild() {
        try {
            Optional<Position> saved = index.committedPosition();
            Position head = feed.head();
            if (saved.isPresent() && matchesHistory(saved.get(), head)) {
                synced = saved.get();
                ready = true;
                catchUp(head);
                LOG.info(() ->
                        "Search index: " + index.count() + " documents, caught up to register entry " + synced.seq());
            } else {
                rebuild();
            }
        } catch (RuntimeException e) {
            ready = false;
            LOG.log(Level.SEVERE, "Search index could not be built; searching with MariaDB FULLTEXT meanwhile", e);
        }
    }

    private boolean matchesHistory(Position saved, Position head) {
        if (saved.seq() > head.seq()) {
            return false;
        }
        if (saved.seq() == 0) {
            return true;
        }
        return feed.entryHash(saved.seq()).map(saved.hash()::equals).orElse(false);
    }

    private void rebuild() {
        ready = false;
        long started = System.nanoTime();
        Position head = feed.head();
        index.clear();
        long last = 0;
        int count = 0;
        for (List<Entry> batch = feed.entriesAfter(last, REBUILD_BATCH);
                !batch.isEmpty();
                batch = feed.entriesAfter(last, REBUILD_BATCH)) {
            for (Entry e : batch) {
                index.put(e);
                last = e.documentId();
            }
            count += batch.size();
        }
        index.commit(head);
        synced = head;
        ready = true;
        int indexed = count;
        LOG.info(() -> String.format(
                "Search index built: %d documents in %.1f s", indexed, (System.nanoTime() - started) / 1e9));
    }

    /** Catches up with the register now (after a redaction, and once a minute), if the copy is ready. */
    public void refresh() {
        if (ready && index != null) {
            try {
                caughtUp();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search index: catching up failed; the next search tries again", e);
            }
        }
    }

    /** True when the copy reflects every committed change; false if it must be rebuilt first. */
    private boolean caughtUp() {
        Position head = feed.head();
        if (head.equals(synced)) {
            return true;
        }
        synchronized (this) {
            if (!ready) {
                return false;
            }
            if (head.seq() < synced.seq() || !matchesHistory(synced, head)) {
                LOG.warning("Search index: the register no longer matches this copy (database restored?); rebuilding");
                ready = false;
                executor.execute(this::openOrRebuild);
                return false;
            }
            catchUp(head);
            return true;
        }
    }

    private void catchUp(Position head) {
        if (head.seq() == synced.seq()) {
            return;
        }
        List<Long> changed = feed.documentsChanged(synced.seq(), head.seq());
        Set<Long> missing = new HashSet<>(changed);
        for (Entry e : feed.entries(changed)) {
            index.put(e);
            missing.remove(e.documentId());
        }
        missing.forEach(index::remove);
        if (feed.redactedBetween(synced.seq(), head.seq())) {
            index.purgeDeleted(head);
        } else {
            index.commit(head);
        }
        synced = head;
    }

    @PreDestroy
    void close() {
        LuceneIndex open = index;
        if (open != null) {
            synchronized (this) {
                open.close();
                try {
                    directory.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing the search index folder", e);
                }
            }
        }
    }
}
