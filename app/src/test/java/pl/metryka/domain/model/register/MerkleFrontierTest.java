package pl.metryka.domain.model.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {

    private static final int MAX = 200;
    private static final List<byte[]> LEAVES = MerkleReference.leaves(MAX);
    private static final List<byte[]> LEAF_HASHES = MerkleReference.leafHashes(LEAVES);

    @Test
    void rootEqualsTheRecursiveTreeHeadForEverySizeUpTo200() {
        MerkleFrontier frontier = new MerkleFrontier();
        MerkleTree tree = MerkleTree.ofLeafHashes(LEAF_HASHES);
        for (int size = 0; size <= MAX; size++) {
            byte[] expected = MerkleReference.mth(LEAVES.subList(0, size));
            assertEquals(size, frontier.size());
            assertArrayEquals(expected, frontier.root(), "size " + size);
            assertArrayEquals(expected, tree.root(size), "tree, size " + size);
            assertEquals(Long.bitCount(size), frontier.subtreeRoots().size(), "one subtree per set bit, size " + size);
            if (size < MAX) {
                frontier.append(LEAF_HASHES.get(size));
            }
        }
    }

    @Test
    void subtreeRootsAreThePerfectSubtreesLargestFirst() {
        MerkleFrontier frontier = MerkleFrontier.ofLeafHashes(LEAF_HASHES.subList(0, 13));
        MerkleTree tree = MerkleTree.ofLeafHashes(LEAF_HASHES);
        List<byte[]> roots = frontier.subtreeRoots();
        assertEquals(3, roots.size());
        assertArrayEquals(tree.root(8), roots.get(0));
        assertArrayEquals(MerkleTree.ofLeafHashes(LEAF_HASHES.subList(8, 12)).root(), roots.get(1));
        assertArrayEquals(LEAF_HASHES.get(12), roots.get(2));
    }

    @Test
    void restoredFromItsStateItContinuesAsIfNeverStopped() {
        for (int stop = 0; stop <= 70; stop++) {
            MerkleFrontier original = MerkleFrontier.ofLeafHashes(LEAF_HASHES.subList(0, stop));
            MerkleFrontier restored = MerkleFrontier.of(original.size(), original.subtreeRoots());
            for (int i = stop; i < 70; i++) {
                restored.append(LEAF_HASHES.get(i));
            }
            assertArrayEquals(MerkleReference.mth(LEAVES.subList(0, 70)), restored.root(), "stopped at " + stop);
        }
    }

    @Test
    void refusesInconsistentStateAndBadLeafHashes() {
        byte[] hash = LEAF_HASHES.get(0);
        assertThrows(IllegalArgumentException.class, () -> MerkleFrontier.of(3, List.of(hash)));
        assertThrows(IllegalArgumentException.class, () -> MerkleFrontier.of(0, List.of(hash)));
        assertThrows(IllegalArgumentException.class, () -> MerkleFrontier.of(-1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MerkleFrontier.of(1, List.of(new byte[5])));
        assertThrows(IllegalArgumentException.class, () -> new MerkleFrontier().append(new byte[33]));
    }

    @Test
    void stateCannotBeChangedFromOutside() {
        MerkleFrontier frontier = MerkleFrontier.ofLeafHashes(LEAF_HASHES.subList(0, 5));
        byte[] root = frontier.root();
        frontier.subtreeRoots().get(0)[0] ^= 1;
        frontier.root()[0] ^= 1;
        assertArrayEquals(root, frontier.root());
    }
}
