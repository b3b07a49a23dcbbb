package pl.metryka.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.application.RedactionJournalEntry;
import pl.metryka.domain.model.document.Redaction;

/** The journal file holds what is needed to re-apply a redaction, reads back exactly, and names it stably. */
class RedactionJournalTest {

    private static final RedactionJournalEntry ENTRY = new RedactionJournalEntry(
            9,
            Instant.parse("2025-05-28T08:15:00.123456Z"),
            "naczelny",
            "Rafał Jaworski",
            Redaction.Kind.TEXT,
            "omyłka „cudzysłów\"",
            "art. 17 RODO",
            "[fragment usunięty 28 maja 2025 r. — podstawa prawna: art. 17 RODO; powód: omyłka]",
            null,
            null,
            List.of(
                    new RedactionJournalEntry.Revision(
                            1, 2, "a".repeat(64), "b".repeat(64), "<p>Adres: [fragment usunięty …].</p>", null, null),
                    new RedactionJournalEntry.Revision(
                            2, 1, "c".repeat(64), "d".repeat(64), null, "e".repeat(64), "f".repeat(64))));

    @Test
    void anEntryReadsBackAsWritten() {
        assertEquals(ENTRY, RedactionJournal.parse(RedactionJournal.json(ENTRY)));
        RedactionJournalEntry file = new RedactionJournalEntry(
                3,
                Instant.parse("2026-12-02T10:00:00Z"),
                "n",
                "N",
                Redaction.Kind.ATTACHMENT,
                "r",
                "b",
                "s",
                1,
                0,
                List.of());
        assertEquals(file, RedactionJournal.parse(RedactionJournal.json(file)));
    }

    @Test
    void theFileNameIsTheRedactionsIdentityAcrossDatabases() {
        assertEquals("redaction-9-1748420100-123456000-text.json", RedactionJournal.fileName(ENTRY));
    }

    @Test
    void itHoldsNoRemovedText() {
        assertFalse(RedactionJournal.json(ENTRY).contains("Sosnowej"));
    }
}
