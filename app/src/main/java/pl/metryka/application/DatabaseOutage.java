package pl.metryka.application;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable) rather than a
 * bug: then every caller answers 503 "temporarily unavailable" with Retry-After, the same for the
 * API, the pages and the login, and the readiness check reports the outage.
 *
 * <p>A connection that breaks during the commit surfaces only as the transaction manager's
 * {@code SystemException} / {@code XAException} (the pool is local, not XA, so the resource that
 * failed is the database connection); the change is then either whole in the database or not there
 * at all, which the client learns by retrying.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof XAException
                    || t instanceof SystemException
                    || String.valueOf(t.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}
