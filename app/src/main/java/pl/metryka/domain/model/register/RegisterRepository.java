package pl.metryka.domain.model.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public interface RegisterRepository {

    /** The head, locked until the transaction ends. */
    RegisterHead lockHead();

    RegisterHead head();

    void add(RegisterEntry entry);

    List<RegisterEntry> after(long seq, int limit);

    List<RegisterEntry> forDocument(long documentId);

    /** The newest entries citizens see ({@link RegisterAction#isPublicChange()}), newest first. */
    List<RegisterEntry> newestPublic(int limit);

    /** The same, only for these documents. */
    List<RegisterEntry> newestPublicFor(Collection<Long> documentIds, int limit);

    void addLeaf(RegisterLeaf leaf);

    void addTreeHead(TreeHead head);

    Optional<TreeHead> latestTreeHead();

    Optional<TreeHead> treeHead(long size);

    /** Leaf hashes of entries 1..size in order; missing ones (entries older than the Merkle tree) are computed and stored. */
    List<byte[]> leafHashes(long size);

    /** Leaf hashes of the {@code count} entries from {@code firstSeq} on, in order, from the stored leaves. */
    List<byte[]> leafHashes(long firstSeq, int count);

    /** Every entry in sequence order, in batches, without holding them all in memory. */
    void forEachInOrder(Consumer<RegisterEntry> visitor);
}
