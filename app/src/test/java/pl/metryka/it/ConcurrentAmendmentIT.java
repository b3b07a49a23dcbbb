package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amendment;
import static pl.metryka.it.Documents.newDocument;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentAmendmentIT {

    private static final int CLERKS = 20;

    @ArquillianResource
    private URL base;

    @Test
    void twentyClerksAmendingTheSameRevisionGiveOneWinnerAndNineteenClearConflicts() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Regulamin"), "<p>Wersja pierwsza.</p>");
        String path = "api/v1/documents/" + doc.getInt("id");

        for (int baseRevision = 1; baseRevision <= 3; baseRevision++) {
            int revision = baseRevision;
            List<Reply> replies = all(
                    CLERKS,
                    clerk -> api.as("naczelny", "naczelny")
                            .put(
                                    path,
                                    amendment(
                                            "Regulamin",
                                            "<p>Wersja od urzędnika " + clerk + " po " + revision + ".</p>",
                                            "Zmiana " + clerk,
                                            revision)));
            long winners = replies.stream().filter(r -> r.status() == 200).count();
            List<Reply> conflicts =
                    replies.stream().filter(r -> r.status() == 409).toList();
            assertEquals(1, winners, "base " + revision + ": " + replies);
            assertEquals(CLERKS - 1, conflicts.size(), "base " + revision + ": " + replies);
            for (Reply conflict : conflicts) {
                assertEquals(revision + 1, conflict.json().getInt("currentRevision"));
                assertEquals(
                        "baseRevision",
                        conflict.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            }
        }
        assertEquals(4, api.get(path).json().getInt("currentRevision"));
        assertEquals(4, api.get(path + "/revisions").structure().asJsonArray().size());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'AMENDED' AND revision = 4",
                        doc.getInt("id")));
        assertRegisterValid(api);
    }

    @Test
    void concurrentWritersKeepTheRegisterChainLinearAndValid() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        long before = DirectSql.count("SELECT COUNT(*) FROM register_entry");
        List<Reply> replies = all(
                12,
                clerk -> api.as("naczelny", "naczelny")
                        .post(
                                "api/v1/documents",
                                newDocument(unique("Komunikat " + clerk), "<p>Komunikat " + clerk + "</p>", true)));
        replies.forEach(r -> assertEquals(201, r.status(), r.body()));
        long after = DirectSql.count("SELECT COUNT(*) FROM register_entry");
        assertEquals(before + 12, after, "one PUBLISHED entry per document (a draft's creation is not registered)");
        assertEquals(after, DirectSql.count("SELECT MAX(seq) FROM register_entry"), "no gaps in seq");
        assertRegisterValid(api);
    }

    private static void assertRegisterValid(ApiClient api) {
        JsonObject verify = api.get("api/v1/register/verify").json();
        assertTrue(verify.getBoolean("valid"), verify.toString());
        assertEquals(
                DirectSql.count("SELECT COUNT(*) FROM register_entry"),
                verify.getJsonNumber("entries").longValue());
    }

    interface Clerk {
        Reply act(int clerk) throws Exception;
    }

    /** Runs every clerk at once (released together) and collects the replies. */
    private static List<Reply> all(int count, Clerk clerk) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Reply> task = () -> {
                    start.await();
                    return clerk.act(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
