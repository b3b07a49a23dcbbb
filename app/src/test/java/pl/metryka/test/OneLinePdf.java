package pl.metryka.test;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** A PDF with one line of text, in an embedded font that has the Polish letters: what text extraction reads back. */
public final class OneLinePdf {

    private OneLinePdf() {}

    public static byte[] of(String line) throws IOException {
        byte[] font;
        try (InputStream in = OneLinePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
        document.add(new Paragraph(line, new Font(base, 12)));
        document.close();
        return out.toByteArray();
    }
}
