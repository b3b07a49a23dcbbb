package pl.metryka.domain.model.register;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of Merkle proofs as RFC 9162 gives it: inclusion (section 2.1.3.2) and
 * consistency (section 2.1.4.2). Needs only hashes and sizes, never the tree; malformed input
 * (bad sizes, hashes that are not 32 bytes) simply fails verification.
 */
public final class MerkleProof {

    private MerkleProof() {}

    /** Whether {@code proof} shows the leaf with {@code leafHash} at {@code index} is in the tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0
                || index >= size
                || !MerkleHash.isHash(leafHash)
                || !MerkleHash.isHash(root)
                || !allHashes(proof)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                // The right edge of an unbalanced tree: skip levels where this node has no sibling.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Whether {@code proof} shows the tree of size {@code first} with {@code firstRoot} is a prefix of
     * the tree of size {@code second} with {@code secondRoot}. Equal sizes need an empty proof and equal
     * roots; every tree extends the empty one.
     */
    public static boolean verifyConsistency(
            long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0
                || first > second
                || !MerkleHash.isHash(firstRoot)
                || !MerkleHash.isHash(secondRoot)
                || !allHashes(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        int next = 0;
        byte[] start;
        // The old tree is a perfect subtree here, so the proof leaves out its root (which the verifier has).
        if (Long.bitCount(first) == 1) {
            start = firstRoot;
        } else {
            start = proof.get(next++);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = start;
        byte[] sr = start;
        for (; next < proof.size(); next++) {
            byte[] c = proof.get(next);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean allHashes(List<byte[]> proof) {
        return proof != null && proof.stream().allMatch(MerkleHash::isHash);
    }
}
