package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.domain.model.site.StatutoryPageRepository;

@ApplicationScoped
public class JpaStatutoryPageRepository implements StatutoryPageRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<StatutoryPage> find(String slug) {
        return Optional.ofNullable(em.find(StatutoryPage.class, slug));
    }

    @Override
    public void store(StatutoryPage page) {
        if (!em.contains(page)) {
            em.persist(page);
        }
        em.flush();
    }

    @Override
    public Optional<Instant> firstPublication() {
        // document times are UTC wall-clock values (see InstantUtcConverter)
        return single("SELECT MIN(first_published_at) FROM document", ZoneOffset.UTC);
    }

    @Override
    public Optional<Instant> introduced() {
        // Flyway records installed_on in the database session's time zone; a date is all that is needed
        return single("SELECT installed_on FROM flyway_schema_history WHERE version = '5'", ZoneOffset.UTC);
    }

    private Optional<Instant> single(String sql, ZoneOffset offset) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        Object value = rows.isEmpty() ? null : rows.get(0);
        if (value instanceof Timestamp t) {
            return Optional.of(t.toLocalDateTime().toInstant(offset));
        }
        if (value instanceof LocalDateTime t) {
            return Optional.of(t.toInstant(offset));
        }
        return Optional.empty();
    }
}
