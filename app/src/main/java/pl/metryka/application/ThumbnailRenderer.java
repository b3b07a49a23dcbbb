package pl.metryka.application;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The application's port to image decoding: the small picture a gallery shows for an image
 * attachment, and a picture decoded only after its header passed a {@link PixelLimit} (the one
 * guard against decompression bombs, for the gallery and for the BIP logo alike). {@link
 * Thumbnails} decides when a thumbnail is made and keeps it; how pixels are read and scaled is
 * infrastructure's.
 */
public interface ThumbnailRenderer {

    /** The longest side a thumbnail may have, in pixels: a gallery row, not a screen, is its size. */
    int MAX_WIDTH = 320;

    int MAX_HEIGHT = 240;

    /**
     * A JPEG no larger than {@link #MAX_WIDTH} × {@link #MAX_HEIGHT} showing the whole image, or
     * empty when the bytes are no image this renderer can read (or one too large to decode safely).
     */
    Optional<byte[]> jpeg(byte[] image);

    /**
     * Every pixel of {@code image}, read only after the size its header declares passed {@code
     * limit}; empty when the bytes are no image this renderer can read.
     *
     * @throws PixelLimit.Exceeded when the header declares a picture over {@code limit}
     */
    Optional<BufferedImage> decode(byte[] image, PixelLimit limit);
}
