package pl.metryka.verifier;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document's bundle, offline: each of its register entries hashes correctly and is included
 * (RFC 9162 inclusion proof) under the signed head; each revision's content hash is the one its
 * entries recorded; attachments match; and, given a trusted head, the bundle's head extends it.
 */
final class DocumentBundleCheck {

    private final Report report;
    private final Source source;
    private final Hashes hashes = new Hashes();

    DocumentBundleCheck(Report report, Source source) {
        this.report = report;
        this.source = source;
    }

    @SuppressWarnings("unchecked")
    void check(Map<String, Object> head, Map<String, Object> trusted) throws IOException {
        long size = RegisterWalk.size(head);
        byte[] root = Hashes.fromHex((String) head.get("rootHash"));
        List<Map<String, Object>> entries = new ArrayList<>();
        source.forEachEntry(size, entries::add);
        Map<String, List<RegisterWalk.Vouch>> vouches = new LinkedHashMap<>();
        Map<String, Object> previous = null;
        int included = 0;
        int maskedEntries = 0;
        for (Map<String, Object> entry : entries) {
            long seq = ((Number) entry.get("seq")).longValue();
            boolean masked = RegisterWalk.isMasked(entry);
            // a masked entry's content is not published: its hash and leaf hash are taken as given
            byte[] canonical = masked ? null : Canonical.entryBytes(entry);
            byte[] prev = Hashes.fromHex((String) entry.get("prevHash"));
            if (masked) {
                maskedEntries++;
            } else if (!MessageDigest.isEqual(
                    hashes.chain(prev, canonical), Hashes.fromHex((String) entry.get("hash")))) {
                report.fail(seq, "the entry's hash does not match its contents");
            }
            if (previous != null
                    && ((Number) previous.get("seq")).longValue() == seq - 1
                    && !entry.get("prevHash").equals(previous.get("hash"))) {
                report.fail(seq, "prevHash does not link to the hash of entry " + (seq - 1));
            }
            previous = entry;
            if (seq > size) {
                report.fail(seq, "the entry is newer than the bundle's signed head (size " + size + ")");
                continue;
            }
            Optional<Map<String, Object>> proof = source.inclusion(seq, size);
            byte[] leaf = masked ? Hashes.fromHex((String) entry.get("leafHash")) : hashes.leaf(canonical);
            if (proof.isEmpty()) {
                report.fail(seq, "the bundle has no inclusion proof for the entry");
            } else if (!root((Map<String, Object>) proof.get(), size, root)
                    || !Merkle.inclusion(hashes, leaf, seq - 1, size, path(proof.get(), "auditPath"), root)) {
                report.fail(
                        seq, "the entry is not included under the signed head (its inclusion proof does not verify)");
            } else {
                included++;
            }
            Object doc = entry.get("documentId");
            Object rev = entry.get("revision");
            if (doc instanceof Number d && rev instanceof Number r && entry.get("contentHash") instanceof String h) {
                vouches.computeIfAbsent(d.longValue() + "/" + r.longValue(), k -> new ArrayList<>())
                        .add(new RegisterWalk.Vouch(seq, h, "REDACTED".equals(entry.get("action"))));
            }
        }
        report.ok(included + " of " + entries.size()
                + " register entries hash correctly and are included under the signed head");
        if (maskedEntries > 0) {
            report.line("NOTE  " + maskedEntries + " masked entr" + (maskedEntries == 1 ? "y" : "ies")
                    + " (not public information): hash and leaf hash taken as published; inclusion checked");
        }

        ContentCheck content = new ContentCheck(report, source);
        List<Map<String, Object>> revisions = source.revisions();
        for (Map<String, Object> revision : revisions) {
            long documentId = ((Number) revision.get("documentId")).longValue();
            long number = ((Number) revision.get("number")).longValue();
            List<RegisterWalk.Vouch> vouched = vouches.remove(documentId + "/" + number);
            if (vouched == null) {
                report.fail(
                        null,
                        "revision " + number + " of document " + documentId
                                + " is in the bundle but no register entry vouches for it");
                continue;
            }
            content.check(documentId, number, revision, vouched);
        }
        vouches.forEach((key, list) -> report.fail(
                list.get(0).seq(),
                "the bundle lacks revision " + key.split("/")[1] + " of document " + key.split("/")[0]
                        + " that the entry vouches for"));
        report.ok(revisions.size() + " revision(s) in the bundle checked");
        if (trusted != null) {
            trusted(trusted, size, root);
        }
    }

    private void trusted(Map<String, Object> trusted, long size, byte[] root) throws IOException {
        long from = RegisterWalk.size(trusted);
        byte[] trustedRoot = Hashes.fromHex((String) trusted.get("rootHash"));
        if (from > size) {
            report.fail(
                    null,
                    "the bundle's head (size " + size + ") is older than the trusted head (size " + from
                            + "): export a newer bundle");
            return;
        }
        Optional<Map<String, Object>> proof = source.consistency(from, size);
        if (from == size) {
            if (MessageDigest.isEqual(root, trustedRoot)) {
                report.ok("the signed head is the trusted head");
            } else {
                report.fail(
                        null,
                        "NOT CONSISTENT WITH THE TRUSTED HEAD: same size " + size
                                + ", different root — the register's past was rewritten");
            }
        } else if (proof.isEmpty()) {
            report.fail(
                    null,
                    "the bundle holds no consistency proof from the trusted head's size " + from
                            + " (export the bundle with ?since=" + from + ")");
        } else if (Merkle.consistency(hashes, from, size, trustedRoot, root, path(proof.get(), "consistencyPath"))) {
            report.ok("the signed head (size " + size + ") extends the trusted head (size " + from
                    + "): the past was not rewritten");
        } else {
            report.fail(
                    null,
                    "NOT CONSISTENT WITH THE TRUSTED HEAD: the consistency proof from size " + from + " to " + size
                            + " does not verify — the register's past was rewritten");
        }
    }

    private static boolean root(Map<String, Object> proof, long size, byte[] root) {
        return proof.get("size") instanceof Number n
                && n.longValue() == size
                && Hashes.toHex(root).equals(proof.get("rootHash"));
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> path(Map<String, Object> proof, String field) {
        List<byte[]> path = new ArrayList<>();
        for (Object hex : (List<Object>) proof.get(field)) {
            path.add(Hashes.fromHex((String) hex));
        }
        return path;
    }
}
