package pl.metryka.infrastructure.security;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import pl.metryka.application.AuditTrail;
import pl.metryka.application.PasswordHashing;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.domain.shared.Moment;

/**
 * Checks a user name and password against the accounts. Attempts are throttled per login name and
 * source address ({@link LoginThrottle}: five free, then growing delays), never by locking the
 * account for everyone. Every failure is written to the audit log, once.
 *
 * <p>No transaction of its own: the throttle ({@link LoginThrottling}) and the audit record
 * ({@link AuditTrail}) each commit in a short transaction of their own, one after the other, so
 * that neither waits for the other's connection and a refused request cannot roll either back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginAttempts {

    private static final int TRIES = 3;
    /**
     * Password checks at once on one instance. Each holds a pooled database connection and its
     * pair's row lock while it hashes (about 0.3 s), so a flood of logins with made-up names must
     * not take the whole pool (32) from the readers' pages: the rest queue here, and after a while
     * are told to come back.
     */
    private static final Semaphore CHECKS = new Semaphore(8, true);

    private static final long CHECK_QUEUE_SECONDS = 10;
    private static final long BUSY_RETRY_SECONDS = 5;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private LoginThrottling throttling;

    /** A login that succeeded: the account's own spelling of its name, and its roles. */
    public record Verified(String username, Set<Role> roles) {}

    /**
     * What an attempt came to: the account when it was verified; otherwise, when this source must
     * now wait before trying the name again, until when.
     */
    public record Attempt(Optional<Verified> verified, Instant waitUntil) {
        static Attempt refused(LoginThrottle state, Instant now) {
            return new Attempt(Optional.empty(), state.blocks(now) ? state.blockedUntil() : null);
        }
    }

    /**
     * Checks the password when the source may try the name now. Every refusal of a checked
     * attempt costs one password hash, as a wrong password does, so the time taken does not tell
     * whether a name is an account (unknown user 5-16 ms against 203-241 ms before); a source that
     * must wait is refused before any hash, known name or not. Failures of an account are audited
     * under the account's own name (logins are case-insensitive), unknown names as typed.
     */
    public Attempt check(String username, String password, String remoteAddress) {
        Instant now = Moment.now();
        Optional<UserAccount> found = accounts.findByUsername(username);
        String name = found.map(UserAccount::username).orElse(username);
        Optional<UserAccount> usable = found.filter(UserAccount::enabled);
        // checked under the pair's lock, so a waiting source learns nothing, not even from a right password
        if (!queueForCheck()) {
            audit.record(
                    name, "LOGIN", Outcome.FAILURE, null, "too many logins in progress on this server", remoteAddress);
            return new Attempt(Optional.empty(), now.plusSeconds(BUSY_RETRY_SECONDS));
        }
        LoginThrottling.Checked checked;
        try {
            checked = attempt(name, remoteAddress, now, () -> {
                if (usable.isEmpty()) {
                    passwords.matchNothing(password);
                    return false;
                }
                String hash = usable.get().passwordHash();
                return verified.wasVerified(name, password, hash, now) || passwords.matches(password, hash);
            });
        } finally {
            CHECKS.release();
        }
        LoginThrottle state = checked.admission().state();
        if (!checked.admission().admitted()) {
            audit.record(
                    name,
                    "LOGIN",
                    Outcome.FAILURE,
                    null,
                    "too many failures from this address; next attempt allowed at " + state.blockedUntil(),
                    remoteAddress);
            return Attempt.refused(state, now);
        }
        if (usable.isEmpty()) {
            audit.record(
                    name,
                    "LOGIN",
                    Outcome.FAILURE,
                    null,
                    (found.isEmpty() ? "unknown user" : "account disabled") + waiting(state, now),
                    remoteAddress);
            return Attempt.refused(state, now);
        }
        if (!checked.right()) {
            audit.record(name, "LOGIN", Outcome.FAILURE, null, "wrong password" + waiting(state, now), remoteAddress);
            return Attempt.refused(state, now);
        }
        verified.remember(name, password, usable.get().passwordHash(), now); // again within minutes: no new hash
        return verifiedAttempt(usable.get());
    }

    private static boolean queueForCheck() {
        try {
            return CHECKS.tryAcquire(CHECK_QUEUE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Attempt verifiedAttempt(UserAccount account) {
        return new Attempt(
                Optional.of(new Verified(
                        account.username(),
                        account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()))),
                null);
    }

    /**
     * One attempt under the throttle; a deadlock or lock wait given up by the database (possible
     * when many attempts of one new pair arrive at once) is retried, as the count must not be lost.
     */
    private LoginThrottling.Checked attempt(
            String name, String remoteAddress, Instant now, BooleanSupplier passwordRight) {
        for (int attempt = 1; ; attempt++) {
            try {
                return throttling.attempt(name, remoteAddress, now, passwordRight);
            } catch (EJBException e) {
                if (attempt == TRIES) {
                    throw e;
                }
            }
        }
    }

    private static String waiting(LoginThrottle state, Instant now) {
        return state.blocks(now) ? "; next attempt from this address allowed at " + state.blockedUntil() : "";
    }

    /**
     * The roles of a still usable account, for a request of an existing session: a disabled account
     * or a changed role takes effect on the next request, not at the next login.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<Role>> rolesOfUsableAccount(String username) {
        return accounts.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(a -> a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles()));
    }

    /** Whether the account's password was set by an administrator and not yet changed by its owner. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username)
                .map(UserAccount::mustChangePassword)
                .orElse(false);
    }
}
