package pl.metryka.domain.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AuditEventRepository {

    void add(AuditEvent event);

    List<AuditEvent> newest(int limit);

    /** Events matching the query, newest first; {@code from, to} are instants (to exclusive). */
    List<AuditEvent> search(AuditQuery query, Instant from, Instant to, int offset, int limit);

    long count(AuditQuery query, Instant from, Instant to);

    /** Refused and failed attempts after {@code after} (all of them if null), newest first. */
    List<AuditEvent> problemsAfter(Instant after, int limit);

    Optional<Instant> first();
}
