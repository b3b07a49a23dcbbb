package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.metryka.domain.model.tlog.CosignatureRepository;
import pl.metryka.domain.model.tlog.WitnessCosignature;

@ApplicationScoped
public class JpaCosignatureRepository implements CosignatureRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public void add(WitnessCosignature cosignature) {
        em.persist(cosignature);
        em.flush();
    }

    @Override
    public List<WitnessCosignature> forSize(long size) {
        return em.createNamedQuery("WitnessCosignature.forSize", WitnessCosignature.class)
                .setParameter("size", size)
                .getResultList();
    }
}
