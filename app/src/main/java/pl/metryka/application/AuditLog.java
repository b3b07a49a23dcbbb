package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;
import pl.metryka.domain.model.audit.AuditQuery;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Paging;

/**
 * The audit log for auditors: filtered, paged reading and exports of the filtered view to CSV and
 * PDF. Every export is itself recorded in the log (who exported what, how many events).
 */
@Stateless
@RolesAllowed(Role.Names.AUDYTOR)
public class AuditLog {

    /** An export never holds more than this many events; narrow the filter for more. */
    public static final int MAX_EXPORT = 50_000;

    public static final int MAX_PAGE = 200;

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLogPrinter printer;

    public DocumentCatalog.Page<AuditEvent> search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw InvalidInputException.of(
                    page < 0 ? "page" : "size", "audit.paging.invalid", String.valueOf(MAX_PAGE));
        }
        check(query);
        Instant from = start(query.from());
        Instant to = end(query.to());
        return new DocumentCatalog.Page<>(
                events.search(query, from, to, Paging.offset(page, size), size), events.count(query, from, to));
    }

    public byte[] exportCsv(AuditQuery query, String remoteAddress) {
        return AuditCsv.of(exported(query, "AUDIT_EXPORT_CSV", currentUser.nameOrAnonymous(), remoteAddress));
    }

    public byte[] exportPdf(AuditQuery query, String remoteAddress) {
        String user = currentUser.nameOrAnonymous();
        List<AuditEvent> found = exported(query, "AUDIT_EXPORT_PDF", user, remoteAddress);
        return printer.render("Dziennik zdarzeń (audyt)", query.describe(), Moment.now(), user, found);
    }

    /** The events an export holds; the export itself goes to the log: who, which filter, how many. */
    private List<AuditEvent> exported(AuditQuery query, String action, String user, String remoteAddress) {
        check(query);
        List<AuditEvent> found = events.search(query, start(query.from()), end(query.to()), 0, MAX_EXPORT);
        trail.record(
                user,
                action,
                AuditEvent.Outcome.SUCCESS,
                null,
                query.describe() + "; " + found.size() + " events",
                remoteAddress);
        return found;
    }

    private static void check(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw InvalidInputException.of("from", "audit.from.afterTo");
        }
    }

    static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Moment.POLAND).toInstant();
    }

    static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(Moment.POLAND).toInstant();
    }
}
