package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Part of a document withheld from publication (Art. 8 ust. 5 of the access-to-information act):
 * what was excluded, on what legal basis, who decided, and in whose interest (the podmiot whose
 * privacy or secret is protected). Always part of a new revision. Withholdings made before the
 * last element existed have no {@code inInterestOf}; new ones must give it.
 */
@Embeddable
public class Withholding {

    @Column(name = "withheld_scope")
    private String scope;

    @Column(name = "withheld_legal_basis")
    private String legalBasis;

    @Column(name = "withheld_by")
    private String decidedBy;

    @Column(name = "withheld_in_interest_of")
    private String inInterestOf;

    protected Withholding() {}

    public Withholding(String scope, String legalBasis, String decidedBy, String inInterestOf) {
        this.scope = scope;
        this.legalBasis = legalBasis;
        this.decidedBy = decidedBy;
        this.inInterestOf = inInterestOf;
    }

    public String scope() {
        return scope;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String decidedBy() {
        return decidedBy;
    }
    /** Null only for withholdings published before this element was recorded. */
    public String inInterestOf() {
        return inInterestOf;
    }

    boolean isEmpty() {
        return scope == null && legalBasis == null && decidedBy == null && inInterestOf == null;
    }
}
