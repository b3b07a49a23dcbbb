package pl.metryka.application.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.register.MerkleFrontier;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.tlog.Tile;
import pl.metryka.test.TlogClient;

/** Tiles computed the way /tlog/tile serves them rebuild the tree's root in an independent client. */
class SubtreeHashesTest {

    @Test
    void theTilesOfATreeOf70000LeavesGiveItsRootAndEachLeafIsReadOnce() {
        int size = 70_000;
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleHash.leaf(("entry " + i).getBytes()));
        }
        AtomicLong read = new AtomicLong();
        BiFunction<Long, Integer, List<byte[]>> stored = (firstSeq, count) -> {
            read.addAndGet(count);
            return leaves.subList(Math.toIntExact(firstSeq - 1), Math.toIntExact(firstSeq - 1 + count));
        };
        SubtreeHashes subtrees = new SubtreeHashes();
        subtrees.hashes(1, 0, 273, stored);
        assertEquals(
                273L * 256,
                read.get(),
                "every leaf of a complete subtree is read once, the last partial ones not at all");
        subtrees.hashes(2, 0, 1, stored);
        assertEquals(273L * 256, read.get(), "complete subtrees are computed once, higher levels fold them");

        byte[] root = TlogClient.rootFromHashTiles(size, path -> {
            Tile tile = Tile.parse(path).orElseThrow();
            assertEquals(true, tile.within(size), path);
            return TlogClient.concat(subtrees.hashes(tile.level(), tile.firstHash(), tile.width(), stored));
        });
        assertArrayEquals(MerkleFrontier.ofLeafHashes(leaves).root(), root);

        // a level-2 hash is the root of a full level-1 tile, which is the root of 256 full level-0 tiles
        byte[] level2 = subtrees.hashes(2, 0, 1, stored).get(0);
        assertArrayEquals(TlogClient.mth(subtrees.hashes(1, 0, 256, stored)), level2);
        assertArrayEquals(MerkleFrontier.ofLeafHashes(leaves.subList(0, 65_536)).root(), level2);
    }
}
