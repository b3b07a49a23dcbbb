package pl.metryka.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The offline verifier on a revision redacted after publication: OK and named ("redacted after
 * publication, hash committed") when its content matches its latest REDACTED entry and its JSON
 * lists the redaction; a failure when either is not so; unchanged for revisions never redacted.
 */
class RedactedRevisionCheckTest {

    private final Hashes hashes = new Hashes();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8));

    private static Map<String, Object> revision(String body, List<Object> redactions) {
        Map<String, Object> r = new HashMap<>();
        r.put("documentId", 7L);
        r.put("number", 1L);
        r.put("title", "Oświadczenie majątkowe");
        r.put("body", body);
        r.put("issuer", "Gmina Klucze");
        r.put("author", "Barbara Kulig");
        r.put("authorPosition", "sekretarz gminy");
        r.put("createdOn", "2025-04-24");
        r.put("editor", "Rafał Jaworski");
        r.put("publishedAt", "2025-05-27T07:40:00Z");
        r.put("reason", null);
        r.put("withheld", null);
        r.put("attachments", List.of());
        r.put("redactions", redactions);
        return r;
    }

    private String hash(Map<String, Object> revision) {
        return hashes.hexOfText(Canonical.revision(revision));
    }

    private void check(Map<String, Object> revision, List<RegisterWalk.Vouch> vouches) throws IOException {
        new ContentCheck(report, new EmptySource()).check(7, 1, revision, vouches);
    }

    @Test
    void aRedactedRevisionIsReportedAsSuchAndPasses() throws IOException {
        Map<String, Object> original = revision("<p>Adres: ul. Sosnowej 12.</p>", List.of());
        String committed = hash(original);
        Map<String, Object> redacted = revision(
                "<p>Adres: [fragment usunięty 28 maja 2025 r. — podstawa prawna: RODO; powód: omyłka].</p>", null);
        String now = hash(redacted);
        redacted.put(
                "redactions",
                List.of(Map.of(
                        "redactedHash",
                        now,
                        "reason",
                        "omyłka",
                        "legalBasis",
                        "RODO",
                        "at",
                        "2025-05-28T08:15:00Z",
                        "by",
                        "Rafał Jaworski")));
        redacted.put("contentHash", committed);
        check(redacted, List.of(new RegisterWalk.Vouch(3, committed, false), new RegisterWalk.Vouch(9, now, true)));
        assertFalse(report.failed(), printed.toString(StandardCharsets.UTF_8));
        assertTrue(
                printed.toString(StandardCharsets.UTF_8)
                        .contains(
                                "REDACTED revision 1 of document 7: redacted after publication, hash committed (published as "
                                        + committed),
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRedactionTheRevisionDoesNotListFails() throws IOException {
        Map<String, Object> redacted = revision("<p>Adres: [fragment usunięty].</p>", List.of());
        String now = hash(redacted);
        check(
                redacted,
                List.of(new RegisterWalk.Vouch(3, "a".repeat(64), false), new RegisterWalk.Vouch(9, now, true)));
        assertEquals(1, report.failures(), printed.toString(StandardCharsets.UTF_8));
        assertEquals(9L, report.firstBadSeq());
    }

    @Test
    void contentThatIsNeitherTheRedactedNorThePublishedOneFails() throws IOException {
        Map<String, Object> changed =
                revision("<p>Adres: podmieniony.</p>", List.of(Map.of("redactedHash", "b".repeat(64))));
        check(
                changed,
                List.of(
                        new RegisterWalk.Vouch(3, "a".repeat(64), false),
                        new RegisterWalk.Vouch(9, "b".repeat(64), true)));
        assertTrue(report.failed());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("latest REDACTED entry recorded"));
    }

    @Test
    void aRevisionNeverRedactedMustStillMatchEveryEntry() throws IOException {
        Map<String, Object> r = revision("<p>Treść.</p>", List.of());
        r.put("contentHash", hash(r));
        check(r, List.of(new RegisterWalk.Vouch(3, "c".repeat(64), false)));
        assertTrue(report.failed());
        assertEquals(3L, report.firstBadSeq());
    }
}
