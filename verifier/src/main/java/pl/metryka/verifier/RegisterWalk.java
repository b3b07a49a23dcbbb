package pl.metryka.verifier;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole register from seq 1: no gaps, each entry's prevHash is the hash before it, each hash
 * is SHA-256(prevHash ‖ canonical entry), and the Merkle root of the leaves is the signed head's
 * (and, for a trusted head saved earlier, the root of the first entries is still the saved one).
 * It also collects which revisions the register vouches for, by which entries.
 * A masked entry (an older register's entry of a kind that is not public information, published
 * with {@code "masked":true} and its {@code leafHash} only) cannot be recomputed: its hash and leaf
 * hash are taken as published, and the links to it and the Merkle root over it are still checked.
 */
final class RegisterWalk {

    /**
     * An entry that recorded a revision's content hash; redacted when it is a REDACTED entry (the
     * hash of the content after a lawful removal; earlier hashes stay as commitments).
     */
    record Vouch(long seq, String contentHash, boolean redacted) {

        Vouch(long seq, String contentHash) {
            this(seq, contentHash, false);
        }
    }

    private final Report report;
    private final Hashes hashes = new Hashes();
    private final Merkle tree = new Merkle(hashes);
    private final long headSize;
    private final byte[] headRoot;
    private final Map<String, Object> trusted;
    private final Map<String, List<Vouch>> vouches = new LinkedHashMap<>();

    private String prevHash = "0".repeat(64);
    private long expected = 1;
    private boolean trustedChecked;
    private boolean collectVouches = true;
    private long masked;

    RegisterWalk(Report report, Map<String, Object> head, Map<String, Object> trusted) {
        this.report = report;
        this.headSize = ((Number) head.get("size")).longValue();
        this.headRoot = Hashes.fromHex((String) head.get("rootHash"));
        this.trusted = trusted;
    }

    void accept(Map<String, Object> entry) {
        accept(Checked.of(entry, hashes));
    }

    /**
     * One entry as read and hashed (possibly on another thread): the sequence, link and chain hash
     * verdicts, its Merkle leaf and what it vouches for.
     */
    record Checked(
            long seq,
            String prevHash,
            String hash,
            boolean hashMatches,
            byte[] leaf,
            String problem,
            Long documentId,
            Long revision,
            String contentHash,
            boolean redacted,
            boolean masked) {

        static Checked of(Map<String, Object> entry, Hashes hashes) {
            long seq = ((Number) entry.get("seq")).longValue();
            String prev = entry.get("prevHash") instanceof String p ? p : null;
            String hash = entry.get("hash") instanceof String h ? h : null;
            if (isMasked(entry)) {
                byte[] leaf = entry.get("leafHash") instanceof String l ? hashOrNull(l) : null;
                boolean wellFormed = leaf != null && hashOrNull(prev) != null && hashOrNull(hash) != null;
                return new Checked(
                        seq,
                        prev,
                        hash,
                        wellFormed,
                        leaf == null ? hashes.leaf(new byte[0]) : leaf,
                        wellFormed ? null : "the masked entry lacks a well-formed hash, prevHash or leafHash",
                        null,
                        null,
                        null,
                        false,
                        true);
            }
            try {
                byte[] canonical = Canonical.entryBytes(entry);
                byte[] storedPrev = hashOrNull(prev);
                byte[] storedHash = hashOrNull(hash);
                boolean matches = storedPrev != null
                        && storedHash != null
                        && MessageDigest.isEqual(storedHash, hashes.chain(storedPrev, canonical));
                return new Checked(
                        seq,
                        prev,
                        hash,
                        matches,
                        hashes.leaf(canonical),
                        null,
                        entry.get("documentId") instanceof Number d ? d.longValue() : null,
                        entry.get("revision") instanceof Number r ? r.longValue() : null,
                        entry.get("contentHash") instanceof String c ? c : null,
                        "REDACTED".equals(entry.get("action")),
                        false);
            } catch (RuntimeException malformed) {
                return new Checked(
                        seq,
                        prev,
                        hash,
                        false,
                        hashes.leaf(new byte[0]),
                        "the entry is malformed: " + malformed.getMessage(),
                        null,
                        null,
                        null,
                        false,
                        false);
            }
        }
    }

    void accept(Checked e) {
        long seq = e.seq();
        if (seq > headSize) {
            return;
        }
        if (seq != expected) {
            if (seq < expected) {
                report.fail(seq, "entry seq " + seq + " appears again or out of order after seq " + (expected - 1));
            } else {
                report.fail(
                        expected,
                        "entry " + expected + (seq - expected > 1 ? ".." + (seq - 1) : "")
                                + " is missing (the next entry present is seq " + seq + ")");
            }
        }
        if (e.problem() != null) {
            report.fail(seq, e.problem());
        }
        if (!prevHash.equals(e.prevHash())) {
            report.fail(seq, "prevHash does not link to the hash of the entry before it");
        }
        if (!e.hashMatches()) {
            report.fail(
                    seq, "the entry's hash does not match its contents (SHA-256 of prevHash and the canonical entry)");
        }
        if (e.masked()) {
            masked++;
        }
        prevHash = e.hash() == null ? "" : e.hash();
        tree.add(e.leaf());
        expected = seq + 1;
        if (trusted != null && tree.size() == size(trusted)) {
            checkTrustedRoot();
        }
        if (collectVouches && e.documentId() != null && e.revision() != null && e.contentHash() != null) {
            vouches.computeIfAbsent(e.documentId() + "/" + e.revision(), k -> new ArrayList<>())
                    .add(new Vouch(seq, e.contentHash(), e.redacted()));
        }
    }

    void finish() {
        if (tree.size() < headSize) {
            report.fail(
                    expected,
                    "the register holds " + tree.size() + " entries but the signed head is for " + headSize
                            + (expected <= headSize ? " (entry " + expected + " onward missing)" : ""));
        }
        byte[] root = tree.root();
        if (MessageDigest.isEqual(root, headRoot) && tree.size() == headSize) {
            report.ok("Merkle root of the " + tree.size() + " entries equals the signed head's root "
                    + Hashes.toHex(headRoot));
        } else {
            report.fail(
                    null,
                    "the Merkle root of the entries (" + Hashes.toHex(root) + ") is not the signed head's root "
                            + Hashes.toHex(headRoot));
        }
        if (trusted != null && !trustedChecked) {
            report.fail(
                    null,
                    "the register has only " + tree.size() + " entries, fewer than the trusted head's " + size(trusted)
                            + ": the past was cut off");
        }
    }

    private void checkTrustedRoot() {
        trustedChecked = true;
        byte[] root = tree.root();
        String expectedRoot = (String) trusted.get("rootHash");
        if (Hashes.toHex(root).equals(expectedRoot)) {
            report.ok("the first " + tree.size() + " entries still have the trusted head's root " + expectedRoot
                    + ": the past was not rewritten");
        } else {
            report.fail(
                    null,
                    "NOT CONSISTENT WITH THE TRUSTED HEAD: the first " + tree.size()
                            + " entries now have the Merkle root " + Hashes.toHex(root)
                            + ", the trusted head saved earlier has "
                            + expectedRoot + " — the register's past was rewritten");
        }
    }

    /** Off when the revisions cannot be checked anyway (a register dump), to save memory. */
    void collectVouches(boolean collect) {
        this.collectVouches = collect;
    }

    /** Entries published masked: their hash and leaf hash were taken as published, not recomputed. */
    long masked() {
        return masked;
    }

    /** An entry published without its content (it is not public information). */
    static boolean isMasked(Map<String, Object> entry) {
        return Boolean.TRUE.equals(entry.get("masked"));
    }

    Map<String, List<Vouch>> vouches() {
        return vouches;
    }

    long entries() {
        return tree.size();
    }

    private static byte[] hashOrNull(String hex) {
        try {
            return hex == null ? null : Hashes.fromHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static long size(Map<String, Object> head) {
        return ((Number) head.get("size")).longValue();
    }
}
