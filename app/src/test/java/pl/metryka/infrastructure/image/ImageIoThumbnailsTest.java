package pl.metryka.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import pl.metryka.application.PixelLimit;

class ImageIoThumbnailsTest {

    private final ImageIoThumbnails thumbnails = new ImageIoThumbnails();

    @Test
    void aDemoPhotoBecomesASmallJpegOfTheSameProportions() throws IOException {
        byte[] photo = resource("/demo/galeria/klaster-1.jpg");
        byte[] small = thumbnails.jpeg(photo).orElseThrow();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(small));
        // 960 × 640 fits 320 × 240 as 320 × 213
        assertEquals(320, picture.getWidth());
        assertEquals(213, picture.getHeight());
        assertTrue(small.length * 3 < photo.length, small.length + " of " + photo.length);
    }

    @Test
    void aSmallImageIsNotEnlargedAndATransparentPngBecomesAJpeg() throws IOException {
        BufferedImage icon = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(icon, "png", png);
        BufferedImage picture = ImageIO.read(
                new ByteArrayInputStream(thumbnails.jpeg(png.toByteArray()).orElseThrow()));
        assertEquals(100, picture.getWidth());
        assertEquals(50, picture.getHeight());
    }

    @Test
    void bytesThatAreNoImageGiveNoThumbnail() {
        assertTrue(thumbnails.jpeg("%PDF-1.7 not an image".getBytes()).isEmpty());
        assertTrue(thumbnails.jpeg(new byte[0]).isEmpty());
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        // a 1 × 1 PNG whose header is rewritten to claim 50,000 × 50,000 pixels (a decompression bomb)
        BufferedImage dot = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(dot, "png", png);
        byte[] bomb = png.toByteArray();
        // IHDR width and height start at byte 16 (big-endian ints)
        writeInt(bomb, 16, 50_000);
        writeInt(bomb, 20, 50_000);
        assertTrue(thumbnails.jpeg(bomb).isEmpty());
    }

    /** The one guard both the gallery and the BIP logo decode through (ThumbnailRenderer.decode). */
    @Test
    void theHeaderIsCheckedAgainstTheCallersLimitBeforeAnyPixelIsDecoded() throws IOException {
        byte[] png = png(4096, 2);
        assertEquals(
                4096,
                thumbnails.decode(png, PixelLimit.perSide(4096)).orElseThrow().getWidth());
        assertThrows(PixelLimit.Exceeded.class, () -> thumbnails.decode(png, PixelLimit.perSide(4095)));
        assertThrows(PixelLimit.Exceeded.class, () -> thumbnails.decode(png, PixelLimit.total(4096 * 2 - 1)));
        assertEquals(
                2,
                thumbnails.decode(png, PixelLimit.total(4096 * 2)).orElseThrow().getHeight());

        // a 1 × 1 PNG claiming 50,000 × 50,000: refused by its header, whose pixels would need 10 GB
        byte[] bomb = png(1, 1);
        writeInt(bomb, 16, 50_000);
        writeInt(bomb, 20, 50_000);
        PixelLimit.Exceeded refused = assertThrows(
                PixelLimit.Exceeded.class,
                () -> thumbnails.decode(bomb, PixelLimit.total(ImageIoThumbnails.MAX_PIXELS)));
        assertTrue(refused.getMessage().contains("50000 × 50000"), refused.getMessage());
        assertTrue(thumbnails
                .decode("%PDF-1.7".getBytes(), PixelLimit.perSide(4096))
                .isEmpty());
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ImageIoThumbnailsTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
