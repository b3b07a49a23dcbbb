package pl.metryka.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.test.Texts.assertContainsAll;
import static pl.metryka.test.Texts.assertContainsNone;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.metryka.application.PrintableDocument;
import pl.metryka.application.PrintableDocument.Attachment;
import pl.metryka.application.PrintableDocument.HistoryEntry;
import pl.metryka.application.PrintableDocument.MetrykaRow;
import pl.metryka.domain.shared.Moment;

class DocumentPdfTest {

    private static final String TITLE = "Zarządzenie nr 12/2026 Wójta Gminy Klucze – zażółć gęślą jaźń";
    private static final String ISSUER = "Urząd Gminy Klucze";
    private static final String URL = "https://bip.klucze.pl/dokument/zarzadzenie-12-2026/wersja/3";
    // 2026-03-12 10:15 in Warsaw (CET, UTC+1)
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T09:15:00Z"), Moment.POLAND);

    private final DocumentPdf pdf = new DocumentPdf(CLOCK);

    @Test
    void printsTheTitleWithIntactDiacriticsAndEverySection() throws IOException {
        String text = text(pdf.render(document(attachments(), history())));

        assertContainsAll(
                text,
                TITLE,
                "Wójt Gminy Klucze zarządza, co następuje:",
                "Załączniki",
                "zarządzenie-12-2026.pdf",
                "9f86d081884c7d659a2feaa0c55ad015",
                "Metryka",
                "Osoba sporządzająca dokument",
                "Małgorzata Węgrzyn",
                "Rejestr zmian",
                "Sprostowanie oczywistej omyłki pisarskiej w § 2",
                URL,
                "Wygenerowano: 2026-03-12 10:15");
    }

    @Test
    void isNeitherEncryptedNorRestrictedAndCarriesMetadata() throws IOException {
        PdfReader reader = new PdfReader(pdf.render(document(attachments(), history())));
        try {
            assertFalse(reader.isEncrypted());
            assertTrue(reader.isOpenedWithFullPermissions());
            assertEquals(TITLE, reader.getInfo().get("Title"));
            assertEquals(ISSUER, reader.getInfo().get("Author"));
            assertEquals("Metryka", reader.getInfo().get("Creator"));
            assertTrue(
                    reader.getInfo().get("Subject").contains(TITLE),
                    reader.getInfo().toString());
            assertTrue(
                    reader.getInfo().get("Keywords").contains("BIP"),
                    reader.getInfo().toString());
            assertTrue(
                    reader.getInfo().get("CreationDate").startsWith("D:20260312101500+01'00"),
                    reader.getInfo().toString());
            assertEquals("pl-PL", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
            // tagged for real (issue 16): marked, with a structure tree, the title shown in the window
            assertTrue(reader.getCatalog()
                    .getAsDict(PdfName.MARKINFO)
                    .getAsBoolean(PdfName.MARKED)
                    .booleanValue());
            assertTrue(reader.getCatalog().contains(PdfName.STRUCTTREEROOT));
            assertTrue(reader.getCatalog()
                    .getAsDict(PdfName.VIEWERPREFERENCES)
                    .getAsBoolean(PdfName.DISPLAYDOCTITLE)
                    .booleanValue());
        } finally {
            reader.close();
        }
    }

    @Test
    void embedsTheDejaVuFontsAndUsesNoOther() throws IOException {
        String body = "<h1>Nagłówek</h1><p>Akapit</p><ul><li>punkt</li></ul><table><tr><td>komórka</td></tr></table>";
        PrintableDocument source = new PrintableDocument(
                ISSUER,
                TITLE,
                3,
                null,
                true,
                body,
                attachments(),
                document(List.of(), List.of()).metryka(),
                history(),
                URL,
                List.of());
        PdfReader reader = new PdfReader(pdf.render(source));
        try {
            Set<String> embedded = new HashSet<>();
            PdfDictionary fonts =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            assertEquals(1, reader.getNumberOfPages());
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfDictionary descendant =
                        font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                assertTrue(descriptor.contains(PdfName.FONTFILE2), "not embedded: " + font);
                // subset names look like ABCDEF+DejaVuSans
                embedded.add(font.getAsName(PdfName.BASEFONT).toString().replaceFirst("^/[A-Z]{6}\\+", ""));
            }
            assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), embedded);
        } finally {
            reader.close();
        }
    }

    @Test
    void rendersWithoutAttachmentsOrHistory() throws IOException {
        byte[] bytes = assertDoesNotThrow(() -> pdf.render(document(List.of(), List.of())));

        String text = text(bytes);
        assertContainsAll(text, "Brak załączników.", "Brak wpisów w rejestrze zmian.");
    }

    @Test
    void rendersFromTheBareMinimum() throws IOException {
        PrintableDocument bare = new PrintableDocument(null, null, 1, null, false, null, null, null, null, null, null);

        String text = text(assertDoesNotThrow(() -> pdf.render(bare)));

        assertContainsAll(text, "Wersja 1", "Wygenerowano: 2026-03-12 10:15");
    }

    @Test
    void saysInWordsThatAnArchivalVersionIsNotCurrent() throws IOException {
        PrintableDocument current = document(attachments(), history());
        PrintableDocument archival = new PrintableDocument(
                ISSUER,
                TITLE,
                2,
                LocalDate.of(2026, 3, 2),
                true,
                current.bodyHtml(),
                current.attachments(),
                current.metryka(),
                current.history(),
                URL,
                List.of());

        String text = text(pdf.render(archival));

        assertContainsAll(
                text, "Wersja 2 z dnia 2026-03-02", "Wersja archiwalna – nie jest to aktualna treść dokumentu.");
        assertContainsNone(text(pdf.render(current)), "Wersja archiwalna");
    }

    @Test
    void printsTheBodyAsTextWithoutRunningOrFetchingAnything() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String body = "<h2>Rozdział 1</h2><p>Tekst &amp; więcej&nbsp;tekstu</p>"
                    + "<img src=\"" + base + "/zdjecie.png\" alt=\"Mapa gminy\">"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                    + "<iframe src=\"" + base + "/ramka\"></iframe>"
                    + "<script src=\"" + base + "/skrypt.js\">alert('x')</script>"
                    + "<ol><li>pierwszy punkt</li><li>drugi punkt</li></ol>"
                    + "<table><tr><th>Kolumna A</th><th>Kolumna B</th></tr><tr><td>ą1</td><td>ę2</td></tr></table>";
            PrintableDocument source = new PrintableDocument(
                    ISSUER, TITLE, 1, null, false, body, List.of(), List.of(), List.of(), URL, List.of());

            String text = text(pdf.render(source));

            assertEquals(0, requests.get(), "the renderer fetched something");
            assertContainsAll(
                    text,
                    "Rozdział 1",
                    "Tekst & więcej tekstu",
                    "[Obraz: Mapa gminy]",
                    "1. pierwszy punkt",
                    "2. drugi punkt",
                    "Kolumna A",
                    "ę2");
            assertContainsNone(text, "alert");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void repeatsTheFooterOnEveryPage() throws IOException {
        String body = "<p>Długi akapit o sprawach gminy.</p>".repeat(150);
        PrintableDocument source = new PrintableDocument(
                ISSUER, TITLE, 1, null, false, body, List.of(), List.of(), List.of(), URL, List.of());

        try (PDDocument reader = Loader.loadPDF(pdf.render(source))) {
            assertTrue(reader.getNumberOfPages() > 1);
            PDFTextStripper extractor = new PDFTextStripper();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                extractor.setStartPage(page);
                extractor.setEndPage(page);
                String text = normalize(extractor.getText(reader));
                assertTrue(text.contains("Wygenerowano: 2026-03-12 10:15"), "page " + page + ": " + text);
                assertTrue(text.contains("Strona " + page), "page " + page + ": " + text);
            }
        }
    }

    private static PrintableDocument document(List<Attachment> attachments, List<HistoryEntry> history) {
        return new PrintableDocument(
                ISSUER,
                TITLE,
                3,
                LocalDate.of(2026, 3, 10),
                false,
                "<p>Wójt Gminy Klucze zarządza, co następuje:</p><p>§ 1. Ustala się regulamin.</p>",
                attachments,
                List.of(
                        new MetrykaRow("Podmiot udostępniający informację", ISSUER),
                        new MetrykaRow("Osoba sporządzająca dokument", "Małgorzata Węgrzyn"),
                        new MetrykaRow("Data utworzenia", "2026-03-02"),
                        new MetrykaRow("Osoba wprowadzająca dokument", "Rafał Jaworski"),
                        new MetrykaRow("Data publikacji", "2026-03-03 12:00"),
                        new MetrykaRow("Data ostatniej modyfikacji", "2026-03-10 08:30"),
                        new MetrykaRow("Osoba modyfikująca", "Rafał Jaworski"),
                        new MetrykaRow("Liczba odwiedzin", "3094")),
                history,
                URL,
                List.of());
    }

    private static List<Attachment> attachments() {
        return List.of(new Attachment(
                "zarządzenie-12-2026.pdf",
                "application/pdf",
                1_234_567,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }

    private static List<HistoryEntry> history() {
        return List.of(
                new HistoryEntry(1, LocalDateTime.of(2026, 3, 3, 12, 0), "Rafał Jaworski", "Publikacja"),
                new HistoryEntry(
                        3,
                        LocalDateTime.of(2026, 3, 10, 8, 30),
                        "Rafał Jaworski",
                        "Sprostowanie oczywistej omyłki pisarskiej w § 2"));
    }

    /**
     * All pages' text, whitespace collapsed so that line wrapping does not matter. PDFBox, because
     * OpenPDF's extractor leaves out Artifacts, and the footer is one.
     */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument reader = Loader.loadPDF(bytes)) {
            return normalize(new PDFTextStripper().getText(reader));
        }
    }

    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
