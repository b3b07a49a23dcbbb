package pl.metryka.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the audit log: logins, failed and refused attempts, administrative events. The law
 * asks that attempts at unauthorised change be logged, so refusals are recorded as carefully as
 * successes.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Outcome {
        SUCCESS,
        FAILURE,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    private String actor;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String target;
    private String detail;

    @Column(name = "remote_address")
    private String remoteAddress;

    /** The width of the actor column: a longer typed user name is recorded cut to it. */
    public static final int ACTOR_MAX = 200;

    protected AuditEvent() {}

    public AuditEvent(
            Instant at,
            String actor,
            String action,
            Outcome outcome,
            String target,
            String detail,
            String remoteAddress) {
        this.at = at;
        this.actor = truncate(oneLine(actor), ACTOR_MAX);
        this.action = action;
        this.outcome = outcome;
        this.target = truncate(target, 500);
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    /**
     * A value as one line: CR, LF and other control characters (which a typed user name may hold,
     * e.g. in a Basic header) are shown escaped, so no value can start a forged line of a log.
     */
    public static String oneLine(String value) {
        if (value == null || value.chars().noneMatch(Character::isISOControl)) {
            return value;
        }
        StringBuilder line = new StringBuilder(value.length() + 8);
        value.chars().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.append((char) c);
                    }
                }
            }
        });
        return line.toString();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /**
     * What an export of the log shows of this event, column by column (the time in the export's
     * form): the CSV and the PDF list the same facts in the same order. Absent ones are null.
     */
    public List<String> shown(DateTimeFormatter time) {
        return Arrays.asList(time.format(at), actor, action, outcome.name(), target, detail, remoteAddress);
    }
}
