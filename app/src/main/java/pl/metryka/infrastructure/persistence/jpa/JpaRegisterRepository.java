package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterLeaf;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.model.register.TreeHead;

@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

    private static final short HEAD_ID = 1;
    private static final int BATCH = 2000;
    private static final Set<RegisterAction> PUBLIC_CHANGES = EnumSet.copyOf(Arrays.stream(RegisterAction.values())
            .filter(RegisterAction::isPublicChange)
            .toList());

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public RegisterHead lockHead() {
        return em.find(RegisterHead.class, HEAD_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public RegisterHead head() {
        RegisterHead head = em.find(RegisterHead.class, HEAD_ID);
        em.refresh(head);
        return head;
    }

    @Override
    public void add(RegisterEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public List<RegisterEntry> after(long seq, int limit) {
        return em.createNamedQuery("RegisterEntry.after", RegisterEntry.class)
                .setParameter("after", seq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addLeaf(RegisterLeaf leaf) {
        em.persist(leaf);
    }

    @Override
    public void addTreeHead(TreeHead head) {
        em.persist(head);
        em.flush();
    }

    @Override
    public Optional<TreeHead> latestTreeHead() {
        return em.createNamedQuery("TreeHead.latest", TreeHead.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TreeHead> treeHead(long size) {
        return Optional.ofNullable(em.find(TreeHead.class, size));
    }

    @Override
    public List<byte[]> leafHashes(long size) {
        List<String> stored = em.createQuery(
                        "SELECT l.leafHash FROM RegisterLeaf l WHERE l.seq <= :size ORDER BY l.seq", String.class)
                .setParameter("size", size)
                .getResultList();
        if (stored.size() == size) {
            return MerkleHash.fromHex(stored);
        }
        List<byte[]> leaves = new ArrayList<>();
        Set<Long> present =
                new HashSet<>(em.createQuery("SELECT l.seq FROM RegisterLeaf l WHERE l.seq <= :size", Long.class)
                        .setParameter("size", size)
                        .getResultList());
        // one pass over the entries, without clearing the persistence context (the caller holds the locked head)
        long after = 0;
        List<RegisterEntry> batch;
        do {
            batch = after(after, BATCH);
            for (RegisterEntry entry : batch) {
                if (entry.seq() > size) {
                    return leaves;
                }
                byte[] leaf = MerkleHash.leaf(entry);
                leaves.add(leaf);
                if (!present.contains(entry.seq())) {
                    em.persist(new RegisterLeaf(entry.seq(), MerkleHash.hex(leaf)));
                }
                after = entry.seq();
            }
            em.flush();
        } while (batch.size() == BATCH);
        return leaves;
    }

    @Override
    public List<byte[]> leafHashes(long firstSeq, int count) {
        long last = firstSeq + count - 1;
        List<String> stored = em.createQuery(
                        "SELECT l.leafHash FROM RegisterLeaf l WHERE l.seq BETWEEN :first AND :last ORDER BY l.seq",
                        String.class)
                .setParameter("first", firstSeq)
                .setParameter("last", last)
                .getResultList();
        if (stored.size() == count) {
            return MerkleHash.fromHex(stored);
        }
        // an older register's entries may lack their stored leaf: computing all of them once stores them
        List<byte[]> all = leafHashes(last);
        return all.subList(Math.toIntExact(firstSeq - 1), Math.min(all.size(), Math.toIntExact(last)));
    }

    @Override
    public List<RegisterEntry> forDocument(long documentId) {
        return em.createNamedQuery("RegisterEntry.forDocument", RegisterEntry.class)
                .setParameter("documentId", documentId)
                .getResultList();
    }

    @Override
    public List<RegisterEntry> newestPublic(int limit) {
        return em.createNamedQuery("RegisterEntry.newestOfKinds", RegisterEntry.class)
                .setParameter("actions", PUBLIC_CHANGES)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RegisterEntry> newestPublicFor(Collection<Long> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("RegisterEntry.newestOfKindsFor", RegisterEntry.class)
                .setParameter("actions", PUBLIC_CHANGES)
                .setParameter("documentIds", documentIds)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void forEachInOrder(Consumer<RegisterEntry> visitor) {
        long after = 0;
        List<RegisterEntry> batch;
        do {
            batch = after(after, BATCH);
            for (RegisterEntry entry : batch) {
                visitor.accept(entry);
                after = entry.seq();
            }
            em.clear();
        } while (batch.size() == BATCH);
    }
}
