package pl.metryka.verifier;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * That a document bundle holds the document's whole public history up to its head, and that its
 * {@code document.json} says what that history says (docs/bundle-format.md).
 * <p>
 * Inclusion proofs show that the entries a bundle holds are in the register, never that none was
 * left out: the installation therefore signs, with the key that signs the heads, the list of every
 * public entry of the document up to the head ({@code index.json}). Every listed entry must be in
 * the bundle with the very hash listed (each one's hash and inclusion are checked by
 * {@link DocumentBundleCheck}), and no other entry may be. The list is bound to the head by its size
 * and root, so it cannot be taken from another head either.
 */
final class CompletenessCheck {

    private final Report report;
    private final Source source;
    private final Signatures signatures;

    CompletenessCheck(Report report, Source source, Signatures signatures) {
        this.report = report;
        this.source = source;
        this.signatures = signatures;
    }

    /** One register entry of the document as the signed index lists it. */
    record Listed(long seq, String action, Long revision, String hash) {

        /** What the entry is to a reader: "revision 3 (AMENDED, seq 57)", "withdrawal (WITHDRAWN, seq 60)". */
        String describe(boolean repeatedImport) {
            String what = switch (action) {
                case "PUBLISHED", "AMENDED" -> "revision " + revision;
                case "IMPORTED" -> repeatedImport ? "withdrawal of the imported document" : "revision " + revision;
                case "REDACTED" -> "redaction of revision " + revision;
                case "WITHDRAWN" -> "withdrawal";
                case "ARCHIVED" -> "archival";
                default -> "entry";
            };
            return what + " (" + action + ", seq " + seq + ")";
        }

        boolean introducesRevision() {
            return revision != null && ("PUBLISHED".equals(action) || "AMENDED".equals(action) || "IMPORTED".equals(action));
        }
    }

    void check(Map<String, Object> head) throws IOException {
        Map<Long, Map<String, Object>> entries = new LinkedHashMap<>();
        source.forEachEntry(RegisterWalk.size(head), e -> entries.put(((Number) e.get("seq")).longValue(), e));
        Map<Long, Map<String, Object>> bundled = new LinkedHashMap<>(entries);
        Optional<Map<String, Object>> document = source.document();
        Optional<Map<String, Object>> index = source.index();
        if (index.isEmpty()) {
            report.fail(null, "the bundle holds no signed index of the document's entries (index.json): it cannot show"
                    + " that no revision, redaction or withdrawal was cut out");
            return;
        }
        List<Listed> listed = listed(index.get());
        long documentId = ((Number) index.get().get("documentId")).longValue();
        if (!signatures.verifies(signedText(index.get(), listed), index.get().get("signature"))) {
            report.fail(null, "index.json: its signature does not verify with the installation's public key"
                    + " (the signed list of the document's entries was changed)");
        }
        if (!Objects.equals(index.get().get("treeSize"), head.get("size")) || !Objects.equals(index.get().get("rootHash"), head.get("rootHash"))) {
            report.fail(null, "index.json lists the entries up to tree size " + index.get().get("treeSize") + " (root "
                    + index.get().get("rootHash") + "), the bundle's signed head is size " + head.get("size") + " (root " + head.get("rootHash") + ")");
        }
        int missing = 0;
        Set<Long> introduced = new HashSet<>();
        for (Listed e : listed) {
            boolean repeatedImport = "IMPORTED".equals(e.action()) && !introduced.add(e.revision());
            if (e.introducesRevision()) {
                introduced.add(e.revision());
            }
            Map<String, Object> entry = bundled.remove(e.seq());
            if (entry == null) {
                missing++;
                report.fail(e.seq(), e.describe(repeatedImport) + " is missing from the bundle");
            } else if (!e.hash().equals(entry.get("hash")) || !e.action().equals(entry.get("action"))
                    || !Objects.equals(e.revision(), entry.get("revision") instanceof Number n ? n.longValue() : null)) {
                report.fail(e.seq(), "the bundle's entry is not the one the signed index lists as " + e.describe(repeatedImport));
            }
        }
        bundled.forEach((seq, entry) -> report.fail(seq, "the entry is not in the signed index of document " + documentId
                + "'s entries"));
        if (missing == 0 && bundled.isEmpty()) {
            report.ok("the bundle holds every one of the " + listed.size() + " public register entries of document " + documentId
                    + " up to the signed head (signed index)");
        }
        if (document.isEmpty()) {
            report.fail(null, "the bundle holds no document.json");
        } else {
            new DocumentStatement(report, source, documentId, listed, entries).check(document.get());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Listed> listed(Map<String, Object> index) {
        List<Listed> listed = new ArrayList<>();
        for (Object item : (List<Object>) index.get("entries")) {
            Map<String, Object> e = (Map<String, Object>) item;
            listed.add(new Listed(((Number) e.get("seq")).longValue(), (String) e.get("action"),
                    e.get("revision") instanceof Number n ? n.longValue() : null, (String) e.get("hash")));
        }
        return listed;
    }

    /** The signed text, rebuilt from index.json's fields exactly as docs/bundle-format.md gives it. */
    static String signedText(Map<String, Object> index, List<Listed> listed) {
        StringBuilder text = new StringBuilder("metryka document index v1\n")
                .append("document ").append(index.get("documentId")).append('\n')
                .append("tree ").append(index.get("treeSize")).append(' ').append(index.get("rootHash")).append('\n');
        for (Listed e : listed) {
            text.append(e.seq()).append(' ').append(e.action()).append(' ')
                    .append(e.revision() == null ? "-" : e.revision().toString()).append(' ').append(e.hash()).append('\n');
        }
        return text.toString();
    }

    /**
     * What {@code document.json} states that the entries and the hash-checked revisions confirm:
     * the current revision, the status (withdrawn, archived) and the withdrawal's time, and the
     * title and metryka of the current revision.
     */
    private static final class DocumentStatement {

        private final Report report;
        private final Source source;
        private final long documentId;
        private final List<Listed> listed;
        private final Map<Long, Map<String, Object>> entries;

        DocumentStatement(Report report, Source source, long documentId, List<Listed> listed, Map<Long, Map<String, Object>> entries) {
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
                report.fail(null, "document.json is document " + document.get("id") + ", the signed index is for document " + documentId);
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
            same("status", document.get("status"), status, "the register's entries say " + status
                    + (withdrawal == null ? " (no withdrawal entry)" : " (" + withdrawal.describe(!"WITHDRAWN".equals(withdrawal.action())) + ")"));
            same("archived", document.get("archived"), archived, "the register's entries say " + archived);
            Map<String, Object> withdrawn = document.get("withdrawal") instanceof Map<?, ?> w ? (Map<String, Object>) w : null;
            Map<String, Object> entry = withdrawal == null ? null : entries.get(withdrawal.seq());
            if (entry != null && "WITHDRAWN".equals(withdrawal.action()) && withdrawn != null) {
                sameInstant("withdrawal.at", withdrawn.get("at"), entry.get("at"), withdrawal.describe(false));
            }
            Map<String, Object> metryka = document.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            same("metadata.version", metryka.get("version"), current, "the register's entries say " + current);
            Optional<Map<String, Object>> revision = source.revision(documentId, current);
            if (revision.isPresent()) {
                Map<String, Object> r = revision.get();
                String from = "revision " + current + " (whose content hash the register recorded) says ";
                same("title", document.get("title"), r.get("title"), from + quoted(r.get("title")));
                for (String[] field : new String[][] {{"issuer", "issuer"}, {"author", "author"}, {"authorPosition", "authorPosition"},
                        {"editor", "editor"}, {"modifiedBy", "editor"}, {"createdOn", "createdOn"}}) {
                    same("metadata." + field[0], metryka.get(field[0]), r.get(field[1]), from + field[1] + " " + quoted(r.get(field[1])));
                }
                for (String field : List.of("versionPublishedAt", "modifiedAt")) {
                    sameInstant("metadata." + field, metryka.get(field), r.get("publishedAt"), "revision " + current + " (publishedAt)");
                }
                sameInstant("metadata.publishedElsewhereAt", metryka.get("publishedElsewhereAt"), r.get("publishedElsewhereAt"),
                        "revision " + current + " (publishedElsewhereAt)");
            }
            Optional<Map<String, Object>> first = source.revision(documentId, 1);
            if (first.isPresent()) {
                for (String field : List.of("firstPublishedAt", "publishedAt")) {
                    sameInstant("metadata." + field, metryka.get(field), first.get().get("publishedAt"), "revision 1 (publishedAt)");
                }
            }
            if (report.failures() == before) {
                report.ok("document.json agrees with the entries and revisions: revision " + current + " is current, status " + status
                        + (archived ? ", archived" : "") + ", title and metryka as in revision " + current);
            }
        }

        private void same(String field, Object stated, Object confirmed, String what) {
            Object a = stated instanceof Number n ? (Object) n.longValue() : stated;
            Object b = confirmed instanceof Number n ? (Object) n.longValue() : confirmed;
            if (!Objects.equals(a, b)) {
                report.fail(null, "document.json says " + field + " " + (stated instanceof String ? quoted(stated) : stated) + ", " + what);
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
}
