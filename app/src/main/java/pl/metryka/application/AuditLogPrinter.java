package pl.metryka.application;

import java.time.Instant;
import java.util.List;
import pl.metryka.domain.model.audit.AuditEvent;

/** Prints a filtered view of the audit log for an auditor's file. A port: the PDF library is infrastructure's. */
public interface AuditLogPrinter {

    /** The events as a PDF, headed by the title, the filter that chose them, when and by whom they were exported. */
    byte[] render(String title, String filter, Instant exportedAt, String exportedBy, List<AuditEvent> events);
}
