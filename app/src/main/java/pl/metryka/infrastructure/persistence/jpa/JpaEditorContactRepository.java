package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.metryka.domain.model.site.EditorContact;
import pl.metryka.domain.model.site.EditorContactRepository;

@ApplicationScoped
public class JpaEditorContactRepository implements EditorContactRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public List<EditorContact> all() {
        return em.createNamedQuery("EditorContact.all", EditorContact.class).getResultList();
    }

    @Override
    public void store(EditorContact contact) {
        if (contact.id() == null) {
            em.persist(contact);
        }
        em.flush();
    }

    @Override
    public java.util.Optional<EditorContact> find(long id) {
        return java.util.Optional.ofNullable(em.find(EditorContact.class, id));
    }

    @Override
    public void remove(EditorContact contact) {
        em.remove(em.contains(contact) ? contact : em.merge(contact));
        em.flush();
    }
}
