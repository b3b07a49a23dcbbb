package pl.metryka.verifier;

import java.io.IOException;
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
                case "MOVED" -> "move to another category";
                default -> "entry";
            };
            return what + " (" + action + ", seq " + seq + ")";
        }

        boolean introducesRevision() {
            return revision != null
                    && ("PUBLISHED".equals(action) || "AMENDED".equals(action) || "IMPORTED".equals(action));
        }
    }

    void check(Map<String, Object> head) throws IOException {
        Map<Long, Map<String, Object>> entries = new LinkedHashMap<>();
        source.forEachEntry(RegisterWalk.size(head), e -> entries.put(((Number) e.get("seq")).longValue(), e));
        Map<Long, Map<String, Object>> bundled = new LinkedHashMap<>(entries);
        Optional<Map<String, Object>> document = source.document();
        Optional<Map<String, Object>> index = source.index();
        if (index.isEmpty()) {
            report.fail(
                    null,
                    "the bundle holds no signed index of the document's entries (index.json): it cannot show"
                            + " that no revision, redaction or withdrawal was cut out");
            return;
        }
        List<Listed> listed = listed(index.get());
        long documentId = ((Number) index.get().get("documentId")).longValue();
        if (!signatures.verifies(signedText(index.get(), listed), index.get().get("signature"))) {
            report.fail(
                    null,
                    "index.json: its signature does not verify with the installation's public key"
                            + " (the signed list of the document's entries was changed)");
        }
        if (!Objects.equals(index.get().get("treeSize"), head.get("size"))
                || !Objects.equals(index.get().get("rootHash"), head.get("rootHash"))) {
            report.fail(
                    null,
                    "index.json lists the entries up to tree size "
                            + index.get().get("treeSize") + " (root "
                            + index.get().get("rootHash") + "), the bundle's signed head is size " + head.get("size")
                            + " (root " + head.get("rootHash") + ")");
        }
        int missing = 0;
        Set<Long> introduced = new HashSet<>();
        for (Listed e : listed) {
            // an IMPORTED entry for a revision already imported records the imported document's withdrawal
            boolean repeatedImport = e.introducesRevision() && !introduced.add(e.revision());
            Map<String, Object> entry = bundled.remove(e.seq());
            if (entry == null) {
                missing++;
                report.fail(e.seq(), e.describe(repeatedImport) + " is missing from the bundle");
            } else if (!e.hash().equals(entry.get("hash"))
                    || !e.action().equals(entry.get("action"))
                    || !Objects.equals(
                            e.revision(), entry.get("revision") instanceof Number n ? n.longValue() : null)) {
                report.fail(
                        e.seq(),
                        "the bundle's entry is not the one the signed index lists as " + e.describe(repeatedImport));
            }
        }
        bundled.forEach((seq, entry) ->
                report.fail(seq, "the entry is not in the signed index of document " + documentId + "'s entries"));
        if (missing == 0 && bundled.isEmpty()) {
            report.ok("the bundle holds every one of the " + listed.size() + " public register entries of document "
                    + documentId + " up to the signed head (signed index)");
        }
        if (document.isEmpty()) {
            report.fail(null, "the bundle holds no document.json");
        } else {
            new DocumentJsonCheck(report, source, documentId, listed, entries).check(document.get());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Listed> listed(Map<String, Object> index) {
        List<Listed> listed = new ArrayList<>();
        for (Object item : (List<Object>) index.get("entries")) {
            Map<String, Object> e = (Map<String, Object>) item;
            listed.add(new Listed(
                    ((Number) e.get("seq")).longValue(),
                    (String) e.get("action"),
                    e.get("revision") instanceof Number n ? n.longValue() : null,
                    (String) e.get("hash")));
        }
        return listed;
    }

    /** The signed text, rebuilt from index.json's fields exactly as docs/bundle-format.md gives it. */
    static String signedText(Map<String, Object> index, List<Listed> listed) {
        StringBuilder text = new StringBuilder("metryka document index v1\n")
                .append("document ")
                .append(index.get("documentId"))
                .append('\n')
                .append("tree ")
                .append(index.get("treeSize"))
                .append(' ')
                .append(index.get("rootHash"))
                .append('\n');
        for (Listed e : listed) {
            text.append(e.seq())
                    .append(' ')
                    .append(e.action())
                    .append(' ')
                    .append(e.revision() == null ? "-" : e.revision().toString())
                    .append(' ')
                    .append(e.hash())
                    .append('\n');
        }
        return text.toString();
    }
}
