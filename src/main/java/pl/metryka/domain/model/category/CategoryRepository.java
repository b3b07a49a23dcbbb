package pl.metryka.domain.model.category;

import java.util.List;
import java.util.Optional;

public interface CategoryRepository {

    Optional<Category> find(long id);

    Optional<Category> findBySlug(String slug);

    List<Category> all();

    void store(Category category);
}
