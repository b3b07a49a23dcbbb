package pl.metryka.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import pl.metryka.application.PrintableDocument;
import pl.metryka.application.PrintableDocument.Attachment;
import pl.metryka.application.PrintableDocument.HistoryEntry;
import pl.metryka.application.PrintableDocument.MetrykaRow;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.PdfConformance;

/**
 * Issue 16: "veraPDF reports 0 failures for PDF/UA-1 on document, version and audit PDFs". Before
 * the tagged renderer the document PDF failed PDF/UA-1 (no structure tree, untagged content, no
 * XMP metadata) and PDF/A-2a alike.
 */
class AccessiblePdfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T09:15:00Z"), Moment.POLAND);

    /** Every kind of block the body can hold, Polish letters, links, and enough text for pages. */
    static final String BODY = "<h1>Rozdział 1. Przepisy ogólne</h1>"
            + "<p>Wójt Gminy Klucze zarządza, co następuje: zażółć gęślą jaźń. Szczegóły na "
            + "<a href=\"https://bip.klucze.pl/uchwaly\">stronie uchwał</a> i pod adresem "
            + "<a href=\"mailto:sekretariat@klucze.pl\">sekretariat@klucze.pl</a>.</p>"
            + "<h3>Poziom pominięty w treści</h3>"
            + "<ul><li>pierwszy punkt</li><li>drugi punkt<ol><li>podpunkt a</li><li>podpunkt b</li></ol></li>"
            + "<li>trzeci <b>ważny</b> punkt</li></ul>"
            + "<p><img src=\"https://example.org/mapa.png\" alt=\"Mapa gminy z zaznaczonymi sołectwami\"></p>"
            + "<table><caption>Stawki opłat</caption><tr><th>Usługa</th><th>Stawka</th></tr>"
            + "<tr><td>Śmieci segregowane</td><td>32 zł</td></tr><tr><td>Ścieki</td><td>12,50 zł/m³</td></tr>"
            + "<tr><td>Tylko jedna komórka</td></tr></table>"
            + "<h2>Rozdział 2</h2>"
            + "<p>Długi akapit o sprawach gminy, który powtarza się, aby dokument miał kilka stron. </p>".repeat(90)
            + "<pre>linia 1\nlinia 2</pre>";

    @Test
    void aDocumentWithEveryBlockKindConformsToPdfUa1AndPdfA2a() throws IOException {
        byte[] bytes = new DocumentPdf(CLOCK).render(everything(false));

        assertTrue(pages(bytes) > 2, "several pages");
        List<String> failures = PdfConformance.failures(bytes);
        assertEquals(List.of(), failures, "veraPDF failed rules:\n" + String.join("\n", failures));
    }

    @Test
    void anArchivalVersionConformsToo() {
        byte[] bytes = new DocumentPdf(CLOCK).render(everything(true));

        List<String> failures = PdfConformance.failures(bytes);
        assertEquals(List.of(), failures, "veraPDF failed rules:\n" + String.join("\n", failures));
    }

    @Test
    void theAuditLogConformsToPdfUa1AndPdfA2a() throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            events.add(new AuditEvent(
                    Instant.parse("2026-03-12T09:15:00Z").plusSeconds(i * 60L),
                    "Małgorzata Węgrzyn",
                    i % 2 == 0 ? "DOCUMENT_PUBLISHED" : "LOGIN",
                    i % 7 == 0 ? Outcome.REFUSED : Outcome.SUCCESS,
                    "dokument/zarządzenie-" + i,
                    i % 3 == 0 ? null : "Zmiana treści § " + i + " – źdźbło",
                    "127.0.0.1"));
        }
        // a detail longer than a page: its row is split over pages, nothing is cut off
        events.add(new AuditEvent(
                Instant.parse("2026-03-12T12:00:00Z"),
                "Małgorzata Węgrzyn",
                "REQUEST_REFUSED",
                Outcome.REFUSED,
                "api/v1/documents",
                "Początek szczegółów. " + "Bardzo długi opis odmowy. ".repeat(400) + "KoniecSzczegółów",
                "127.0.0.1"));
        byte[] bytes = new AuditLogPdf()
                .render(
                        "Dziennik zdarzeń",
                        "wszystkie",
                        Instant.parse("2026-03-12T09:15:00Z"),
                        "Audytor Łukasz",
                        events);

        assertTrue(pages(bytes) > 1, "several pages");
        String text = text(bytes);
        assertTrue(text.contains("Początek szczegółów.") && text.contains("KoniecSzczegółów"), "the long detail whole");
        List<String> failures = PdfConformance.failures(bytes);
        assertEquals(List.of(), failures, "veraPDF failed rules:\n" + String.join("\n", failures));
    }

    @Test
    void anEmptyAuditLogConformsToo() {
        byte[] bytes = new AuditLogPdf().render("Dziennik zdarzeń", "brak", Instant.EPOCH, "audytor", List.of());

        List<String> failures = PdfConformance.failures(bytes);
        assertEquals(List.of(), failures, "veraPDF failed rules:\n" + String.join("\n", failures));
    }

    static PrintableDocument everything(boolean archival) {
        return new PrintableDocument(
                "Urząd Gminy Klucze",
                "Zarządzenie nr 12/2026 Wójta Gminy Klucze – zażółć gęślą jaźń",
                archival ? 2 : 3,
                LocalDate.of(2026, 3, 10),
                archival,
                BODY,
                List.of(new Attachment(
                        "zarządzenie-12-2026.pdf",
                        "application/pdf",
                        1_234_567,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                List.of(
                        new MetrykaRow("Podmiot udostępniający informację", "Urząd Gminy Klucze"),
                        new MetrykaRow("Osoba sporządzająca dokument", "Małgorzata Węgrzyn"),
                        new MetrykaRow("Data wytworzenia", "2026-03-02")),
                List.of(
                        new HistoryEntry(1, LocalDateTime.of(2026, 3, 3, 12, 0), "Rafał Jaworski", "Publikacja"),
                        new HistoryEntry(3, LocalDateTime.of(2026, 3, 10, 8, 30), "Rafał Jaworski", "Sprostowanie")),
                "https://bip.klucze.pl/dokument/zarzadzenie-12-2026/wersja/3",
                List.of(
                        new MetrykaRow("Zakres wyłączenia", "dane osobowe (imię i nazwisko wnioskodawcy)"),
                        new MetrykaRow("Podstawa prawna", "art. 5 ust. 2 ustawy o dostępie do informacji publicznej")));
    }

    /** The text drawn within the pages (text drawn below a page's edge is not seen by readers). */
    private static String text(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                // regions are in display space: a landscape page is a portrait one turned (/Rotate 90)
                boolean turned = page.getRotation() % 180 != 0;
                stripper.addRegion(
                        "page",
                        new Rectangle2D.Float(
                                0,
                                0,
                                turned ? box.getHeight() : box.getWidth(),
                                turned ? box.getWidth() : box.getHeight()));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("page")).append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static int pages(byte[] bytes) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }
}
