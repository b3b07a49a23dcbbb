package pl.metryka.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.metryka.domain.model.document.Revision;

/** Test-only bean deployed with the tests: tries what application code must never manage to do. */
@Stateless
public class RevisionTampering {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    public long firstPublishedDocument() {
        return em.createQuery(
                        "SELECT MIN(d.id) FROM Document d WHERE d.status = pl.metryka.domain.model.document.DocumentStatus.PUBLISHED",
                        Long.class)
                .getSingleResult();
    }

    public String title(long documentId, int number) {
        return revision(documentId, number).title();
    }

    /** A bulk JPQL update skips entity callbacks; only the database can stop it. */
    public int changeTitleThroughJpa(long documentId, int number, String title) {
        return em.createQuery("UPDATE Revision r SET r.title = :t WHERE r.document.id = :d AND r.number = :n")
                .setParameter("t", title)
                .setParameter("d", documentId)
                .setParameter("n", number)
                .executeUpdate();
    }

    private Revision revision(long documentId, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.document.id = :d AND r.number = :n", Revision.class)
                .setParameter("d", documentId)
                .setParameter("n", number)
                .getSingleResult();
    }
}
