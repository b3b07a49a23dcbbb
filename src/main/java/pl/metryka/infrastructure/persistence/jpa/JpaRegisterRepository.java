package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterRepository;

@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

    private static final short HEAD_ID = 1;
    private static final int BATCH = 2000;
    private static final Set<RegisterAction> PUBLIC_CHANGES = EnumSet.copyOf(
            Arrays.stream(RegisterAction.values()).filter(RegisterAction::isPublicChange).toList());

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
                .setParameter("after", seq).setMaxResults(limit).getResultList();
    }

    @Override
    public List<RegisterEntry> forDocument(long documentId) {
        return em.createNamedQuery("RegisterEntry.forDocument", RegisterEntry.class)
                .setParameter("documentId", documentId).getResultList();
    }

    @Override
    public List<RegisterEntry> newestPublic(int limit) {
        return em.createNamedQuery("RegisterEntry.newestOfKinds", RegisterEntry.class)
                .setParameter("actions", PUBLIC_CHANGES).setMaxResults(limit).getResultList();
    }

    @Override
    public List<RegisterEntry> newestPublicFor(Collection<Long> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("RegisterEntry.newestOfKindsFor", RegisterEntry.class)
                .setParameter("actions", PUBLIC_CHANGES).setParameter("documentIds", documentIds)
                .setMaxResults(limit).getResultList();
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
