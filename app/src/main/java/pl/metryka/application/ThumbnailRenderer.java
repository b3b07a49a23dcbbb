package pl.metryka.application;

import java.util.Optional;

/**
 * Makes the small picture a gallery shows for an image attachment. A port: {@link Thumbnails}
 * decides when one is made and keeps it; how the pixels are scaled is infrastructure's.
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
}
