package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Part of a document withheld from publication (Art. 8 ust. 5 of the access-to-information act):
 * what was excluded, on what legal basis, and who decided. Always part of a new revision.
 */
@Embeddable
public class Withholding {

    @Column(name = "withheld_scope")
    private String scope;
    @Column(name = "withheld_legal_basis")
    private String legalBasis;
    @Column(name = "withheld_by")
    private String decidedBy;

    protected Withholding() {
    }

    public Withholding(String scope, String legalBasis, String decidedBy) {
        this.scope = scope;
        this.legalBasis = legalBasis;
        this.decidedBy = decidedBy;
    }

    public String scope() { return scope; }
    public String legalBasis() { return legalBasis; }
    public String decidedBy() { return decidedBy; }

    boolean isEmpty() {
        return scope == null && legalBasis == null && decidedBy == null;
    }
}
