package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.EditorialContactRepository;

@ApplicationScoped
public class JpaEditorialContactRepository implements EditorialContactRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public List<EditorialContact> all() {
        return em.createNamedQuery("EditorialContact.all", EditorialContact.class)
                .getResultList();
    }

    @Override
    public void store(EditorialContact contact) {
        if (contact.id() == null) {
            em.persist(contact);
        }
        em.flush();
    }

    @Override
    public Optional<EditorialContact> find(long id) {
        return Optional.ofNullable(em.find(EditorialContact.class, id));
    }

    @Override
    public void remove(EditorialContact contact) {
        em.remove(em.contains(contact) ? contact : em.merge(contact));
        em.flush();
    }
}
