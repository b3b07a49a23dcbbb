package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import pl.metryka.application.tlog.RegisterKey;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.MerkleFrontier;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterLeaf;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.Moment;

/**
 * Appends to the change register inside the transaction that makes the change (MANDATORY), so
 * the change and its entry commit together or not at all. Locking the head row serializes
 * appenders across threads and instances. Each append also adds the entry's Merkle leaf, moves
 * the tree's frontier (kept on the head row, so an append costs O(log n)) and stores a signed
 * tree head for the new size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChangeRegister {

    @Inject
    private RegisterRepository register;

    @Inject
    private RegisterKey key;

    @Inject
    private AuditEventRepository audit;

    @Inject
    private Event<ChangeRecorded> recorded;

    /**
     * Signs a tree head for the register as it stands if none exists for that size yet: for a
     * register kept before the Merkle tree existed, and after a restore.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void signCurrentHead() {
        RegisterHead head = register.lockHead();
        long size = head.seq();
        if (size == 0 || register.treeHead(size).isPresent()) {
            return;
        }
        MerkleFrontier tree = head.frontier(() -> register.leafHashes(size));
        head.keep(tree);
        sign(size, tree);
    }

    public RegisterEntry record(Change change) {
        RegisterHead head = register.lockHead();
        long size = head.seq();
        MerkleFrontier tree = head.frontier(() -> register.leafHashes(size));
        RegisterEntry entry = RegisterEntry.append(head, change);
        byte[] leaf = MerkleHash.leaf(entry);
        tree.append(leaf);
        head.keep(tree);
        register.add(entry);
        register.addLeaf(new RegisterLeaf(entry.seq(), MerkleHash.hex(leaf)));
        sign(entry.seq(), tree);
        // the audit log shows every register entry too, committed (or not) with it
        audit.add(new AuditEvent(
                entry.at(),
                entry.actor(),
                "REGISTER_" + entry.action().name(),
                AuditEvent.Outcome.SUCCESS,
                entry.documentId() == null ? entry.subject() : "document:" + entry.documentId(),
                "seq " + entry.seq() + (entry.revision() == null ? "" : ", revision " + entry.revision())
                        + (entry.subject() == null ? "" : ": " + entry.subject()),
                null));
        recorded.fire(new ChangeRecorded(entry.seq(), entry.action()));
        return entry;
    }

    private void sign(long size, MerkleFrontier tree) {
        Instant signedAt = Moment.now();
        String root = MerkleHash.hex(tree.root());
        register.addTreeHead(new TreeHead(size, root, signedAt, key.sign(TreeHead.signedText(size, root, signedAt))));
    }
}
