package pl.metryka.domain.model.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge ("compact range") of a growing Merkle tree, enough to append and to compute the
 * root without the leaves. Its whole state is the size and the roots of the perfect subtrees the
 * leaves split into, largest (leftmost) first: one per set bit of the size, of 2^bit leaves each.
 * So it holds at most 64 hashes, appending costs O(log n) hashes and the root O(log n) too.
 * Persist {@link #size()} and {@link #subtreeRoots()}; rebuild with {@link #of(long, List)}.
 * Not thread-safe.
 */
public final class MerkleFrontier {

    private long size;
    private final List<byte[]> subtreeRoots;

    public MerkleFrontier() {
        this(0, new ArrayList<>());
    }

    private MerkleFrontier(long size, List<byte[]> subtreeRoots) {
        this.size = size;
        this.subtreeRoots = subtreeRoots;
    }

    /** A frontier restored from its stored state: the size and its perfect-subtree roots, largest first. */
    public static MerkleFrontier of(long size, List<byte[]> subtreeRoots) {
        if (size < 0 || subtreeRoots.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("A tree of size " + size + " has " + Long.bitCount(size)
                    + " perfect subtrees, not " + subtreeRoots.size() + ".");
        }
        if (!subtreeRoots.stream().allMatch(MerkleHash::isHash)) {
            throw new IllegalArgumentException("Every subtree root must have " + MerkleHash.LENGTH + " bytes.");
        }
        List<byte[]> roots = new ArrayList<>();
        subtreeRoots.forEach(root -> roots.add(root.clone()));
        return new MerkleFrontier(size, roots);
    }

    public static MerkleFrontier ofLeafHashes(List<byte[]> leafHashes) {
        MerkleFrontier frontier = new MerkleFrontier();
        leafHashes.forEach(frontier::append);
        return frontier;
    }

    /** Adds a leaf by its leaf hash ({@link MerkleHash#leaf}). */
    public void append(byte[] leafHash) {
        if (!MerkleHash.isHash(leafHash)) {
            throw new IllegalArgumentException("A leaf hash has " + MerkleHash.LENGTH + " bytes.");
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("The tree is full.");
        }
        byte[] carry = leafHash.clone();
        // Like binary increment: each trailing set bit is a subtree as big as the carry, so they merge.
        for (long bits = size; (bits & 1) == 1; bits >>= 1) {
            carry = MerkleHash.node(subtreeRoots.remove(subtreeRoots.size() - 1), carry);
        }
        subtreeRoots.add(carry);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of all leaves so far: the subtree roots folded from the right, which is RFC 9162's split. */
    public byte[] root() {
        if (subtreeRoots.isEmpty()) {
            return MerkleHash.empty();
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(subtreeRoots.get(i), root);
        }
        return root.clone();
    }

    /** The state to persist: perfect-subtree roots, largest (leftmost) first. */
    public List<byte[]> subtreeRoots() {
        return subtreeRoots.stream().map(byte[]::clone).toList();
    }
}
