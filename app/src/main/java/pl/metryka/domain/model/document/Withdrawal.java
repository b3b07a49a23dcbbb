package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The tombstone of a withdrawn document: when, by whom, why, and on what legal basis. */
@Embeddable
public class Withdrawal {

    @Column(name = "withdrawn_at")
    private Instant at;

    @Column(name = "withdrawn_by")
    private String by;

    @Column(name = "withdrawal_reason")
    private String reason;

    @Column(name = "withdrawal_legal_basis")
    private String legalBasis;

    protected Withdrawal() {}

    Withdrawal(Instant at, String by, String reason, String legalBasis) {
        this.at = at;
        this.by = by;
        this.reason = reason;
        this.legalBasis = legalBasis;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
