package pl.metryka.application;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gallery's thumbnails, made once per stored file and kept in memory. A file is stored under
 * its SHA-256 and never changes, so a thumbnail made from it never goes stale; a redaction replaces
 * the attachment by a stub with another hash, so the removed image's thumbnail is never asked for
 * again (and ages out of the bounded cache). Kept in memory rather than in the database because it
 * is derived data: any instance can make it again from the file in a few milliseconds.
 */
@ApplicationScoped
public class Thumbnails {

    /** About 1,500 thumbnails of ~20 kB: the galleries readers open, not every image of the bulletin. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * Futures rather than values: a render takes up to a few hundred milliseconds (and may wait for
     * a permit), which must not run inside the map's compute, where it would hold up the other
     * files hashed to the same bin. The first reader renders in its own thread; the others wait for
     * its future. A null (no readable image) or a failure is not kept.
     */
    private final AsyncCache<String, byte[]> made = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String sha256, byte[] bytes) -> bytes.length)
            .buildAsync();

    /**
     * Renders at a time: each holds the file (up to the upload limit) and its decoded pixels in
     * memory, so parallel requests for images not yet kept (after a restart, or old versions)
     * must not add up to the heap.
     */
    private final Semaphore rendering = new Semaphore(2);

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private ThumbnailRenderer renderer;

    /** The renders made so far: one per file, however many readers asked for it at once. */
    private final AtomicLong renders = new AtomicLong();

    /**
     * The thumbnail of the stored file {@code sha256}, or empty if there is no such file or it is no
     * readable image. Many readers asking at once for one file wait for one render.
     *
     * @throws Busy when renders are already running for other files and none ends in time
     */
    public Optional<byte[]> of(String sha256) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> first = made.asMap().putIfAbsent(sha256, mine);
        if (first == null) {
            try {
                mine.complete(render(sha256));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
            first = mine;
        }
        try {
            return Optional.ofNullable(first.join());
        } catch (CompletionException e) {
            // the first reader's Busy (or failure) is every waiting reader's
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private byte[] render(String sha256) {
        try {
            if (!rendering.tryAcquire(2, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            renders.incrementAndGet();
            return catalog.attachmentContent(sha256).flatMap(renderer::jpeg).orElse(null);
        } finally {
            rendering.release();
        }
    }

    long renders() {
        return renders.get();
    }

    /** Too many thumbnails being made right now: the reader may try again in a moment (503). */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("thumbnails busy", null, false, false);
        }
    }
}
