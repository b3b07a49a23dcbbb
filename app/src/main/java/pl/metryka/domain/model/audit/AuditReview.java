package pl.metryka.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An auditor's statement that one day of the audit log was reviewed, with their comment. */
@Entity
@Table(name = "audit_review")
public class AuditReview {

    @Id
    private LocalDate day;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(nullable = false)
    private String reviewer;

    @Column(nullable = false)
    private String comment;

    protected AuditReview() {}

    public AuditReview(LocalDate day, Instant reviewedAt, String reviewer, String comment) {
        this.day = day;
        this.reviewedAt = reviewedAt;
        this.reviewer = reviewer;
        this.comment = comment;
    }

    public LocalDate day() {
        return day;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewer() {
        return reviewer;
    }

    public String comment() {
        return comment;
    }
}
