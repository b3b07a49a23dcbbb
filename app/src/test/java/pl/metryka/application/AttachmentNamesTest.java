package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.FieldError;

/** Issue 14 item 10: a name tied to its type, and no control or bidi characters in it. */
class AttachmentNamesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfNamedAsAProgramIsRefusedNamingTheRightEnding() {
        for (String name : List.of("Uchwala-nr-12.bat", "Ogloszenie.hta", "skan", "raport.pdf.exe")) {
            List<FieldError> errors =
                    AttachmentPolicy.check(new NewAttachment(name, "application/pdf", PDF, null), "attachments[0]");
            assertEquals(1, errors.size(), name + ": " + errors);
            assertEquals("attachments[0].fileName", errors.get(0).field());
            assertTrue(errors.get(0).message().contains(".pdf"), errors.get(0).message());
        }
    }

    @Test
    void theTypesOwnEndingsPassInAnyCase() {
        assertEquals(
                List.of(),
                AttachmentPolicy.check(new NewAttachment("Uchwała nr 12.PDF", "application/pdf", PDF, null), "f"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
        assertEquals(
                List.of(), AttachmentPolicy.check(new NewAttachment("mapa.jpeg", "image/jpeg", jpeg, "Mapa"), "f"));
        assertEquals(List.of(), AttachmentPolicy.check(new NewAttachment("mapa.jpg", "image/jpeg", jpeg, "Mapa"), "f"));
    }

    @Test
    void bidiOverridesControlsAndNulAreRemovedFromTheName() {
        // "Faktura\u202Efdp.exe" shows as "Fakturaexe.pdf" in a right-to-left-aware view
        assertEquals(
                "Fakturafdp.exe", new NewAttachment("Faktura\u202Efdp.exe", "application/pdf", PDF, null).fileName());
        assertEquals(
                "Uchwała nr 1.pdf",
                new NewAttachment(" Uchwa\u0000ła nr\u2066 1\u2069.pdf\n", "application/pdf", PDF, null).fileName());
        assertEquals("ab.pdf", FileNames.clean("a\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2067\u2068\u0007b.pdf"));
    }
}
