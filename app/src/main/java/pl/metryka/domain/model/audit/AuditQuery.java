package pl.metryka.domain.model.audit;

import java.time.LocalDate;

/**
 * What an auditor filters the log by; every part is optional. {@code documentId} matches events
 * about that document (register entries and requests to its addresses); {@code from} and
 * {@code to} are whole days (Polish time), both included.
 */
public record AuditQuery(String actor, String action, Long documentId, LocalDate from, LocalDate to) {

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** A readable summary for export headers and for the audit event an export leaves. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "actor", actor);
        append(out, "action", action);
        append(out, "document", documentId == null ? null : documentId.toString());
        append(out, "from", from == null ? null : from.toString());
        append(out, "to", to == null ? null : to.toString());
        return out.isEmpty() ? "all events" : out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
