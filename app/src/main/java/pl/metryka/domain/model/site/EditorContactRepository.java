package pl.metryka.domain.model.site;

import java.util.List;

public interface EditorContactRepository {

    /** In the order the Redakcja page lists them. */
    List<EditorContact> all();

    void store(EditorContact contact);

    java.util.Optional<EditorContact> find(long id);

    void remove(EditorContact contact);
}
