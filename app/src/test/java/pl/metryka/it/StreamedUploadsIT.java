package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 item 2, "stream large uploads instead of holding them whole": 4 concurrent document
 * writes, each carrying two 20 MB files (40 MB, 53 MB of base64 JSON), 160 MB of files in all. Runs
 * inside Payara Micro to watch the server's own heap, as {@link RequestBodiesIT} does; the bodies are
 * generated as they are sent and never held whole by the test either. Every stored file must have the
 * SHA-256 and size sent and download back identical.
 */
@ExtendWith(ArquillianExtension.class)
class StreamedUploadsIT {

    private static final long RUN = System.currentTimeMillis();
    private static final int WRITERS = 4;
    /** The MariaDB protocol's largest packet, which Connector/J buffers whole while it sends a long value. */
    private static final long DRIVER_PACKET_MB = 16;

    private static final int FILES = 2;
    private static final long FILE_BYTES = 20L * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final String NACZELNY =
            "Basic " + Base64.getEncoder().encodeToString("naczelny:naczelny".getBytes(StandardCharsets.UTF_8));

    @Resource(lookup = "java:app/jdbc/metryka")
    private DataSource dataSource;

    @Test
    void fourConcurrentFortyMegabyteDocumentWritesAreStoredWithoutHoldingThemInTheHeap() throws Exception {
        long category = category();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] lengths = new long[WRITERS];
        for (int w = 0; w < WRITERS; w++) {
            lengths[w] = bodyLength(category, w);
        }
        // the heap in use peaks with garbage too (this test's own base64 among it); what the uploads
        // hold is what survives a collection, so every 200 ms (40 samples) the sampler collects and measures that
        HeapSampler heap = HeapSampler.start(40);
        long heapBefore = heap.before();

        ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            answers.add(clients.submit(() -> {
                start.await();
                return http.send(
                        HttpRequest.newBuilder(uri("api/v1/documents"))
                                .header("Authorization", NACZELNY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.fromPublisher(
                                        HttpRequest.BodyPublishers.ofInputStream(() -> body(category, writer)),
                                        lengths[writer]))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<HttpResponse<String>> got = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            got.add(answer.get());
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        heap.stop();
        clients.shutdown();
        long grewMb = (heap.peak() - heapBefore) / (1024 * 1024);
        long heldMb = (heap.livePeak() - heapBefore) / (1024 * 1024);
        long sentMb = WRITERS * FILES * FILE_BYTES / (1024 * 1024);
        System.out.println("StreamedUploadsIT: " + WRITERS + " concurrent writes of " + FILES + " x "
                + FILE_BYTES / (1024 * 1024)
                + " MB answered " + got.stream().map(HttpResponse::statusCode).toList() + " in " + seconds + " s; heap "
                + heapBefore / (1024 * 1024) + " MB before, peak " + heap.peak() / (1024 * 1024) + " MB (+" + grewMb
                + " MB with garbage; at most +" + heldMb + " MB live after a collection, for " + sentMb
                + " MB of files)");

        for (int w = 0; w < WRITERS; w++) {
            HttpResponse<String> created = got.get(w);
            assertEquals(201, created.statusCode(), created.body());
            long id = Json.createReader(new StringReader(created.body()))
                    .readObject()
                    .getJsonNumber("id")
                    .longValue();
            JsonArray files = get("api/v1/documents/" + id + "/revisions/1").getJsonArray("attachments");
            assertEquals(FILES, files.size());
            for (int f = 0; f < FILES; f++) {
                JsonObject file = files.getJsonObject(f);
                String expected = sha256(content(w, f));
                assertEquals(FILE_BYTES, file.getJsonNumber("size").longValue(), file.toString());
                assertEquals(expected, file.getString("sha256"), file.toString());
                HttpResponse<InputStream> download = http.send(
                        HttpRequest.newBuilder(uri("api/v1/documents/" + id + "/revisions/1/attachments/" + f))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, download.statusCode());
                assertEquals(
                        expected,
                        sha256(download.body()),
                        "file " + f + " of writer " + w + " downloads as it was sent");
            }
        }
        // holding the bodies would take their 213 MB of base64 text and 160 MB of bytes at least. What an
        // upload may hold is bounded, not by its size: Connector/J sends a long value in 16 MB protocol
        // packets and fills one buffer of that size per statement in flight, beside small buffers
        long allowedMb = WRITERS * DRIVER_PACKET_MB + 32;
        assertTrue(
                heldMb < allowedMb,
                "the uploads held " + heldMb + " MB of heap for " + sentMb
                        + " MB of files (live heap after a collection, every 200 ms); at most " + allowedMb
                        + " MB expected. At that peak:\n" + heap.atLivePeak());
    }

    /** The JSON of one write: the files' base64 produced as it is read. */
    private static InputStream body(long category, int writer) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(text(head(category, writer)));
        for (int f = 0; f < FILES; f++) {
            parts.add(text((f == 0 ? "" : ",") + fileHead(writer, f)));
            parts.add(new Base64Stream(content(writer, f)));
            parts.add(text("\"}"));
        }
        parts.add(text("]}"));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** Counted, not generated: the base64 of n bytes is 4 * ceil(n / 3) characters. */
    private static long bodyLength(long category, int writer) {
        long length = utf8(head(category, writer)) + utf8("]}");
        for (int f = 0; f < FILES; f++) {
            length += utf8((f == 0 ? "" : ",") + fileHead(writer, f)) + 4 * ((FILE_BYTES + 2) / 3) + utf8("\"}");
        }
        return length;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String fileHead(int writer, int f) {
        return "{\"fileName\":\"mapa-" + writer + "-" + f + ".png\",\"mediaType\":\"image/png\","
                + "\"description\":\"Mapa " + writer + "/" + f + "\",\"contentBase64\":\"";
    }

    private static String head(long category, int writer) {
        return "{\"title\":\"Plan zagospodarowania " + writer + " " + RUN + "\",\"categoryId\":" + category
                + ",\"author\":\"Jan Kowalski\",\"authorPosition\":\"sekretarz gminy\",\"createdOn\":\""
                + LocalDate.now()
                + "\",\"body\":\"<p>Mapy planu.</p>\",\"publish\":true,\"attachments\":[";
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** File {@code f} of writer {@code w}: a PNG signature, then pseudo-random bytes from a fixed seed. */
    private static InputStream content(int w, int f) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(1000L * w + f);
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= FILE_BYTES) {
                    return -1;
                }
                int n = (int) Math.min(length, FILE_BYTES - position);
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    buffer[offset + i] = at < PNG.length ? PNG[(int) at] : (byte) random.nextInt(256);
                }
                position += n;
                return n;
            }
        };
    }

    /** The base64 of a stream, encoded three bytes at a time as it is read. */
    private static final class Base64Stream extends InputStream {
        private final InputStream in;
        private final byte[] raw = new byte[48 * 1024];
        private byte[] encoded = new byte[0];
        private int next;

        Base64Stream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (next == encoded.length && !fill()) {
                return -1;
            }
            int n = Math.min(length, encoded.length - next);
            System.arraycopy(encoded, next, buffer, offset, n);
            next += n;
            return n;
        }

        /** Reads a multiple of three bytes (except at the end), so that padding comes only last. */
        private boolean fill() throws IOException {
            int filled = 0;
            for (int n; filled < raw.length && (n = in.read(raw, filled, raw.length - filled)) > 0; ) {
                filled += n;
            }
            if (filled == 0) {
                return false;
            }
            encoded = Base64.getEncoder().encode(Arrays.copyOf(raw, filled));
            next = 0;
            return true;
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private JsonObject get(String path) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Authorization", NACZELNY)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static URI uri(String path) {
        return URI.create(System.getProperty("metryka.base.url").replaceAll("/?$", "/") + path);
    }

    private long category() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM category WHERE slug = 'aktualnosci'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
