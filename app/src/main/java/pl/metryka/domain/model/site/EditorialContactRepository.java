package pl.metryka.domain.model.site;

import java.util.List;
import java.util.Optional;

public interface EditorialContactRepository {

    /** In the order the Redakcja page lists them. */
    List<EditorialContact> all();

    void store(EditorialContact contact);

    Optional<EditorialContact> find(long id);

    void remove(EditorialContact contact);
}
