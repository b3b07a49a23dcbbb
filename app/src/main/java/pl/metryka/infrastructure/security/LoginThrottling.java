package pl.metryka.infrastructure.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.domain.model.account.LoginThrottles;
import pl.metryka.domain.shared.Moment;

/**
 * The login throttle's changes, each in a short transaction of its own. An attempt holds its
 * pair's row lock while its password is checked, so parallel attempts of one (name, source) pair,
 * on any instance, are checked one after the other: guesses stop at exactly the free number, and
 * a right password clears the count before the next attempt reads it (counting before the check
 * and clearing after it in separate transactions made a burst of a clerk's own parallel API calls
 * look like guesses: the sixth right password in flight was refused). The audit record is written
 * after the commit, by the caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottling {

    @Inject
    private LoginThrottles throttles;

    /** An attempt's outcome: whether it was admitted (and the pair's state), and whether its password was right. */
    public record Checked(LoginThrottles.Admission admission, boolean right) {}

    /**
     * Counts one attempt of {@code source} at {@code name} and, when it is admitted, checks its
     * password with {@code passwordRight} under the pair's lock; a right one forgets the pair's
     * failures in the same transaction.
     */
    public Checked attempt(String name, String source, Instant now, BooleanSupplier passwordRight) {
        String nameKey = LoginThrottle.nameKey(name);
        String sourceKey = LoginThrottle.sourceKey(source);
        LoginThrottles.Admission admission = throttles.admit(nameKey, sourceKey, now);
        if (!admission.admitted()) {
            return new Checked(admission, false);
        }
        boolean right = passwordRight.getAsBoolean();
        if (right) {
            throttles.succeeded(nameKey, sourceKey);
        }
        return new Checked(admission, right);
    }

    /** Once a night: pairs untried for a day and no longer blocked are forgotten (their count would restart anyway). */
    @Schedule(hour = "4", minute = "10", persistent = false)
    void forgetQuiet() {
        Instant now = Moment.now();
        throttles.forgetQuietSince(now.minus(LoginThrottle.FORGOTTEN_AFTER), now);
    }
}
