package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.register.DocumentIndex;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.InvalidInputException;

/** Signed tree heads and RFC 9162 proofs over the change register, for anyone who wants to check it. */
@Stateless
public class RegisterProofs {

    @Inject
    private RegisterRepository register;

    public record Inclusion(
            long seq, long size, long leafIndex, String leafHash, List<String> auditPath, String rootHash) {}

    public record Consistency(
            long from, long to, List<String> consistencyPath, String fromRootHash, String toRootHash) {}

    public Optional<TreeHead> latestHead() {
        return register.latestTreeHead();
    }

    public Optional<TreeHead> head(long size) {
        return register.treeHead(size);
    }

    /** The audit path of entry {@code seq} (leaf index seq − 1) in the tree of the first {@code size} entries. */
    public Inclusion inclusion(long seq, long size) {
        TreeHead head = signedHead(size, "size");
        if (seq < 1 || seq > size) {
            throw InvalidInputException.of("seq", "register.seq.outOfRange", String.valueOf(size));
        }
        List<byte[]> leaves = register.leafHashes(size);
        MerkleTree tree = MerkleTree.ofLeafHashes(leaves);
        int index = Math.toIntExact(seq - 1);
        return new Inclusion(
                seq,
                size,
                index,
                MerkleHash.hex(leaves.get(index)),
                MerkleHash.hex(tree.inclusionProof(index, Math.toIntExact(size))),
                head.rootHash());
    }

    public Consistency consistency(long from, long to) {
        TreeHead older = signedHead(from, "from");
        TreeHead newer = signedHead(to, "to");
        if (from > to) {
            throw InvalidInputException.of("from", "register.from.afterTo");
        }
        MerkleTree tree = MerkleTree.ofLeafHashes(register.leafHashes(to));
        return new Consistency(
                from,
                to,
                MerkleHash.hex(tree.consistencyProof(Math.toIntExact(from), Math.toIntExact(to))),
                older.rootHash(),
                newer.rootHash());
    }

    /** A document's register entries with their inclusion proofs under the latest signed head. */
    public record DocumentProofs(TreeHead head, List<RegisterEntry> entries, List<Inclusion> inclusions) {

        /** The list of these entries under this head, for the installation to sign (docs/bundle-format.md). */
        public DocumentIndex index(long documentId) {
            return new DocumentIndex(documentId, head.size(), head.rootHash(), entries);
        }
    }

    /**
     * Everything a reader needs to check a document's history against the signed head: its entries
     * and one inclusion proof each, all under the latest head (the leaves are read once).
     */
    public DocumentProofs forDocument(long documentId) {
        TreeHead head = register.latestTreeHead()
                .orElseThrow(() -> new NotFoundException("Rejestr nie ma jeszcze podpisanego nagłówka drzewa."));
        long size = head.size();
        // a document's entries from before its first publication (an older register's draft and
        // scheduling entries) are no public information: its proofs and bundle leave them out
        List<RegisterEntry> entries = register.forDocument(documentId).stream()
                .filter(e -> e.seq() <= size && e.action().isPublicInformation())
                .toList();
        if (entries.isEmpty()) {
            return new DocumentProofs(head, entries, List.of());
        }
        List<byte[]> leaves = register.leafHashes(size);
        MerkleTree tree = MerkleTree.ofLeafHashes(leaves);
        List<Inclusion> inclusions = entries.stream()
                .map(e -> {
                    int index = Math.toIntExact(e.seq() - 1);
                    return new Inclusion(
                            e.seq(),
                            size,
                            index,
                            MerkleHash.hex(leaves.get(index)),
                            MerkleHash.hex(tree.inclusionProof(index, Math.toIntExact(size))),
                            head.rootHash());
                })
                .toList();
        return new DocumentProofs(head, entries, inclusions);
    }

    private TreeHead signedHead(long size, String field) {
        return register.treeHead(size)
                .orElseThrow(() -> InvalidInputException.of(field, "register.treeHead.missing", String.valueOf(size)));
    }
}
