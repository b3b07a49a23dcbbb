package pl.metryka.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    long count();

    /** Every account, by user name. */
    java.util.List<UserAccount> all();

    void store(UserAccount account);

    /**
     * Counts one wrong password atomically, whatever runs in parallel; the
     * {@link UserAccount#MAX_FAILED_LOGINS}th locks the account for {@link UserAccount#LOCKOUT}.
     * A locked account is not counted.
     *
     * @return true when this failure locked the account
     */
    boolean countFailedLogin(long accountId, java.time.Instant now);

    /** A successful login: failures forgotten, any expired lock cleared. */
    void clearFailedLogins(long accountId);
}
