package pl.metryka.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.metryka.application.AttachmentAccessibility.Warning;
import pl.metryka.application.PrintableDocument;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.infrastructure.pdf.DocumentPdf;

/** Issue 16: the clerk is warned when an uploaded PDF is untagged or a scan without text. */
class PdfAccessibilityCheckTest {

    private static final String PDF = "application/pdf";
    private final PdfAccessibilityCheck check = new PdfAccessibilityCheck();

    @Test
    void aTaggedPdfWithTextGetsNoWarning() {
        byte[] tagged = new DocumentPdf(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .render(new PrintableDocument(
                        "Urząd Gminy Klucze",
                        "Uchwała nr 1",
                        1,
                        null,
                        false,
                        "<p>Treść uchwały.</p>",
                        List.of(),
                        List.of(),
                        List.of(),
                        "https://bip.klucze.pl/dokument/uchwala-1",
                        List.of()));

        assertEquals(Optional.empty(), check.check(PDF, FileContent.of(tagged)));
    }

    @Test
    void anUntaggedPdfWithTextIsFlagged() throws Exception {
        byte[] untagged = TextExtractionTest.pdf("Ogłoszenie o przetargu na żwirownię w Łące");

        assertEquals(Optional.of(Warning.UNTAGGED_PDF), check.check(PDF, FileContent.of(untagged)));
    }

    @Test
    void aScanWithoutTextIsFlagged() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        // what a scanner gives: marks on the page, no text operators
        PdfContentByte canvas = writer.getDirectContent();
        canvas.setColorFill(Color.DARK_GRAY);
        for (int line = 0; line < 20; line++) {
            canvas.rectangle(60, 750 - line * 18, 300 + (line % 3) * 60, 8);
        }
        canvas.fill();
        document.close();

        assertEquals(Optional.of(Warning.SCANNED_PDF), check.check(PDF, FileContent.of(out.toByteArray())));
    }

    @Test
    void otherFilesAndUnreadablePdfsGetNoWarning() {
        assertEquals(Optional.empty(), check.check("image/png", FileContent.of(new byte[] {1, 2, 3})));
        assertEquals(Optional.empty(), check.check(PDF, FileContent.of("%PDF-1.4 broken".getBytes())));
    }
}
