package pl.metryka.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a typed user name may hold reaches the audit log as one line that fits its column. */
class AuditEventTest {

    @Test
    void lineBreaksAndOtherControlCharactersAreShownEscaped() {
        assertEquals("jan\\r\\n[INFO] admin\\u0000", AuditEvent.oneLine("jan\r\n[INFO] admin\u0000"));
        assertEquals("Łucja Ząb", AuditEvent.oneLine("Łucja Ząb"));
    }

    @Test
    void theActorIsCutToItsColumn() {
        AuditEvent event =
                new AuditEvent(Instant.now(), "a".repeat(300), "LOGIN", AuditEvent.Outcome.FAILURE, null, null, null);
        assertEquals("a".repeat(AuditEvent.ACTOR_MAX), event.actor());
    }
}
