package pl.metryka.domain.model.register;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The end of the chain: the last sequence number and hash. Appenders lock this one row, which
 * keeps the chain linear with concurrent writers and with several application instances.
 */
@Entity
@Table(name = "register_head")
public class RegisterHead {

    static final short THE_ONLY_ID = 1;

    @Id
    private short id = THE_ONLY_ID;

    private long seq;
    private String hash;
    /** The Merkle frontier (perfect-subtree roots, largest first, hex, comma-separated); null before the first leaf. */
    private String frontier;

    protected RegisterHead() {}

    void advanceTo(RegisterEntry entry) {
        this.seq = entry.seq();
        this.hash = entry.hash();
    }

    /** The Merkle tree of the entries up to this head; rebuilt from every leaf only if never stored. */
    public MerkleFrontier frontier(Supplier<List<byte[]>> allLeafHashes) {
        if (seq == 0) {
            return new MerkleFrontier();
        }
        if (frontier == null || frontier.isBlank()) {
            return MerkleFrontier.ofLeafHashes(allLeafHashes.get());
        }
        return MerkleFrontier.of(seq, MerkleHash.fromHex(Arrays.asList(frontier.split(","))));
    }

    public void keep(MerkleFrontier tree) {
        this.frontier = String.join(",", MerkleHash.hex(tree.subtreeRoots()));
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }
}
