package pl.metryka.interfaces.web.citizen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static pl.metryka.test.Fields.set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.Thumbnails;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;

/**
 * Review finding: a conditional GET of a version's file loaded the whole file from the database
 * (and rendered its thumbnail) before answering 304, though the ETag is the file's hash, known from
 * the revision alone. A browser revalidating a gallery of photos cost one blob read each.
 */
class DocumentFilesTest {

    private static final String SHA = "c".repeat(64);
    private static final byte[] BYTES = {1, 2, 3};
    private static final byte[] THUMBNAIL = {9};

    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger renders = new AtomicInteger();
    private Optional<byte[]> stored = Optional.of(BYTES);
    private boolean busy;

    private final Revision revision = revision(new AttachmentFile("plan.png", "image/png", 3, SHA, null));

    @Test
    void aMatchingEtagIs304WithoutLoadingTheFile() throws Exception {
        assertRevalidated(attachment("\"" + SHA + "\""), "\"" + SHA + "\"");
        assertEquals(0, loads.get(), "files loaded for a 304");
    }

    @Test
    void aMatchingEtagIs304WithoutRenderingTheThumbnail() throws Exception {
        assertRevalidated(thumbnail("\"" + SHA + "-t\""), "\"" + SHA + "-t\"");
        assertEquals(0, renders.get(), "thumbnails rendered for a 304");
    }

    private static void assertRevalidated(Answer answer, String etag) {
        assertEquals(304, answer.status);
        assertEquals(etag, answer.headers.get("ETag"));
        assertEquals("public, max-age=31536000, immutable", answer.headers.get("Cache-Control"));
    }

    @Test
    void anotherEtagGetsTheFileWithItsCacheHeaders() throws Exception {
        Answer file = attachment("\"another\"");
        assertEquals(200, file.status);
        assertArrayEquals(BYTES, file.body.toByteArray());
        assertEquals("\"" + SHA + "\"", file.headers.get("ETag"));
        assertEquals("public, max-age=31536000, immutable", file.headers.get("Cache-Control"));
        assertEquals("image/png", file.headers.get("Content-Type"));

        Answer small = thumbnail(null);
        assertEquals(200, small.status);
        assertArrayEquals(THUMBNAIL, small.body.toByteArray());
        assertEquals("\"" + SHA + "-t\"", small.headers.get("ETag"));
        assertEquals(1, loads.get());
        assertEquals(1, renders.get());
    }

    @Test
    void errorsCarryNoLongLivedCacheHeaders() throws Exception {
        stored = Optional.empty();
        assertUncached(attachment(null), 404);
        assertUncached(thumbnail(null), 404);
        assertUncached(
                answer(
                        (files, request, response) -> files.attachment(request, response, revision, "7"),
                        "\"" + SHA + "\""),
                404);

        busy = true;
        Answer later = thumbnail(null);
        assertUncached(later, 503);
        assertEquals("2", later.headers.get("Retry-After"));
    }

    private static void assertUncached(Answer answer, int status) {
        assertEquals(status, answer.status);
        assertNull(answer.headers.get("ETag"), "a " + status + " must not be kept as the file");
        assertFalse(
                answer.headers.getOrDefault("Cache-Control", "").contains("immutable"),
                "a " + status + " must not be kept for a year");
    }

    private Answer attachment(String ifNoneMatch) throws Exception {
        return answer((files, request, response) -> files.attachment(request, response, revision, "0"), ifNoneMatch);
    }

    private Answer thumbnail(String ifNoneMatch) throws Exception {
        return answer((files, request, response) -> files.thumbnail(request, response, revision, "0"), ifNoneMatch);
    }

    private interface Call {
        void on(DocumentFiles files, HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    /** Runs {@code call} with a GET carrying {@code ifNoneMatch}, on fakes that count. */
    private Answer answer(Call call, String ifNoneMatch) throws Exception {
        DocumentFiles files = new DocumentFiles();
        set(files, "catalog", new DocumentCatalog() {
            @Override
            public Optional<byte[]> attachmentContent(String sha256) {
                loads.incrementAndGet();
                return stored;
            }
        });
        set(files, "thumbnails", new Thumbnails() {
            @Override
            public Optional<byte[]> of(String sha256) {
                renders.incrementAndGet();
                if (busy) {
                    throw busy();
                }
                return stored.map(bytes -> THUMBNAIL);
            }
        });
        Answer answer = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> "GET";
                    case "getHeader" -> "If-None-Match".equalsIgnoreCase((String) args[0]) ? ifNoneMatch : null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setStatus", "sendError" -> answer.status = (Integer) args[0];
                        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
                        case "setCharacterEncoding", "setContentLength" -> {}
                        case "getOutputStream" -> {
                            return answer.out();
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
        call.on(files, request, response);
        return answer;
    }

    /** Thumbnails.Busy has no public constructor: the real one is thrown by a Thumbnails that cannot render. */
    private static RuntimeException busy() {
        try {
            var constructor = Thumbnails.Busy.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        ServletOutputStream out() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }
    }

    private static Revision revision(AttachmentFile file) {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");
        RevisionContent content = new RevisionContent(
                "Plan", "<p>Plan.</p>", "Jan Nowak", "Sekretarz gminy", LocalDate.of(2026, 1, 5), null, List.of(file));
        Category category = new Category(null, "planowanie", "Planowanie przestrzenne", 1);
        return Document.draft("plan", category, content, new Editor("naczelny", "Rafał Jaworski"), "Gmina", now)
                .currentRevision();
    }
}
