package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import pl.metryka.domain.model.site.BipLogo;
import pl.metryka.domain.model.site.BipLogoRepository;

@ApplicationScoped
public class JpaBipLogoRepository implements BipLogoRepository {

    /** The only row's key: one per bulletin. */
    private static final byte THE_ONLY_ID = 1;

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<BipLogo> find() {
        return Optional.ofNullable(em.find(BipLogo.class, THE_ONLY_ID));
    }

    @Override
    public Optional<String> version() {
        return em.createNativeQuery("SELECT sha256 FROM bip_logo WHERE id = 1").getResultList().stream()
                .findFirst()
                .map(Object::toString);
    }

    @Override
    public void store(BipLogo value) {
        if (!em.contains(value)) {
            em.persist(value);
        }
        em.flush();
    }

    @Override
    public void remove(BipLogo value) {
        em.remove(value);
        em.flush();
    }
}
