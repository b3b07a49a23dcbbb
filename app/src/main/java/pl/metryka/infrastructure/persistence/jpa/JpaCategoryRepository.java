package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
        return em.createNamedQuery("Category.bySlug", Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
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

    @Override
    public Optional<Category> formerlyAt(String slug) {
        List<?> ids = em.createNativeQuery("SELECT category_id FROM category_former_slug WHERE slug = ?")
                .setParameter(1, slug)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : find(((Number) ids.get(0)).longValue());
    }

    @Override
    public boolean slugInUse(String slug) {
        Number n = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM category WHERE slug = ?) "
                        + "+ (SELECT COUNT(*) FROM category_former_slug WHERE slug = ?)")
                .setParameter(1, slug)
                .setParameter(2, slug)
                .getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public void rememberFormerSlug(Category category, String formerSlug, Instant replacedAt) {
        em.flush();
        em.createNativeQuery("DELETE FROM category_former_slug WHERE slug = ? AND category_id = ?")
                .setParameter(1, category.slug())
                .setParameter(2, category.id())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO category_former_slug (slug, category_id, replaced_at) VALUES (?, ?, ?)")
                .setParameter(1, formerSlug)
                .setParameter(2, category.id())
                .setParameter(3, LocalDateTime.ofInstant(replacedAt, ZoneOffset.UTC))
                .executeUpdate();
    }
}
