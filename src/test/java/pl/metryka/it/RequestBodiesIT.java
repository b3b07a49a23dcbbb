package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 item 2: request bodies are decided on before they are read. Runs inside Payara Micro,
 * so that it can watch the server's own heap while it sends; the requests go through real sockets
 * to the server's HTTP port, written by hand so that a body can be announced (Content-Length or
 * chunked) and then sent slowly, a part at a time: an answer that comes before the rest is sent
 * proves the server did not wait for it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBodiesIT {

    private static final long SIXTY_MB = 60L * 1024 * 1024;
    /** What a client sends before it waits for an early answer. */
    private static final int FIRST_PART = 256 * 1024;

    @Resource(lookup = "java:app/jdbc/metryka")
    private DataSource dataSource;

    /** "20 concurrent 60 MB anonymous POSTs → all refused at once, heap unchanged". */
    @Test
    void twentyConcurrentSixtyMegabyteAnonymousPostsAreRefusedAtOnceWithoutFillingTheHeap() throws Exception {
        String path = contextPath() + "/api/v1/documents";
        long refusedBefore = count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED' AND action = ?", "POST " + path);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();

        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean chunked = i % 5 == 4; // every fifth announces no length at all
            answers.add(clients.submit(() -> {
                start.await();
                return post(path, null, SIXTY_MB, chunked);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Answer> got = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            got.add(answer.get());
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        sampling.set(false);
        sampler.join();
        clients.shutdown();
        long grewMb = (peak.get() - heapBefore) / (1024 * 1024);
        long mostSent = got.stream().mapToLong(Answer::sentBeforeAnswer).max().orElse(-1);
        System.out.println("RequestBodiesIT: 20 anonymous 60 MB POSTs answered " + got.stream().map(Answer::status).toList()
                + " in " + seconds + " s; at most " + mostSent + " body bytes sent before an answer; heap "
                + heapBefore / (1024 * 1024) + " MB before, peak " + peak.get() / (1024 * 1024) + " MB (+" + grewMb + " MB)");

        for (Answer a : got) {
            assertEquals(401, a.status(), a.toString());
            assertTrue(a.head().toLowerCase().contains("content-type: application/problem+json"), a.head());
            assertTrue(a.head().toLowerCase().contains("www-authenticate: basic"), a.head());
            assertTrue(a.sentBeforeAnswer() <= FIRST_PART, "answered only after " + a.sentBeforeAnswer() + " bytes: " + a);
        }
        assertTrue(seconds < 20, "20 refusals took " + seconds + " s");
        // 20 bodies of 60 MB are 1,200 MB; a server that read them would have grown by at least that
        assertTrue(grewMb < 200, "the heap grew by " + grewMb + " MB (peak sampled every 5 ms)");
        assertEquals(refusedBefore + 20,
                count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED' AND action = ?", "POST " + path),
                "each refusal audited exactly once");
    }

    @Test
    void anOverCapBodyIsRefusedWith413NamingTheLimitBeforeItIsRead() throws Exception {
        String naczelny = "Basic " + Base64.getEncoder().encodeToString("naczelny:naczelny".getBytes(StandardCharsets.UTF_8));
        Answer json = post(contextPath() + "/api/v1/documents/1/withdrawal", naczelny, 2L * 1024 * 1024, false);
        assertEquals(413, json.status(), json.toString());
        assertTrue(json.body().contains("1 MB"), json.body());
        assertTrue(json.head().toLowerCase().contains("application/problem+json"), json.head());
        assertTrue(json.sentBeforeAnswer() <= FIRST_PART, json.toString());

        Answer upload = post(contextPath() + "/api/v1/documents", naczelny, 65L * 1024 * 1024, false);
        assertEquals(413, upload.status(), upload.toString());
        assertTrue(upload.body().contains("64 MB"), upload.body());
        assertTrue(upload.sentBeforeAnswer() <= FIRST_PART, upload.toString());

        Answer importing = post(contextPath() + "/api/v1/import/documents", naczelny, 300L * 1024 * 1024, false);
        assertEquals(413, importing.status(), importing.toString());
        assertTrue(importing.body().contains("256 MB"), importing.body());
    }

    @Test
    void aChunkedBodyIsCutOffAtItsCap() throws Exception {
        String naczelny = "Basic " + Base64.getEncoder().encodeToString("naczelny:naczelny".getBytes(StandardCharsets.UTF_8));
        Answer json = post(contextPath() + "/api/v1/documents/1/withdrawal", naczelny, 3L * 1024 * 1024, true);
        assertEquals(413, json.status(), json.toString());
        assertTrue(json.body().contains("1 MB"), json.body());
    }

    /** What came back, and how much of the body had been sent when it did. */
    record Answer(int status, String head, String body, long sentBeforeAnswer) {
    }

    /**
     * Announces a JSON body of {@code size} bytes (Content-Length, or chunked), sends its first
     * {@value #FIRST_PART} bytes and waits up to 10 s for an answer; without one it sends the rest
     * and waits for the answer then.
     */
    private static Answer post(String path, String authorization, long size, boolean chunked) throws IOException {
        URI base = URI.create(System.getProperty("metryka.base.url"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n").append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            Body body = new Body(out, size, chunked);
            body.send(FIRST_PART);
            socket.setSoTimeout(10_000);
            int first;
            try {
                first = in.read();
            } catch (java.net.SocketTimeoutException notYet) {
                body.send(size - FIRST_PART);
                socket.setSoTimeout(300_000);
                first = in.read();
            }
            return read(first, in, body.sent);
        }
    }

    private static Answer read(int first, InputStream in, long sent) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        if (first >= 0) {
            all.write(first);
        }
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0 && complete(text, end)) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the server may close a connection whose body it did not read; what arrived is the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Answer(status, head, end < 0 ? "" : text.substring(end + 4), sent);
    }

    private static boolean complete(String text, int headEnd) {
        String head = text.substring(0, headEnd).toLowerCase();
        int at = head.indexOf("content-length: ");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
        return text.substring(headEnd + 4).getBytes(StandardCharsets.UTF_8).length >= length;
    }

    /** A body of {@code size} bytes, {@code {"title":"} spaces {@code "}}, written from one 64 KB buffer. */
    private static final class Body {
        private static final byte[] PREFIX = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SPACES = new byte[64 * 1024];

        static {
            Arrays.fill(SPACES, (byte) ' ');
        }

        private final OutputStream out;
        private final long size;
        private final boolean chunked;
        long sent;

        Body(OutputStream out, long size, boolean chunked) {
            this.out = out;
            this.size = size;
            this.chunked = chunked;
        }

        void send(long bytes) {
            try {
                long until = Math.min(size, sent + bytes);
                while (sent < until) {
                    int n = (int) Math.min(SPACES.length, until - sent);
                    byte[] part = SPACES;
                    if (sent < PREFIX.length || sent + n > size - SUFFIX.length) {
                        part = SPACES.clone();
                        for (int i = 0; i < n; i++) {
                            long at = sent + i;
                            if (at < PREFIX.length) {
                                part[i] = PREFIX[(int) at];
                            } else if (at >= size - SUFFIX.length) {
                                part[i] = SUFFIX[(int) (at - (size - SUFFIX.length))];
                            }
                        }
                    }
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(part, 0, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += n;
                }
                if (chunked && sent == size) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closed) {
                // the server answered and closed the connection: the rest is not wanted
            }
        }
    }

    private static String contextPath() {
        return URI.create(System.getProperty("metryka.base.url")).getPath().replaceAll("/$", "");
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
