package pl.metryka.infrastructure.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans from the classpath, embedded as Identity-H so every Polish letter is drawn, and
 * copied or searched, exactly. The PDF standard fonts only cover WinAnsi, which lacks ą, ę, ł…
 */
final class Fonts {

    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x4d, 0x4d, 0x4d);

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {}

    static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL, TEXT);
    }

    static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL, TEXT);
    }

    static Font muted(float size) {
        return new Font(REGULAR, size, Font.NORMAL, MUTED);
    }

    private static BaseFont load(String file) {
        String path = "/fonts/" + file;
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            BaseFont font =
                    BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            // OpenPDF's CIDSet lists only the subset's glyphs, which PDF/A-2 and PDF/UA reject; it is optional
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load " + path, e);
        }
    }
}
