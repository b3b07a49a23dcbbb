package pl.metryka.domain.model.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every inclusion and consistency proof up to 33 leaves verifies, and fails once anything in it is altered. */
class MerkleProofTest {

    private static final int MAX = 33;
    private static final List<byte[]> LEAVES = MerkleReference.leaves(MAX);
    private static final List<byte[]> LEAF_HASHES = MerkleReference.leafHashes(LEAVES);
    private static final MerkleTree TREE = MerkleTree.ofLeafHashes(LEAF_HASHES);

    private static byte[] root(int size) {
        return MerkleReference.mth(LEAVES.subList(0, size));
    }

    private static byte[] flipped(byte[] hash, int bit) {
        byte[] copy = hash.clone();
        copy[bit / 8 % copy.length] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static List<List<byte[]>> tamperings(List<byte[]> proof, int size) {
        List<List<byte[]>> tampered = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> copy = new ArrayList<>(proof);
            copy.set(i, flipped(proof.get(i), 7 * i + size));
            tampered.add(copy);
        }
        for (int i = 0; i + 1 < proof.size(); i++) {
            List<byte[]> swapped = new ArrayList<>(proof);
            swapped.set(i, proof.get(i + 1));
            swapped.set(i + 1, proof.get(i));
            if (!proof.get(i).equals(proof.get(i + 1))) {
                tampered.add(swapped);
            }
        }
        if (!proof.isEmpty()) {
            tampered.add(proof.subList(0, proof.size() - 1));
            tampered.add(proof.subList(1, proof.size()));
        }
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(LEAF_HASHES.get(0));
        tampered.add(longer);
        List<byte[]> shortHash = new ArrayList<>(proof);
        shortHash.add(new byte[31]);
        tampered.add(shortHash);
        return tampered;
    }

    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    @Test
    void everyInclusionProofVerifies() {
        int checked = 0;
        for (int size = 1; size <= MAX; size++) {
            byte[] root = root(size);
            assertArrayEquals(root, TREE.root(size));
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = TREE.inclusionProof(index, size);
                assertTrue(proof.size() <= ceilLog2(size), "proof size for " + index + " in " + size);
                assertTrue(
                        MerkleProof.verifyInclusion(LEAF_HASHES.get(index), index, size, proof, root),
                        "leaf " + index + " in " + size);
                checked++;
            }
        }
        assertEquals(MAX * (MAX + 1) / 2, checked);
    }

    @Test
    void everyTamperedInclusionProofFails() {
        for (int size = 1; size <= MAX; size++) {
            byte[] root = root(size);
            for (int index = 0; index < size; index++) {
                String what = "leaf " + index + " in " + size;
                byte[] leaf = LEAF_HASHES.get(index);
                List<byte[]> proof = TREE.inclusionProof(index, size);
                for (List<byte[]> tampered : tamperings(proof, size)) {
                    assertFalse(
                            MerkleProof.verifyInclusion(leaf, index, size, tampered, root), "tampered proof, " + what);
                }
                assertFalse(
                        MerkleProof.verifyInclusion(flipped(leaf, index), index, size, proof, root),
                        "tampered leaf, " + what);
                assertFalse(
                        MerkleProof.verifyInclusion(LEAF_HASHES.get((index + 1) % MAX), index, size, proof, root),
                        "another leaf, " + what);
                assertFalse(
                        MerkleProof.verifyInclusion(leaf, index, size, proof, flipped(root, size)),
                        "tampered root, " + what);
                if (size > 1) {
                    assertFalse(
                            MerkleProof.verifyInclusion(leaf, (index + 1) % size, size, proof, root),
                            "wrong index, " + what);
                }
                if (size < MAX) {
                    // Against the genuine root of the bigger tree; the size alone is bound only by the signed tree
                    // head.
                    assertFalse(
                            MerkleProof.verifyInclusion(leaf, index, size + 1, proof, root(size + 1)),
                            "wrong size, " + what);
                }
                assertFalse(MerkleProof.verifyInclusion(leaf, size, size, proof, root), "index past the end, " + what);
                assertFalse(MerkleProof.verifyInclusion(leaf, -1, size, proof, root), "negative index, " + what);
            }
        }
    }

    @Test
    void everyConsistencyProofVerifies() {
        int checked = 0;
        for (int second = 1; second <= MAX; second++) {
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = TREE.consistencyProof(first, second);
                assertTrue(proof.size() <= ceilLog2(second) + 1, "proof size for " + first + " to " + second);
                assertTrue(
                        MerkleProof.verifyConsistency(first, second, root(first), root(second), proof),
                        first + " to " + second);
                checked++;
            }
        }
        assertEquals(MAX * (MAX + 1) / 2, checked);
    }

    @Test
    void everyTamperedConsistencyProofFails() {
        for (int second = 1; second <= MAX; second++) {
            byte[] secondRoot = root(second);
            for (int first = 1; first <= second; first++) {
                String what = first + " to " + second;
                byte[] firstRoot = root(first);
                List<byte[]> proof = TREE.consistencyProof(first, second);
                for (List<byte[]> tampered : tamperings(proof, second)) {
                    assertFalse(
                            MerkleProof.verifyConsistency(first, second, firstRoot, secondRoot, tampered),
                            "tampered proof, " + what);
                }
                assertFalse(
                        MerkleProof.verifyConsistency(first, second, flipped(firstRoot, first), secondRoot, proof),
                        "tampered first root, " + what);
                assertFalse(
                        MerkleProof.verifyConsistency(first, second, firstRoot, flipped(secondRoot, second), proof),
                        "tampered second root, " + what);
                if (first < second) {
                    // A proof from a different (but genuine) older tree must not vouch for this one.
                    int other = first == 1 ? 2 : first - 1;
                    if (other < second) {
                        assertFalse(
                                MerkleProof.verifyConsistency(first, second, root(other), secondRoot, proof),
                                "another first tree, " + what);
                    }
                    assertFalse(
                            MerkleProof.verifyConsistency(second, first, secondRoot, firstRoot, proof),
                            "reversed, " + what);
                }
            }
        }
    }

    @Test
    void emptyTreeIsConsistentWithEveryTree() {
        assertTrue(MerkleProof.verifyConsistency(0, 5, MerkleHash.empty(), root(5), List.of()));
        assertTrue(MerkleProof.verifyConsistency(0, 0, MerkleHash.empty(), MerkleHash.empty(), List.of()));
        assertFalse(MerkleProof.verifyConsistency(0, 5, MerkleHash.empty(), root(5), List.of(root(5))));
    }

    @Test
    void malformedInputFailsInsteadOfThrowing() {
        List<byte[]> proof = TREE.inclusionProof(2, 5);
        assertFalse(MerkleProof.verifyInclusion(null, 2, 5, proof, root(5)));
        assertFalse(MerkleProof.verifyInclusion(LEAF_HASHES.get(2), 2, 5, null, root(5)));
        assertFalse(MerkleProof.verifyInclusion(LEAF_HASHES.get(2), 2, 5, proof, new byte[0]));
        assertFalse(MerkleProof.verifyInclusion(LEAF_HASHES.get(0), 0, 0, List.of(), MerkleHash.empty()));
        assertFalse(MerkleProof.verifyConsistency(-1, 5, root(1), root(5), List.of()));
        assertFalse(MerkleProof.verifyConsistency(3, 5, root(3), root(5), List.of()));
        assertFalse(MerkleProof.verifyConsistency(3, 5, root(3), root(5), null));
    }

    @Test
    void proofsWorkOnLargeTreeSizes() {
        List<byte[]> leaves = MerkleReference.leaves(1000);
        MerkleTree tree = MerkleTree.ofLeaves(leaves);
        byte[] root = tree.root();
        assertArrayEquals(MerkleReference.mth(leaves), root);
        for (int index : new int[] {0, 1, 511, 512, 999}) {
            List<byte[]> proof = tree.inclusionProof(index, 1000);
            assertTrue(proof.size() <= 10);
            assertTrue(MerkleProof.verifyInclusion(MerkleHash.leaf(leaves.get(index)), index, 1000, proof, root));
        }
        for (int first : new int[] {1, 2, 3, 511, 512, 513, 999}) {
            List<byte[]> proof = tree.consistencyProof(first, 1000);
            assertTrue(proof.size() <= 11);
            assertTrue(MerkleProof.verifyConsistency(first, 1000, tree.root(first), root, proof));
        }
    }
}
