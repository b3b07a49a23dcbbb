package pl.metryka.application.tlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.tlog.Tile;

/**
 * The roots of the register's complete 256-leaf subtrees (the hashes of level-1 tiles), kept in this
 * instance's memory as they are first needed. The register is append-only, so a complete subtree
 * never changes: each root is computed once from its 256 stored leaf hashes, and every higher level
 * is folded from these (a million entries: 3,907 roots, 125 kB), never from all the leaves again.
 */
@ApplicationScoped
public class SubtreeHashes {

    /** How many subtrees one read of leaf hashes covers while catching up. */
    private static final int SUBTREES_PER_READ = 64;

    private final List<byte[]> roots = new ArrayList<>();

    /**
     * Level-{@code level} hashes {@code from … from+count−1} of the tree (c2sp.org/tlog-tiles): each
     * the root of 256^level leaves. Level 0 are leaf hashes, level 1 the kept subtree roots, and each
     * higher one the root of 256 hashes of the level below. {@code leaves} gives stored leaf hashes
     * (first seq, count); the caller asks only for complete hashes of the tree.
     */
    public List<byte[]> hashes(int level, long from, int count, BiFunction<Long, Integer, List<byte[]>> leaves) {
        if (level == 0) {
            return leaves.apply(from + 1, count);
        }
        if (level == 1) {
            return roots(from, count, leaves);
        }
        List<byte[]> hashes = new ArrayList<>(count);
        for (long i = from; i < from + count; i++) {
            hashes.add(MerkleTree.ofLeafHashes(hashes(level - 1, i * Tile.WIDTH, Tile.WIDTH, leaves))
                    .root());
        }
        return hashes;
    }

    /**
     * The roots of subtrees {@code from … from+count−1}; those not yet known are computed from the
     * leaf hashes {@code leaves} gives (first seq, count), which must all be in the tree.
     */
    synchronized List<byte[]> roots(long from, int count, BiFunction<Long, Integer, List<byte[]>> leaves) {
        long needed = from + count;
        while (roots.size() < needed) {
            int batch = (int) Math.min(SUBTREES_PER_READ, needed - roots.size());
            long firstSeq = (long) roots.size() * Tile.WIDTH + 1;
            List<byte[]> hashes = leaves.apply(firstSeq, batch * Tile.WIDTH);
            for (int i = 0; i < batch; i++) {
                roots.add(MerkleTree.ofLeafHashes(hashes.subList(i * Tile.WIDTH, (i + 1) * Tile.WIDTH))
                        .root());
            }
        }
        return roots.subList(Math.toIntExact(from), Math.toIntExact(needed)).stream()
                .map(byte[]::clone)
                .toList();
    }
}
