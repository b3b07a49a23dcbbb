package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;

@ApplicationScoped
public class JpaPodmiotRepository implements PodmiotRepository {

    private static final short THE_ONLY_ID = 1;

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<Podmiot> find() {
        return Optional.ofNullable(em.find(Podmiot.class, THE_ONLY_ID));
    }

    @Override
    public void store(Podmiot podmiot) {
        if (!em.contains(podmiot)) {
            em.persist(podmiot);
        }
        em.flush();
    }
}
