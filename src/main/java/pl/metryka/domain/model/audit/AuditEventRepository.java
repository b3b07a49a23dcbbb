package pl.metryka.domain.model.audit;

import java.util.List;

public interface AuditEventRepository {

    void add(AuditEvent event);

    List<AuditEvent> newest(int limit);
}
