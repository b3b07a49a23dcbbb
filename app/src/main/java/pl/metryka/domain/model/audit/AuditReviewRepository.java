package pl.metryka.domain.model.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface AuditReviewRepository {

    void add(AuditReview review);

    Optional<AuditReview> find(LocalDate day);

    /** Reviews of days from {@code from} on, oldest first. */
    List<AuditReview> since(LocalDate from);

    /** Reviews of the days {@code from}–{@code to}, both included, oldest first. */
    List<AuditReview> between(LocalDate from, LocalDate to);

    /** The review made most recently. */
    Optional<AuditReview> latest();
}
