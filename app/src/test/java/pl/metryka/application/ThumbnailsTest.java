package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.metryka.test.Fields.set;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Review finding: parallel requests for one image not yet kept (after a restart, or an old version)
 * each decoded the whole file; ten of them could exhaust the heap. Now they share one render.
 */
class ThumbnailsTest {

    @Test
    void readersAskingForOneImageAtOnceShareOneRender() throws Exception {
        Thumbnails thumbnails = new Thumbnails();
        set(thumbnails, "catalog", new DocumentCatalog() {
            @Override
            public Optional<byte[]> attachmentContent(String sha256) {
                return Optional.of(new byte[] {1, 2, 3});
            }
        });
        set(thumbnails, "renderer", new ThumbnailRenderer() {
            @Override
            public Optional<byte[]> jpeg(byte[] image) {
                try {
                    Thread.sleep(300); // a large photo
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(new byte[] {9});
            }

            @Override
            public Optional<BufferedImage> decode(byte[] image, PixelLimit limit) {
                throw new UnsupportedOperationException("thumbnails are made by jpeg");
            }
        });
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> {
                    start.await();
                    return thumbnails.of("abc");
                }));
            }
            start.countDown();
            for (Future<Optional<byte[]>> answer : answers) {
                assertArrayEquals(new byte[] {9}, answer.get().orElseThrow());
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(1, thumbnails.renders(), "renders for eight readers of one image");
    }
}
