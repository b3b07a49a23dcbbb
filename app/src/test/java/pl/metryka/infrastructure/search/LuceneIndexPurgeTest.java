package pl.metryka.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;
import pl.metryka.infrastructure.search.LuceneIndex.Entry;
import pl.metryka.infrastructure.search.LuceneIndex.Position;

/**
 * After a redaction the removed words must leave the index's files, not only its results
 * (RedactionIT checks the data folder). A background merge that began before the redaction's
 * update is invisible to {@code forceMergeDeletes}, which only waits for the merges it asked for:
 * it carries the deleted document into its new segment, words and all, and that segment stayed.
 */
class LuceneIndexPurgeTest {

    private static final String SECRET = "zzsekretqq";
    private static final Instant AT = Instant.parse("2024-01-10T10:00:00Z");

    @Test
    void aMergeRunningDuringThePurgeLeavesNoRemovedWordInTheFiles() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (LuceneIndex index = LuceneIndex.open(directory, new SlowMerges())) {
            // one-document segments, enough for the merge policy to start a background merge (slowed down)
            for (long id = 1; id <= 15; id++) {
                index.put(entry(id, "uchwała " + id + " " + SECRET));
                index.commit(new Position(id, "h" + id));
            }
            // the redaction: every document's text without the secret, while that merge still runs
            for (long id = 1; id <= 15; id++) {
                index.put(entry(id, "uchwała " + id + " [usunięto]"));
            }
            index.purgeDeleted(new Position(16, "h16"));

            assertEquals(List.of(), filesWith(directory, SECRET), "files that still hold the removed word");
            assertTrue(index.find(LuceneIndexTest.criteria(SECRET, false), 0, 10)
                    .documentIds()
                    .isEmpty());
            assertEquals(
                    15,
                    index.find(LuceneIndexTest.criteria("uchwała", false), 0, 20)
                            .total());
        }
    }

    private static Entry entry(long id, String text) {
        return new Entry(id, "Dokument " + id, text, 7, "PUBLISHED", false, AT);
    }

    private static List<String> filesWith(ByteBuffersDirectory directory, String word) throws IOException {
        byte[] needle = word.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String name : directory.listAll()) {
            try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[(int) in.length()];
                in.readBytes(bytes, 0, bytes.length);
                if (indexOf(bytes, needle) >= 0) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Merges as usual, but the ones the writer starts by itself take a while, as under load. */
    private static final class SlowMerges extends ConcurrentMergeScheduler {
        @Override
        protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.doMerge(source, merge);
        }
    }
}
