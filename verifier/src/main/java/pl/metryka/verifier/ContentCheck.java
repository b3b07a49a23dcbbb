package pl.metryka.verifier;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every revision the register vouches for: its content hash recomputed from its published JSON
 * equals the hash the register recorded, and every attachment's bytes have the size and SHA-256
 * that the revision (and so the hash) names.
 */
final class ContentCheck {

    private final Report report;
    private final Source source;
    private final Hashes hashes = new Hashes();
    private int revisions;
    private int attachments;
    private int redactedRevisions;

    ContentCheck(Report report, Source source) {
        this.report = report;
        this.source = source;
    }

    void check(Map<String, List<RegisterWalk.Vouch>> vouches) throws IOException {
        for (Map.Entry<String, List<RegisterWalk.Vouch>> e : vouches.entrySet()) {
            String[] key = e.getKey().split("/");
            long documentId = Long.parseLong(key[0]);
            long number = Long.parseLong(key[1]);
            Optional<Map<String, Object>> revision = source.revision(documentId, number);
            long firstSeq = e.getValue().get(0).seq();
            if (revision.isEmpty()) {
                report.fail(
                        firstSeq, "revision " + number + " of document " + documentId + " is not available to check");
                continue;
            }
            check(documentId, number, revision.get(), e.getValue());
        }
        report.ok(revisions + " revision(s) checked against the register's content hashes, " + attachments
                + " attachment(s) checked"
                + (redactedRevisions == 0
                        ? ""
                        : ", " + redactedRevisions + " of them redacted after publication (hash committed)"));
    }

    /**
     * A revision lawfully redacted after publication: its content now must hash to what its latest
     * REDACTED entry recorded, and its JSON must say it was redacted. The hashes recorded before
     * (at publication) stay in the register as commitments; they cannot be recomputed since the
     * removed text is gone, which is reported, never as a failure and never silently.
     */
    @SuppressWarnings("unchecked")
    private void redacted(String name, String recomputed, Map<String, Object> revision, RegisterWalk.Vouch redaction) {
        redactedRevisions++;
        if (!recomputed.equals(redaction.contentHash())) {
            report.fail(
                    redaction.seq(),
                    name + ": its content now hashes to " + recomputed + ", its latest REDACTED entry recorded "
                            + redaction.contentHash());
            return;
        }
        List<Object> listed = revision.get("redactions") instanceof List<?> l ? (List<Object>) l : List.of();
        if (listed.isEmpty()) {
            report.fail(
                    redaction.seq(), name + " was redacted (REDACTED entry) but its published JSON lists no redaction");
            return;
        }
        Map<String, Object> last = (Map<String, Object>) listed.get(listed.size() - 1);
        if (!recomputed.equals(last.get("redactedHash"))) {
            report.fail(
                    redaction.seq(),
                    name + ": its latest listed redaction names hash " + last.get("redactedHash")
                            + ", its content hashes to " + recomputed);
            return;
        }
        report.line("REDACTED " + name + ": redacted after publication, hash committed (published as "
                + revision.get("contentHash") + "; REDACTED entry seq " + redaction.seq() + "; " + listed.size()
                + " redaction(s), latest " + last.get("at") + " by " + last.get("by") + ", powód: " + last.get("reason")
                + ", podstawa prawna: " + last.get("legalBasis") + ")");
    }

    /** One revision against the entries that vouch for it. */
    @SuppressWarnings("unchecked")
    void check(long documentId, long number, Map<String, Object> revision, List<RegisterWalk.Vouch> vouches)
            throws IOException {
        revisions++;
        String name = "revision " + number + " of document " + documentId;
        long firstSeq = vouches.get(0).seq();
        String recomputed;
        try {
            recomputed = hashes.hexOfText(Canonical.revision(revision));
        } catch (RuntimeException malformed) {
            report.fail(firstSeq, name + " is malformed: " + malformed.getMessage());
            return;
        }
        RegisterWalk.Vouch redaction = null;
        for (RegisterWalk.Vouch vouch : vouches) {
            if (vouch.redacted()) {
                redaction = vouch;
            }
        }
        if (redaction != null) {
            redacted(name, recomputed, revision, redaction);
        } else {
            for (RegisterWalk.Vouch vouch : vouches) {
                if (!recomputed.equals(vouch.contentHash())) {
                    report.fail(
                            vouch.seq(),
                            name + ": its content now hashes to " + recomputed + ", the register recorded "
                                    + vouch.contentHash());
                }
            }
        }
        if (redaction == null && !recomputed.equals(revision.get("contentHash"))) {
            report.fail(
                    firstSeq,
                    name + ": the contentHash it is published with (" + revision.get("contentHash")
                            + ") is not the hash of its content (" + recomputed + ")");
        }
        List<Object> files = (List<Object>) revision.get("attachments");
        for (Object item : files == null ? List.of() : files) {
            Map<String, Object> a = (Map<String, Object>) item;
            attachments++;
            long position = ((Number) a.get("position")).longValue();
            String label = "attachment " + position + " (" + a.get("fileName") + ") of " + name;
            Optional<byte[]> bytes = source.attachment(documentId, number, position);
            if (bytes.isEmpty()) {
                report.fail(firstSeq, label + " is missing");
                continue;
            }
            String sha = hashes.hex(bytes.get());
            if (!sha.equals(a.get("sha256"))) {
                report.fail(
                        firstSeq, label + ": its bytes hash to " + sha + ", the revision records " + a.get("sha256"));
            } else if (!(a.get("size") instanceof Number size) || size.longValue() != bytes.get().length) {
                report.fail(
                        firstSeq,
                        label + ": it has " + bytes.get().length + " bytes, the revision records " + a.get("size"));
            }
        }
    }
}
