package pl.metryka.infrastructure.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import pl.metryka.application.search.PolishFolding;
import pl.metryka.application.search.SearchStore.Criteria;

/**
 * A Lucene index of the public documents, built from {@code search_entry}. Title and text are indexed
 * as written, folded ({@code title}, {@code text}), and as their words' folded lemmas
 * ({@link PolishLemmas}: {@code title_lemma}, {@code text_lemma}), so "oświetlenie" finds "oświetlenia".
 * It answers which documents match and in what order (exact forms first, then title matches, relevance,
 * the newest) with the exact number of matches, in milliseconds. Each commit carries the register
 * position it reflects and the index {@link #FORMAT}: an instance knows how far its copy has caught
 * up, and rebuilds a copy written by an older version.
 * Pure: the application and the search benchmark use exactly this class.
 */
public final class LuceneIndex implements Closeable {

    /** What one document contributes: title and text as written (folded and lemmatised here). */
    public record Entry(
            long documentId,
            String title,
            String text,
            long categoryId,
            String status,
            boolean archived,
            Instant publishedAt) {}

    /** Ranked document ids of one page and the number of all matches. */
    public record Page(List<Long> documentIds, long total) {}

    /** The register entry (seq and hash) whose state the last commit reflects. */
    public record Position(long seq, String hash) {}

    /** Deep pages are not ranked: past this many results only the total is computed. */
    static final int MAX_RANKED = 10_000;
    /** What the fields hold: a copy committed with another format (none: before lemmas) is rebuilt. */
    static final String FORMAT = "2-lemmas";

    static final String TITLE_LEMMA = "title_lemma";
    static final String TEXT_LEMMA = "text_lemma";
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Sort ORDER = new Sort(
            SortField.FIELD_SCORE,
            LongField.newSortField("published", true, SortedNumericSelector.Type.MIN),
            LongField.newSortField("id", true, SortedNumericSelector.Type.MIN));

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ConcurrentMergeScheduler mergeThreads;

    private LuceneIndex(Directory directory, ConcurrentMergeScheduler mergeThreads) throws IOException {
        this.mergeThreads = mergeThreads;
        // forceMergeDeletes after a redaction must rewrite every segment holding a deleted document,
        // however few (the default leaves segments under 10% deleted as they are)
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0.0);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(), Map.of(TITLE_LEMMA, PolishLemmas.ANALYZER, TEXT_LEMMA, PolishLemmas.ANALYZER));
        this.writer = new IndexWriter(
                directory,
                new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setMergePolicy(merges)
                        .setMergeScheduler(mergeThreads));
        this.searchers = new SearcherManager(writer, null);
    }

    public static LuceneIndex open(Directory directory) {
        return open(directory, new ConcurrentMergeScheduler());
    }

    /** With the merge threads given (a test slows them down to meet a merge in progress). */
    static LuceneIndex open(Directory directory, ConcurrentMergeScheduler mergeThreads) {
        try {
            return new LuceneIndex(directory, mergeThreads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position of the last commit, if the index has been committed with one in this {@link #FORMAT}. */
    public Optional<Position> committedPosition() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!data.containsKey("seq") || !data.containsKey("hash") || !FORMAT.equals(data.get("format"))) {
            return Optional.empty();
        }
        return Optional.of(new Position(Long.parseLong(data.get("seq")), data.get("hash")));
    }

    public void put(Entry e) {
        Document doc = new Document();
        doc.add(new StringField("key", Long.toString(e.documentId()), Field.Store.NO));
        doc.add(new LongField("id", e.documentId(), Field.Store.YES));
        String title = words(e.title());
        String text = words(e.text());
        doc.add(new TextField("title", PolishFolding.fold(title), Field.Store.NO));
        doc.add(new TextField("text", PolishFolding.fold(text), Field.Store.NO));
        doc.add(new TextField(TITLE_LEMMA, title, Field.Store.NO));
        doc.add(new TextField(TEXT_LEMMA, text, Field.Store.NO));
        doc.add(new LongField("category", e.categoryId(), Field.Store.NO));
        doc.add(new StringField("status", e.status(), Field.Store.NO));
        doc.add(new StringField("archived", e.archived() ? "1" : "0", Field.Store.NO));
        doc.add(new LongField("published", e.publishedAt().toEpochMilli(), Field.Store.NO));
        try {
            writer.updateDocument(new Term("key", Long.toString(e.documentId())), doc);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void remove(long documentId) {
        try {
            writer.deleteDocuments(new Term("key", Long.toString(documentId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything put so far durable and visible to searches, marked with the register position. */
    public void commit(Position position) {
        try {
            writer.setLiveCommitData(
                    Map.of("seq", Long.toString(position.seq()), "hash", position.hash(), "format", FORMAT)
                            .entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a redaction: rewrites every segment holding deleted (replaced) documents, commits and
     * drops the files no commit uses, so the removed words are gone from the folder, not only
     * hidden. Costs a merge; redactions are rare.
     */
    public void purgeDeleted(Position position) {
        try {
            // forceMergeDeletes waits only for the merges it asked for: a merge the writer began by
            // itself before the redaction's updates skips the segments it is merging and then carries
            // the deleted documents, words and all, into its new segment. So: wait for every running
            // merge, and again until no segment holds a deleted document (LuceneIndexPurgeTest).
            for (int round = 0; round < 10; round++) {
                writer.forceMergeDeletes(true);
                mergeThreads.sync();
                if (!writer.hasDeletions()) {
                    break;
                }
            }
            if (writer.hasDeletions()) {
                // not expected (after sync() no merge runs and the rounds merge what is left), but if it
                // happens the words are hidden from every search and not yet gone from the files: say so
                LOG.warning("Search index: deleted documents remain in its files after a redaction's purge;"
                        + " delete the index folder to have it rebuilt without them");
            }
            commit(position);
            writer.deleteUnusedFiles();
            // a search that acquired the old reader before the commit keeps its files (the removed text)
            // until it releases it; searches take milliseconds, and with the page cache the next one may
            // be long in coming: try again shortly rather than leave the files until then
            for (int retry = 0; retry < 10; retry++) {
                Thread.sleep(100);
                writer.deleteUnusedFiles();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Page find(Criteria criteria, int offset, int limit) {
        Query query = LuceneQuery.of(criteria);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (offset >= MAX_RANKED) {
                    return new Page(List.of(), searcher.count(query));
                }
                int wanted = Math.min(offset + limit, MAX_RANKED);
                TopFieldDocs top =
                        searcher.search(query, new TopFieldCollectorManager(ORDER, wanted, null, Integer.MAX_VALUE));
                List<Long> ids = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    ScoreDoc hit = top.scoreDocs[i];
                    ids.add(stored.document(hit.doc)
                            .getField("id")
                            .numericValue()
                            .longValue());
                }
                return new Page(ids, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with everything but letters and digits turned into spaces, as the query words are cut. */
    static String words(String text) {
        return text == null ? "" : NOT_A_WORD_CHARACTER.matcher(text).replaceAll(" ");
    }

    public static boolean hasIndex(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes the writer and readers; the directory stays open for whoever gave it. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
