package pl.metryka.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

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

    private final Cache<String, byte[]> made = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String sha256, byte[] bytes) -> bytes.length)
            .build();

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private ThumbnailRenderer renderer;

    /** The thumbnail of the stored file {@code sha256}, or empty if there is no such file or it is no readable image. */
    public Optional<byte[]> of(String sha256) {
        byte[] kept = made.getIfPresent(sha256);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<byte[]> thumbnail = catalog.attachmentContent(sha256).flatMap(renderer::jpeg);
        thumbnail.ifPresent(bytes -> made.put(sha256, bytes));
        return thumbnail;
    }
}
