package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public Optional<Category> findBySlug(String slug) {
        return em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public List<Category> all() {
        return em.createNamedQuery("Category.all", Category.class).getResultList();
    }

    @Override
    public void store(Category category) {
        if (category.id() == null) {
            em.persist(category);
        }
        em.flush();
    }
}
