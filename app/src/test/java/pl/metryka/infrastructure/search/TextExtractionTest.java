package pl.metryka.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.metryka.test.InflatingPdf;
import pl.metryka.test.OneLinePdf;

class TextExtractionTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    @Test
    void pdfTextWithPolishLettersIsExtracted() throws Exception {
        byte[] pdf = pdf("Ogłoszenie o przetargu na żwirownię w Łące");
        String text = TextExtraction.extract("application/pdf", pdf).orElseThrow();
        assertTrue(text.contains("Ogłoszenie o przetargu na żwirownię w Łące"), text);
    }

    /** Issue 14: a 458 KB PDF inflating to 150 MB held an upload for 20 s; now it is given up at once. */
    @Test
    void aPdfWhoseContentInflatesHugelyIsGivenUpQuickly() {
        byte[] bomb = InflatingPdf.of("Uchwala nr 12", 150L * 1024 * 1024, "BT (x) Tj ET\n");
        assertTrue(bomb.length < 600 * 1024, "the test file is small: " + bomb.length);
        long start = System.nanoTime();
        Optional<String> text = TextExtraction.extract("application/pdf", bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3_000, "extraction took " + millis + " ms");
        assertTrue(text.map(String::length).orElse(0) <= TextExtraction.MAX_CHARS);
    }

    @Test
    void aPdfWithAModestContentStreamIsStillRead() {
        byte[] pdf = InflatingPdf.of("Uchwala nr 13", 1024 * 1024);
        assertTrue(TextExtraction.extract("application/pdf", pdf).orElseThrow().contains("Uchwala nr 13"));
        byte[] text = InflatingPdf.of("Uchwala nr 14", 64 * 1024, "BT (akapit) Tj ET\n");
        assertTrue(TextExtraction.extract("application/pdf", text).orElseThrow().contains("akapit"));
    }

    /** Word and OpenDocument files are read alike: their body part is unzipped and its paragraphs become lines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("officeFiles")
    void officeParagraphsAreExtractedWithoutTags(String format, String mimeType, String part, String xml, String text)
            throws Exception {
        assertEquals(text, TextExtraction.extract(mimeType, zip(part, xml)).orElseThrow());
    }

    static Stream<Arguments> officeFiles() {
        return Stream.of(
                Arguments.of(
                        "DOCX paragraphs without tags",
                        DOCX,
                        "word/document.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                + "<w:body><w:p><w:r><w:t>Zarządzenie</w:t></w:r><w:r><w:t xml:space=\"preserve\"> wójta</w:t></w:r></w:p>"
                                + "<w:p><w:r><w:t>Harmonogram &amp; koszty</w:t></w:r></w:p></w:body></w:document>",
                        "Zarządzenie wójta\nHarmonogram & koszty"),
                Arguments.of(
                        "ODT paragraphs and spaces",
                        ODT,
                        "content.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                + "<text:h>Władze</text:h><text:p>Skład<text:s/>rady<text:tab/>gminy</text:p></office:text></office:body></office:document-content>",
                        "Władze\nSkład rady gminy"));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertEquals(Optional.empty(), TextExtraction.extract(ODT, zip("content.xml", xml)));
    }

    @Test
    void imagesDamagedFilesAndMissingPartsGiveNoText() throws Exception {
        assertEquals(Optional.empty(), TextExtraction.extract("image/png", new byte[] {1, 2, 3}));
        assertEquals(
                Optional.empty(),
                TextExtraction.extract("application/pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), TextExtraction.extract(DOCX, zip("other.xml", "<a>x</a>")));
    }

    static byte[] pdf(String line) throws IOException {
        return OneLinePdf.of(line);
    }

    static byte[] zip(String name, String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/zip".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
