package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterRepository;

@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

    private static final short HEAD_ID = 1;
    private static final int BATCH = 2000;

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
