package pl.metryka.infrastructure.image;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import pl.metryka.application.PixelLimit;
import pl.metryka.application.ThumbnailRenderer;

/**
 * Scales an image to fit {@link #MAX_WIDTH} × {@link #MAX_HEIGHT} (never up) and writes it as a
 * JPEG. Every decode, the thumbnail's and the {@link #decode(byte[], PixelLimit) port's}, reads the
 * size from the header first, so a small file declaring a huge picture (a decompression bomb) is
 * refused instead of filling the heap.
 */
@ApplicationScoped
public class ImageIoThumbnails implements ThumbnailRenderer {

    /** 40 megapixels: every camera photo a clerk uploads, far from what would exhaust the heap. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final float QUALITY = 0.82f;

    @Override
    public Optional<byte[]> jpeg(byte[] image) {
        try {
            // decode every n-th pixel, keeping at least twice the thumbnail's size for a smooth
            // scale: a 40-megapixel photo then takes ~2 MB of heap instead of ~160 MB
            return decode(image, PixelLimit.total(MAX_PIXELS), 2 * MAX_WIDTH, 2 * MAX_HEIGHT)
                    .map(ImageIoThumbnails::scaled)
                    .map(ImageIoThumbnails::write);
        } catch (IOException | RuntimeException e) {
            // a damaged or unsupported file, or one over the limit: the gallery links the file itself instead
            return Optional.empty();
        }
    }

    @Override
    public Optional<BufferedImage> decode(byte[] image, PixelLimit limit) {
        try {
            return decode(image, limit, Integer.MAX_VALUE, Integer.MAX_VALUE);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The one place an image is decoded: its size is read from the header and checked against
     * {@code limit} before any pixel is, then every n-th pixel is decoded, n as large as keeps the
     * picture at least {@code keepWidth} × {@code keepHeight} (every pixel when it is smaller).
     */
    private static Optional<BufferedImage> decode(byte[] image, PixelLimit limit, int keepWidth, int keepHeight)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (!limit.allows(width, height)) {
                    throw new PixelLimit.Exceeded(width, height);
                }
                int step = Math.max(1, Math.min(width / keepWidth, height / keepHeight));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.ofNullable(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(
                1.0, Math.min((double) MAX_WIDTH / source.getWidth(), (double) MAX_HEIGHT / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // JPEG has no transparency: a transparent PNG is shown on white, as on the page
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] write(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a thumbnail", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
