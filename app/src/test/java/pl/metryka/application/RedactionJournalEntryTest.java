package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.document.Redaction;

/**
 * The journal keeps a body once it knows it: an entry read from the database lacks the bodies
 * later redactions replaced, and they are filled from the commit or the earlier file, never
 * overwritten.
 */
class RedactionJournalEntryTest {

    private static RedactionJournalEntry entry(String... bodies) {
        List<RedactionJournalEntry.Revision> revisions = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            revisions.add(new RedactionJournalEntry.Revision(
                    i + 1, 1, "a".repeat(64), "b".repeat(64), bodies[i], null, null));
        }
        return new RedactionJournalEntry(
                9,
                Instant.parse("2026-12-02T10:00:00Z"),
                "naczelny",
                "Rafał Jaworski",
                Redaction.Kind.TEXT,
                "omyłka",
                "art. 17 RODO",
                "[fragment usunięty]",
                null,
                null,
                List.copyOf(revisions));
    }

    @Test
    void onlyMissingBodiesAreFilled() {
        RedactionJournalEntry read = entry("<p>1</p>", null, null);
        RedactionJournalEntry filled = read.withMissingBodies(Map.of(1, "<p>other</p>", 2, "<p>2</p>")::get);
        assertEquals(entry("<p>1</p>", "<p>2</p>", null), filled);
    }

    @Test
    void aBodyIsFoundByItsRevision() {
        RedactionJournalEntry old = entry(null, "<p>2</p>");
        assertNull(old.bodyOf(1));
        assertEquals("<p>2</p>", old.bodyOf(2));
        assertNull(old.bodyOf(3));
        assertEquals(entry("<p>1</p>", "<p>2</p>"), entry("<p>1</p>", null).withMissingBodies(old::bodyOf));
    }
}
