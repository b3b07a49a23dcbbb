package pl.metryka.domain.model.site;

import java.util.Optional;

public interface AccessibilityStatementRepository {

    /** The stored statement, if an administrator (or the demo data) stated one. */
    Optional<AccessibilityStatement> find();

    void store(AccessibilityStatement statement);
}
