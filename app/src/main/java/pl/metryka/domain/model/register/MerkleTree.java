package pl.metryka.domain.model.register;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over leaf hashes (RFC 9162, section 2.1): the tree head MTH, inclusion proofs
 * PATH(m, D[n]) and consistency proofs PROOF(m, D[n]) for any tree size up to {@link #size()}.
 * It works on stored leaf hashes, never on the entries. Each call costs O(n) hashes; to keep the
 * root up to date on appends use {@link MerkleFrontier}. Immutable; hashes handed out are copies.
 */
public final class MerkleTree {

    private final List<byte[]> leafHashes;

    private MerkleTree(List<byte[]> leafHashes) {
        for (byte[] hash : leafHashes) {
            if (!MerkleHash.isHash(hash)) {
                throw new IllegalArgumentException("Every leaf hash must have " + MerkleHash.LENGTH + " bytes.");
            }
        }
        this.leafHashes = leafHashes;
    }

    public static MerkleTree ofLeafHashes(List<byte[]> leafHashes) {
        return new MerkleTree(leafHashes.stream().map(byte[]::clone).toList());
    }

    public static MerkleTree ofLeaves(List<byte[]> leafInputs) {
        return new MerkleTree(leafInputs.stream().map(MerkleHash::leaf).toList());
    }

    public int size() {
        return leafHashes.size();
    }

    public byte[] root() {
        return root(size());
    }

    /** MTH(D[size]): the root the tree had when it held its first {@code size} leaves. */
    public byte[] root(int size) {
        checkSize(size);
        return size == 0 ? MerkleHash.empty() : hash(0, size).clone();
    }

    /** PATH(index, D[size]), the audit path from leaf {@code index} up to MTH(D[size]), bottom first. */
    public List<byte[]> inclusionProof(int index, int size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of size " + size + ".");
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** PROOF(first, D[second]): shows MTH(D[first]) is a prefix of MTH(D[second]); empty for equal sizes. */
    public List<byte[]> consistencyProof(int first, int second) {
        checkSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("No consistency proof from size " + first + " to " + second + ".");
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    // PATH(m, D[lo:hi]), appending bottom-up: the recursion descends first, then adds its sibling.
    private void path(int m, int lo, int hi, List<byte[]> proof) {
        if (hi - lo == 1) {
            return;
        }
        int k = MerkleMath.split(hi - lo);
        if (m < k) {
            path(m, lo, lo + k, proof);
            proof.add(copyOfHash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, proof);
            proof.add(copyOfHash(lo, lo + k));
        }
    }

    // SUBPROOF(m, D[lo:hi], whole): whole means D[lo:lo+m] is the old tree itself, whose root the verifier has.
    private void subproof(int m, int lo, int hi, boolean whole, List<byte[]> proof) {
        int n = hi - lo;
        if (m == n) {
            if (!whole) {
                proof.add(copyOfHash(lo, hi));
            }
            return;
        }
        int k = MerkleMath.split(n);
        if (m <= k) {
            subproof(m, lo, lo + k, whole, proof);
            proof.add(copyOfHash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, proof);
            proof.add(copyOfHash(lo, lo + k));
        }
    }

    private byte[] copyOfHash(int lo, int hi) {
        return hash(lo, hi).clone();
    }

    private byte[] hash(int lo, int hi) {
        if (hi - lo == 1) {
            return leafHashes.get(lo);
        }
        int k = MerkleMath.split(hi - lo);
        return MerkleHash.node(hash(lo, lo + k), hash(lo + k, hi));
    }

    private void checkSize(int size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("Tree size " + size + " is outside 0.." + size() + ".");
        }
    }
}
