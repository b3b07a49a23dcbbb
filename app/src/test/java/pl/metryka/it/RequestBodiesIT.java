package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.SlowPost;

/**
 * Issue 14 item 2: request bodies are decided on before they are read. Runs inside Payara Micro,
 * so that it can watch the server's own heap while it sends; the requests go through real sockets
 * to the server's HTTP port ({@link SlowPost}): an answer that comes before the rest of a body is
 * sent proves the server did not wait for it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBodiesIT {

    private static final long SIXTY_MB = 60L * 1024 * 1024;

    @Resource(lookup = "java:app/jdbc/metryka")
    private DataSource dataSource;

    /** "20 concurrent 60 MB anonymous POSTs → all refused at once, heap unchanged". */
    @Test
    void twentyConcurrentSixtyMegabyteAnonymousPostsAreRefusedAtOnceWithoutFillingTheHeap() throws Exception {
        String path = contextPath() + "/api/v1/documents";
        long refusedBefore =
                count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED' AND action = ?", "POST " + path);
        HeapSampler heap = HeapSampler.start(0);
        long heapBefore = heap.before();

        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SlowPost.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean chunked = i % 5 == 4; // every fifth announces no length at all
            answers.add(clients.submit(() -> {
                start.await();
                return SlowPost.send(base(), path, null, SIXTY_MB, chunked);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<SlowPost.Answer> got = new ArrayList<>();
        for (Future<SlowPost.Answer> answer : answers) {
            got.add(answer.get());
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        heap.stop();
        clients.shutdown();
        long grewMb = (heap.peak() - heapBefore) / (1024 * 1024);
        long mostSent =
                got.stream().mapToLong(SlowPost.Answer::sentBeforeAnswer).max().orElse(-1);
        System.out.println("RequestBodiesIT: 20 anonymous 60 MB POSTs answered "
                + got.stream().map(SlowPost.Answer::status).toList()
                + " in " + seconds + " s; at most " + mostSent + " body bytes sent before an answer; heap "
                + heapBefore / (1024 * 1024) + " MB before, peak " + heap.peak() / (1024 * 1024) + " MB (+" + grewMb
                + " MB)");

        for (SlowPost.Answer a : got) {
            assertEquals(401, a.status(), a.toString());
            assertTrue(a.head().toLowerCase().contains("content-type: application/problem+json"), a.head());
            assertTrue(a.head().toLowerCase().contains("www-authenticate: basic"), a.head());
            assertTrue(
                    a.sentBeforeAnswer() <= SlowPost.FIRST_PART,
                    "answered only after " + a.sentBeforeAnswer() + " bytes: " + a);
        }
        assertTrue(seconds < 20, "20 refusals took " + seconds + " s");
        // 20 bodies of 60 MB are 1,200 MB; a server that read them would have grown by at least that
        assertTrue(grewMb < 200, "the heap grew by " + grewMb + " MB (peak sampled every 5 ms)");
        assertEquals(
                refusedBefore + 20,
                count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED' AND action = ?", "POST " + path),
                "each refusal audited exactly once");
    }

    @Test
    void anOverCapBodyIsRefusedWith413NamingTheLimitBeforeItIsRead() throws Exception {
        SlowPost.Answer json = refusedAsTooLarge("/api/v1/documents/1/withdrawal", 2L * 1024 * 1024, false, "1 MB");
        assertTrue(json.head().toLowerCase().contains("application/problem+json"), json.head());
        assertTrue(json.sentBeforeAnswer() <= SlowPost.FIRST_PART, json.toString());

        SlowPost.Answer upload = refusedAsTooLarge("/api/v1/documents", 65L * 1024 * 1024, false, "64 MB");
        assertTrue(upload.sentBeforeAnswer() <= SlowPost.FIRST_PART, upload.toString());

        refusedAsTooLarge("/api/v1/import/documents", 300L * 1024 * 1024, false, "256 MB");
    }

    @Test
    void aChunkedBodyIsCutOffAtItsCap() throws Exception {
        refusedAsTooLarge("/api/v1/documents/1/withdrawal", 3L * 1024 * 1024, true, "1 MB");
    }

    /** A body of {@code size} bytes posted by the chief editor is answered 413, naming {@code limit}. */
    private SlowPost.Answer refusedAsTooLarge(String path, long size, boolean chunked, String limit) throws Exception {
        String naczelny =
                "Basic " + Base64.getEncoder().encodeToString("naczelny:naczelny".getBytes(StandardCharsets.UTF_8));
        SlowPost.Answer answer = SlowPost.send(base(), contextPath() + path, naczelny, size, chunked);
        assertEquals(413, answer.status(), answer.toString());
        assertTrue(answer.body().contains(limit), answer.body());
        return answer;
    }

    private static URI base() {
        return URI.create(System.getProperty("metryka.base.url"));
    }

    private static String contextPath() {
        return URI.create(System.getProperty("metryka.base.url")).getPath().replaceAll("/$", "");
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
