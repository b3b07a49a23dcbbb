package pl.metryka.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pl.metryka.application.AuditTrail;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.domain.shared.Moment;

/**
 * Checks a user name and password against the accounts, counting failures: the fifth wrong
 * password in a row locks the account for 15 minutes. Every failure is written to the audit log.
 *
 * <p>No transaction of its own: the count ({@link FailedLogins}) and the audit record
 * ({@link AuditTrail}) each commit in a short transaction of their own, one after the other, so
 * that neither waits for the other's connection and a refused request cannot roll either back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginAttempts {

    @Inject
    private UserAccountRepository accounts;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private AuditTrail audit;
    @Inject
    private VerifiedCredentials verified;
    @Inject
    private FailedLogins counter;
    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    /** A login that succeeded: the account's own spelling of its name, and its roles. */
    public record Verified(String username, Set<Role> roles) {
    }

    /**
     * The account when the password is right and the account usable; empty otherwise. Every refusal
     * costs one password hash, as a wrong password does, so the time taken does not tell whether a
     * name is an account (unknown user 5-16 ms against 203-241 ms before). Failures of an account are
     * audited under the account's own name (logins are case-insensitive), unknown names as typed.
     */
    public Optional<Verified> check(String username, String password, String remoteAddress) {
        Instant now = Moment.now();
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            audit.record(username, "LOGIN", Outcome.FAILURE, null, "unknown user", remoteAddress);
            return Optional.empty();
        }
        UserAccount account = found.get();
        String name = account.username();
        if (!account.enabled()) {
            passwords.matchNothing(password);
            audit.record(name, "LOGIN", Outcome.FAILURE, null, "account disabled", remoteAddress);
            return Optional.empty();
        }
        if (account.isLocked(now)) {
            passwords.matchNothing(password);
            audit.record(name, "LOGIN", Outcome.FAILURE, null, "account locked until " + account.lockedUntil(), remoteAddress);
            return Optional.empty();
        }
        boolean recentlyVerified = verified.wasVerified(name, password, account.passwordHash(), now);
        if (!recentlyVerified && !passwords.matches(password, account.passwordHash())) {
            boolean locked = counter.count(account.id(), now);
            audit.record(name, "LOGIN", Outcome.FAILURE, null,
                    locked ? "wrong password; account locked for 15 minutes" : "wrong password", remoteAddress);
            return Optional.empty();
        }
        if (!recentlyVerified) {
            verified.remember(name, password, account.passwordHash(), now);
        }
        if (account.lockedUntil() != null || hasFailures(account)) {
            counter.clear(account.id());
        }
        return Optional.of(new Verified(name,
                account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles())));
    }

    /**
     * Whether a login form should say "locked" for this name: the account is locked, or — so that
     * the answer never tells whether an account exists — the name, known or not, has had
     * {@link UserAccount#MAX_FAILED_LOGINS} failures within the lockout period.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean lockedOut(String username) {
        Instant now = Moment.now();
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isPresent()) {
            return found.get().isLocked(now);
        }
        Number failures = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN' AND outcome = 'FAILURE' AND at > ?")
                .setParameter(1, username)
                .setParameter(2, java.time.LocalDateTime.ofInstant(now.minus(UserAccount.LOCKOUT), java.time.ZoneOffset.UTC))
                .getSingleResult();
        return failures.longValue() >= UserAccount.MAX_FAILED_LOGINS;
    }

    /**
     * The roles of a still usable account, for a request of an existing session: a disabled account
     * or a changed role takes effect on the next request, not at the next login.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<Role>> rolesOfUsableAccount(String username) {
        return accounts.findByUsername(username)
                .filter(UserAccount::enabled)
                .filter(a -> !a.isLocked(Moment.now()))
                .map(a -> a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles()));
    }

    /** Whether the account's password was set by an administrator and not yet changed by its owner. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return accounts.findByUsername(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    private static boolean hasFailures(UserAccount account) {
        return account.failedLogins() > 0;
    }
}
