package pl.metryka.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deklaracja dostępności as the administrator states it, with the fields of the Minister
 * Cyfryzacji's "Warunki techniczne publikacji oraz struktura dokumentu elektronicznego Deklaracji
 * Dostępności", version 2.0 of 31 July 2024 (read in the copy at
 * https://www.deklaracja-dostepnosci.info/dd-opis-2). One per bulletin. The rules a statement must
 * meet (a list of inaccessible content unless compliant, an auditor's name for an audit) are
 * checked by the application before it is stored; this class keeps the values together.
 */
@Entity
@Table(name = "accessibility_statement")
public class AccessibilityStatement {

    /** The three statuses of the template, in its words ({@code a11y-status}). */
    public enum Compliance {
        ZGODNA,
        CZESCIOWO_ZGODNA,
        NIEZGODNA
    }

    /** How the statement was prepared: the body's self-assessment or an outside audit ({@code a11y-audytor}). */
    public enum Assessment {
        SELF,
        AUDIT
    }

    /** Everything the administrator states, as one value. */
    public record Content(
            Compliance status,
            String inaccessible,
            LocalDate publishedOn,
            LocalDate updatedOn,
            LocalDate preparedOn,
            LocalDate reviewedOn,
            Assessment assessment,
            String auditor,
            String burden,
            String coordinatorName,
            String coordinatorEmail,
            String coordinatorPhone,
            String architecture,
            String communication,
            String apps) {}

    static final byte THE_ONLY_ID = 1;

    @Id
    private byte id = THE_ONLY_ID;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Compliance status;

    private String inaccessible;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Column(name = "prepared_on", nullable = false)
    private LocalDate preparedOn;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Assessment assessment;

    private String auditor;
    private String burden;

    @Column(name = "coordinator_name", nullable = false)
    private String coordinatorName;

    @Column(name = "coordinator_email", nullable = false)
    private String coordinatorEmail;

    @Column(name = "coordinator_phone", nullable = false)
    private String coordinatorPhone;

    @Column(nullable = false)
    private String architecture;

    @Column(nullable = false)
    private String communication;

    private String apps;

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected AccessibilityStatement() {}

    public AccessibilityStatement(Content content, String by, Instant at) {
        state(content, by, at);
    }

    public final void state(Content c, String by, Instant at) {
        this.status = Objects.requireNonNull(c.status(), "status");
        this.inaccessible = c.inaccessible();
        this.publishedOn = Objects.requireNonNull(c.publishedOn(), "publishedOn");
        this.updatedOn = Objects.requireNonNull(c.updatedOn(), "updatedOn");
        this.preparedOn = Objects.requireNonNull(c.preparedOn(), "preparedOn");
        this.reviewedOn = c.reviewedOn();
        this.assessment = Objects.requireNonNull(c.assessment(), "assessment");
        this.auditor = c.auditor();
        this.burden = c.burden();
        this.coordinatorName = Objects.requireNonNull(c.coordinatorName(), "coordinatorName");
        this.coordinatorEmail = Objects.requireNonNull(c.coordinatorEmail(), "coordinatorEmail");
        this.coordinatorPhone = Objects.requireNonNull(c.coordinatorPhone(), "coordinatorPhone");
        this.architecture = Objects.requireNonNull(c.architecture(), "architecture");
        this.communication = Objects.requireNonNull(c.communication(), "communication");
        this.apps = c.apps();
        this.lastEdit = new LastEdit(by, at);
    }

    public Content content() {
        return new Content(
                status,
                inaccessible,
                publishedOn,
                updatedOn,
                preparedOn,
                reviewedOn,
                assessment,
                auditor,
                burden,
                coordinatorName,
                coordinatorEmail,
                coordinatorPhone,
                architecture,
                communication,
                apps);
    }

    public LastEdit lastEdit() {
        return lastEdit;
    }
}
