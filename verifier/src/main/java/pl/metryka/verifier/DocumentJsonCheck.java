package pl.metryka.verifier;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.metryka.verifier.CompletenessCheck.Listed;

/**
 * What {@code document.json} states that the entries and the hash-checked revisions confirm:
 * the current revision, the status (withdrawn, archived) and the withdrawal's time, and the
 * title and metryka of the current revision.
 */
final class DocumentJsonCheck {

    private final Report report;
    private final Source source;
    private final long documentId;
    private final List<Listed> listed;
    private final Map<Long, Map<String, Object>> entries;

    DocumentJsonCheck(
            Report report,
            Source source,
            long documentId,
            List<Listed> listed,
            Map<Long, Map<String, Object>> entries) {
        this.report = report;
        this.source = source;
        this.documentId = documentId;
        this.listed = listed;
        this.entries = entries;
    }

    @SuppressWarnings("unchecked")
    void check(Map<String, Object> document) throws IOException {
        int before = report.failures();
        if (!(document.get("id") instanceof Number id) || id.longValue() != documentId) {
            report.fail(
                    null,
                    "document.json is document " + document.get("id") + ", the signed index is for document "
                            + documentId);
        }
        long current = 0;
        Set<Long> introduced = new HashSet<>();
        Listed withdrawal = null;
        boolean archived = false;
        for (Listed e : listed) {
            if ("WITHDRAWN".equals(e.action()) || "IMPORTED".equals(e.action()) && introduced.contains(e.revision())) {
                withdrawal = e;
            }
            if (e.introducesRevision()) {
                introduced.add(e.revision());
                current = Math.max(current, e.revision());
            }
            archived |= "ARCHIVED".equals(e.action());
        }
        same("currentRevision", document.get("currentRevision"), current, "the register's entries say " + current);
        String status = withdrawal == null ? "PUBLISHED" : "WITHDRAWN";
        same(
                "status",
                document.get("status"),
                status,
                "the register's entries say " + status
                        + (withdrawal == null
                                ? " (no withdrawal entry)"
                                : " (" + withdrawal.describe(!"WITHDRAWN".equals(withdrawal.action())) + ")"));
        same("archived", document.get("archived"), archived, "the register's entries say " + archived);
        Map<String, Object> withdrawn =
                document.get("withdrawal") instanceof Map<?, ?> w ? (Map<String, Object>) w : null;
        Map<String, Object> entry = withdrawal == null ? null : entries.get(withdrawal.seq());
        if (entry != null && "WITHDRAWN".equals(withdrawal.action()) && withdrawn != null) {
            sameInstant("withdrawal.at", withdrawn.get("at"), entry.get("at"), withdrawal.describe(false));
        }
        Map<String, Object> metryka =
                document.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        same("metadata.version", metryka.get("version"), current, "the register's entries say " + current);
        Optional<Map<String, Object>> revision = source.revision(documentId, current);
        if (revision.isPresent()) {
            Map<String, Object> r = revision.get();
            String from = "revision " + current + " (whose content hash the register recorded) says ";
            same("title", document.get("title"), r.get("title"), from + quoted(r.get("title")));
            for (String[] field : new String[][] {
                {"issuer", "issuer"},
                {"author", "author"},
                {"authorPosition", "authorPosition"},
                {"editor", "editor"},
                {"modifiedBy", "editor"},
                {"createdOn", "createdOn"}
            }) {
                same(
                        "metadata." + field[0],
                        metryka.get(field[0]),
                        r.get(field[1]),
                        from + field[1] + " " + quoted(r.get(field[1])));
            }
            for (String field : List.of("versionPublishedAt", "modifiedAt")) {
                sameInstant(
                        "metadata." + field,
                        metryka.get(field),
                        r.get("publishedAt"),
                        "revision " + current + " (publishedAt)");
            }
            sameInstant(
                    "metadata.publishedElsewhereAt",
                    metryka.get("publishedElsewhereAt"),
                    r.get("publishedElsewhereAt"),
                    "revision " + current + " (publishedElsewhereAt)");
        }
        Optional<Map<String, Object>> first = source.revision(documentId, 1);
        if (first.isPresent()) {
            for (String field : List.of("firstPublishedAt", "publishedAt")) {
                sameInstant(
                        "metadata." + field,
                        metryka.get(field),
                        first.get().get("publishedAt"),
                        "revision 1 (publishedAt)");
            }
        }
        if (report.failures() == before) {
            report.ok("document.json agrees with the entries and revisions: revision " + current
                    + " is current, status " + status + (archived ? ", archived" : "")
                    + ", title and metryka as in revision " + current);
        }
    }

    private void same(String field, Object stated, Object confirmed, String what) {
        Object a = stated instanceof Number n ? (Object) n.longValue() : stated;
        Object b = confirmed instanceof Number n ? (Object) n.longValue() : confirmed;
        if (!Objects.equals(a, b)) {
            report.fail(
                    null,
                    "document.json says " + field + " " + (stated instanceof String ? quoted(stated) : stated) + ", "
                            + what);
        }
    }

    private void sameInstant(String field, Object stated, Object confirmed, String what) {
        if (!Objects.equals(instant(stated), instant(confirmed))) {
            report.fail(null, "document.json says " + field + " " + stated + ", " + what + " says " + confirmed);
        }
    }

    private static Object instant(Object text) {
        try {
            return text instanceof String s ? Instant.parse(s) : text;
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String quoted(Object text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
