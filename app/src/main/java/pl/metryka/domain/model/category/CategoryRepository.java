package pl.metryka.domain.model.category;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CategoryRepository {

    Optional<Category> find(long id);

    Optional<Category> findBySlug(String slug);

    List<Category> all();

    void store(Category category);

    /** The category that was at {@code /kategoria/{slug}} before a rename, if any was. */
    Optional<Category> formerlyAt(String slug);

    /** Whether an address is taken now or was a renamed category's before. */
    boolean slugInUse(String slug);

    /** Remembers the address a category had before a rename (a category may take its own old address back). */
    void rememberFormerSlug(Category category, String formerSlug, Instant replacedAt);
}
