package pl.metryka.domain.model.site;

import java.util.List;

public interface EditorialContactRepository {

    /** In the order the Redakcja page lists them. */
    List<EditorialContact> all();

    void store(EditorialContact contact);

    java.util.Optional<EditorialContact> find(long id);

    void remove(EditorialContact contact);
}
