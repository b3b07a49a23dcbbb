package pl.metryka.infrastructure.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.domain.model.account.LoginThrottles;
import pl.metryka.domain.shared.Moment;

/**
 * The login throttle's changes, each in a short transaction of its own: it commits (and releases
 * its row lock and connection) before the password is hashed and the attempt audited, so a burst
 * of parallel guesses queues only for the moment of counting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottling {

    @Inject
    private LoginThrottles throttles;

    public LoginThrottles.Admission admit(String name, String source, Instant now) {
        return throttles.admit(LoginThrottle.nameKey(name), LoginThrottle.sourceKey(source), now);
    }

    public void succeeded(String name, String source) {
        throttles.succeeded(LoginThrottle.nameKey(name), LoginThrottle.sourceKey(source));
    }

    /** Once a night: pairs untried for a day and no longer blocked are forgotten (their count would restart anyway). */
    @Schedule(hour = "4", minute = "10", persistent = false)
    void forgetQuiet() {
        Instant now = Moment.now();
        throttles.forgetQuietSince(now.minus(LoginThrottle.FORGOTTEN_AFTER), now);
    }
}
