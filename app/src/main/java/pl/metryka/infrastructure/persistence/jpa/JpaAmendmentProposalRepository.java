package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.domain.model.document.AmendmentProposalRepository;

@ApplicationScoped
public class JpaAmendmentProposalRepository implements AmendmentProposalRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<AmendmentProposal> findForUpdate(long id) {
        return Optional.ofNullable(em.find(AmendmentProposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<AmendmentProposal> openFor(long documentId) {
        return em.createQuery(
                        "SELECT p FROM AmendmentProposal p WHERE p.documentId = :document AND p.status = :status ORDER BY p.id",
                        AmendmentProposal.class)
                .setParameter("document", documentId)
                .setParameter("status", AmendmentProposal.Status.OPEN)
                .getResultList();
    }

    @Override
    public List<AmendmentProposal> open(int limit) {
        return em.createQuery(
                        "SELECT p FROM AmendmentProposal p WHERE p.status = :status ORDER BY p.id",
                        AmendmentProposal.class)
                .setParameter("status", AmendmentProposal.Status.OPEN)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AmendmentProposal> allFor(long documentId) {
        return em.createQuery(
                        "SELECT p FROM AmendmentProposal p WHERE p.documentId = :document ORDER BY p.id",
                        AmendmentProposal.class)
                .setParameter("document", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void store(AmendmentProposal proposal) {
        if (proposal.id() == null) {
            em.persist(proposal);
        }
        em.flush();
    }
}
