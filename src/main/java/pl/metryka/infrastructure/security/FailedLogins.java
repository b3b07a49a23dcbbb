package pl.metryka.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import pl.metryka.domain.model.account.UserAccountRepository;

/**
 * The failure counter of accounts, each change in a short transaction of its own: it commits (and
 * releases its row lock and connection) before the attempt is audited, so a burst of parallel
 * guesses never holds two connections per guess or waits on itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FailedLogins {

    @Inject
    private UserAccountRepository accounts;

    /** @return true when this failure locked the account */
    public boolean count(long accountId, Instant now) {
        return accounts.countFailedLogin(accountId, now);
    }

    public void clear(long accountId) {
        accounts.clearFailedLogins(accountId);
    }
}
