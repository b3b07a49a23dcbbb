package pl.metryka.application;

/**
 * How large a picture {@link ThumbnailRenderer#decode} may decode, judged from the size its header
 * declares before any pixel is read: a file of a few kilobytes can declare a picture whose pixels
 * (four bytes each) would fill the heap of the instance, a decompression bomb. Each use states its
 * own bound: a logo by its longest side, a photo for the gallery by its pixel count.
 */
public record PixelLimit(int maxSide, long maxPixels) {

    /** At most {@code max} pixels wide and high. */
    public static PixelLimit perSide(int max) {
        return new PixelLimit(max, Long.MAX_VALUE);
    }

    /** At most {@code max} pixels in all, of whatever proportions. */
    public static PixelLimit total(long max) {
        return new PixelLimit(Integer.MAX_VALUE, max);
    }

    public boolean allows(int width, int height) {
        return width <= maxSide && height <= maxSide && (long) width * height <= maxPixels;
    }

    /** The header declares a picture larger than the limit: nothing of it was decoded. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded(int width, int height) {
            // no stack trace: a refused upload or gallery image, not a fault to trace
            super("image of " + width + " × " + height + " pixels over the limit", null, false, false);
        }
    }
}
