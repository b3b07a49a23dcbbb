package pl.metryka.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.shared.Sha256;

/** A redaction changes a published revision only as its record says; the publication hash stays. */
class RedactionDomainTest {

    private static final Category CATEGORY = new Category(null, "oswiadczenia", "Oświadczenia majątkowe", 1);
    private static final Editor CHIEF = new Editor("naczelny", "Rafał Jaworski");
    private static final AttachmentFile FILE =
            new AttachmentFile("skan.pdf", "application/pdf", 10, "a".repeat(64), "Skan");
    private static final AttachmentFile STUB =
            new AttachmentFile("zalacznik-usuniety.txt", "text/plain", 5, "b".repeat(64), null);

    private static Document published() throws ReflectiveOperationException {
        Document document = Document.draft(
                "oswiadczenie",
                CATEGORY,
                new RevisionContent(
                        "Oświadczenie",
                        "<p>Adres: ul. Sosnowej 12.</p>",
                        "Barbara Kulig",
                        "sekretarz gminy",
                        LocalDate.of(2025, 4, 24),
                        null,
                        List.of(FILE)),
                CHIEF,
                "Gmina",
                Instant.parse("2025-05-27T07:00:00Z"));
        var id = Document.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(document, 9L);
        document.publish("Gmina", Instant.parse("2025-05-27T07:40:00Z"));
        return document;
    }

    @Test
    void theBodyChangesToTheRecordedOneAndThePublicationHashStays() throws Exception {
        Document document = published();
        Revision r = document.revision(1).orElseThrow();
        String published = r.contentHash();
        String body = "<p>Adres: [fragment usunięty].</p>";
        String expected =
                r.hashWith(body, r.attachments().stream().map(Attachment::file).toList());
        assertNull(r.redactedHash());
        document.redact(new RedactedRevision(9, 1, 1, published, expected, Sha256.hex(body), null, null), body, null);
        assertEquals(body, r.body());
        assertEquals(published, r.contentHash(), "the commitment stays");
        assertEquals(expected, r.currentHash());
        assertEquals(expected, r.computeContentHash());
        assertTrue(r.isRedacted());
    }

    @Test
    void aFileIsReplacedByTheStubKeepingItsPositionAndDescription() throws Exception {
        Document document = published();
        Revision r = document.revision(1).orElseThrow();
        String expected = r.hashWith(r.body(), r.filesWith(FILE.sha256(), STUB));
        document.redact(
                new RedactedRevision(
                        9, 1, 1, r.contentHash(), expected, Sha256.hex(r.body()), FILE.sha256(), STUB.sha256()),
                r.body(),
                STUB);
        Attachment a = r.attachments().get(0);
        assertEquals(STUB.sha256(), a.sha256());
        assertEquals("zalacznik-usuniety.txt", a.fileName());
        assertEquals("Skan", a.description());
        assertEquals(0, a.position());
        assertEquals(expected, r.computeContentHash());
    }

    @Test
    void aChangeOtherThanTheRecordedOneIsRefused() throws Exception {
        Document document = published();
        Revision r = document.revision(1).orElseThrow();
        String before = r.body();
        assertThrows(
                IllegalStateException.class,
                () -> document.redact(
                        new RedactedRevision(9, 1, 1, r.contentHash(), "c".repeat(64), "d".repeat(64), null, null),
                        "<p>inna treść</p>",
                        null));
        assertEquals(before, r.body());
        assertFalse(r.isRedacted());
    }

    @Test
    void aDraftCannotBeRedacted() throws Exception {
        Document document = Document.draft(
                "szkic",
                CATEGORY,
                new RevisionContent("Szkic", "<p>x</p>", "A", "B", LocalDate.of(2025, 4, 24), null, List.of()),
                CHIEF,
                "Gmina",
                Instant.parse("2025-05-27T07:00:00Z"));
        var id = Document.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(document, 10L);
        assertThrows(
                DocumentStateException.class,
                () -> document.redact(
                        new RedactedRevision(10, 1, 1, "e".repeat(64), "c".repeat(64), "d".repeat(64), null, null),
                        "<p>y</p>",
                        null));
    }
}
