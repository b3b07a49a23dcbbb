package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.site.AccessibilityStatement.Assessment;
import pl.metryka.domain.model.site.AccessibilityStatement.Compliance;
import pl.metryka.domain.model.site.AccessibilityStatement.Content;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.infrastructure.image.ImageIoThumbnails;

/** The rules of the statutory pages: the statement's fields, the e-Doręczenia address, § 11, the logo file. */
class StatutoryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** The logo's PNG and JPEG go through the image port; its real implementation reads them here. */
    private static final ThumbnailRenderer IMAGES = new ImageIoThumbnails();

    @Test
    void aStatementThatIsNotFullyCompliantMustListTheInaccessibleContent() {
        assertEquals(List.of(), fields(valid(Compliance.ZGODNA, null)));
        assertEquals(List.of("inaccessible"), fields(valid(Compliance.CZESCIOWO_ZGODNA, null)));
        assertEquals(List.of("inaccessible"), fields(valid(Compliance.NIEZGODNA, null)));
        assertEquals(List.of(), fields(valid(Compliance.NIEZGODNA, "Skany bez warstwy tekstowej – wyłączenie.")));
        FieldError error = AccessibilityStatements.validate(valid(Compliance.NIEZGODNA, null), TODAY)
                .get(0);
        assertTrue(error.message().startsWith("Treści niedostępne i przyczyny"), error.message());
    }

    @Test
    void aStatementHasRealOrderedDatesAnAuditorForAnAuditAndTheCoordinatorsContacts() {
        Content c = new Content(
                null,
                null,
                TODAY.plusDays(1),
                TODAY.minusYears(20),
                null,
                TODAY.minusYears(30),
                Assessment.AUDIT,
                null,
                null,
                null,
                "nie-mail",
                "telefon?",
                null,
                null,
                null);
        assertEquals(
                List.of(
                        "status",
                        "publishedOn",
                        "preparedOn",
                        "updatedOn",
                        "auditor",
                        "coordinatorName",
                        "coordinatorEmail",
                        "coordinatorPhone",
                        "architecture",
                        "communication"),
                fields(c));
    }

    @Test
    void theElectronicDeliveryAddressHasTheAdeForm() {
        assertTrue(SiteAdministration.ADE.matcher("AE:PL-12345-67890-ABCDE-12").matches());
        assertTrue(SiteAdministration.ADE.matcher("AE:PL-51531-16813-FGHTJ-27").matches());
        assertFalse(SiteAdministration.ADE.matcher("AE:PL-1234-67890-ABCDE-12").matches());
        assertFalse(SiteAdministration.ADE.matcher("PL-12345-67890-ABCDE-12").matches());
        assertFalse(SiteAdministration.ADE.matcher("/UGKlucze/SkrytkaESP").matches());
    }

    @Test
    void paragraph11NeedsANamePhoneAndEmail() {
        EditorialContact complete = new EditorialContact("Rafał Jaworski", null, 0)
                .reachableAt("32 642 85 24", null, "bip@gmina-klucze.pl");
        EditorialContact noPhone = new EditorialContact("Katarzyna Nowak", null, 1).reachableAt(null, null, "k@x.pl");
        EditorialContact noEmail = new EditorialContact("Jan Nowak", null, 2).reachableAt("32 642 85 12", null, " ");
        assertTrue(SiteAdministration.meetsParagraph11(complete));
        assertFalse(SiteAdministration.meetsParagraph11(noPhone));
        assertFalse(SiteAdministration.meetsParagraph11(noEmail));
    }

    @Test
    void pngJpegAndCleanSvgLogosAreAcceptedByTheirContent() throws IOException {
        assertEquals("image/png", BipLogos.mediaType(image("png"), IMAGES));
        assertEquals("image/jpeg", BipLogos.mediaType(image("jpg"), IMAGES));
        assertEquals(
                "image/svg+xml",
                BipLogos.mediaType(
                        svg("<rect width='10' height='10' fill='url(#g)' style='fill:#c00'/>" + "<use href='#a'/>"),
                        IMAGES));
    }

    @Test
    void svgLogosWithScriptsEventsOrOutsideReferencesAreRefused() {
        for (String body : List.of(
                "<script>alert(1)</script>",
                "<rect onload='alert(1)'/>",
                "<foreignObject><p xmlns='http://www.w3.org/1999/xhtml'>x</p></foreignObject>",
                "<a xmlns:xlink='http://www.w3.org/1999/xlink' xlink:href='javascript:alert(1)'><rect/></a>",
                "<image href='https://evil.example/x.png'/>",
                "<style>@import url(https://evil.example/x.css);</style>",
                "<rect style='fill:url(https://evil.example/x)'/>")) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> BipLogos.mediaType(svg(body), IMAGES), body);
            assertEquals("logo", e.errors().get(0).field(), body);
            assertTrue(
                    e.errors().get(0).message().startsWith("Plik logo"),
                    e.errors().get(0).message());
        }
        String doctype = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>";
        assertThrows(
                InvalidInputException.class,
                () -> BipLogos.mediaType(doctype.getBytes(StandardCharsets.UTF_8), IMAGES));
    }

    @Test
    void otherFilesEmptyFilesAndLargeFilesAreRefused() {
        assertThrows(InvalidInputException.class, () -> BipLogos.mediaType(new byte[0], IMAGES));
        assertThrows(
                InvalidInputException.class,
                () -> BipLogos.mediaType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), IMAGES));
        assertThrows(
                InvalidInputException.class,
                () -> BipLogos.mediaType("<html><svg></svg></html>".getBytes(StandardCharsets.UTF_8), IMAGES));
        byte[] large = new byte[BipLogos.MAX_BYTES + 1];
        large[0] = (byte) 0x89;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BipLogos.mediaType(large, IMAGES));
        assertEquals("Plik logo: najwyżej 256 kB.", e.errors().get(0).message());
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        assertThrows(InvalidInputException.class, () -> BipLogos.mediaType(brokenPng, IMAGES));
    }

    @Test
    void aLogoDeclaringMoreThan4096PixelsASideIsRefusedByItsHeader() throws IOException {
        byte[] wide = image("png");
        // IHDR's width, a big-endian int at byte 16: 5,000 declared for 8 stored
        wide[16] = 0;
        wide[17] = 0;
        wide[18] = (byte) (5000 >>> 8);
        wide[19] = (byte) 5000;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BipLogos.mediaType(wide, IMAGES));
        assertEquals("logo", e.errors().get(0).field());
        // the number as Polish writes it, grouped by a (non-breaking) space
        assertEquals(
                "Plik logo: obraz może mieć najwyżej 4 096 pikseli szerokości i wysokości.",
                e.errors().get(0).message().replaceAll("\\h", " "));
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] svg(String body) {
        return ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>" + body + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Content valid(Compliance status, String inaccessible) {
        return new Content(
                status,
                inaccessible,
                LocalDate.of(2015, 10, 8),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2020, 9, 22),
                LocalDate.of(2026, 3, 27),
                Assessment.SELF,
                null,
                null,
                "Anna Wiśniewska",
                "dostepnosc@gmina-klucze.pl",
                "32 642 85 30",
                "Wejście z pochylnią.",
                "Tłumacz PJM po zgłoszeniu.",
                null);
    }

    private static List<String> fields(Content c) {
        return AccessibilityStatements.validate(c, TODAY).stream()
                .map(FieldError::field)
                .toList();
    }
}
