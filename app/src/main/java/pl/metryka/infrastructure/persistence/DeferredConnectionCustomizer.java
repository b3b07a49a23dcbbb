package pl.metryka.infrastructure.persistence;

import java.util.Map;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the application deploy while the database is away. Payara creates an EntityManager at
 * deployment, and EclipseLink's external connection pools then insist on one live connection;
 * without it the deployment fails and the server serves 404 until restarted. With this
 * customizer the pools start without a connection and connect on first use (which EclipseLink
 * does anyway for external pools), so readiness reports an outage and the application recovers
 * by itself.
 */
public class DeferredConnectionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        // EclipseLink retries a query whose connection failed, up to 3 times 5 s apart: while the
        // database is down every request then hangs 5-15 s before its 503. Payara validates each
        // connection it hands out, so a retry never finds a live connection the first try missed.
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
        // the pools are final only just before login, so they are swapped then
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preLogin(SessionEvent event) {
                if (event.getSession() instanceof ServerSession server) {
                    deferPools(server);
                }
            }
        });
    }

    private static void deferPools(ServerSession server) {
        if (!server.getDatasourceLogin().shouldUseExternalConnectionPooling()) {
            return;
        }
        server.setReadConnectionPool(deferred(server.getReadConnectionPool(), server));
        for (Map.Entry<String, ConnectionPool> pool :
                Map.copyOf(server.getConnectionPools()).entrySet()) {
            server.getConnectionPools().put(pool.getKey(), deferred(pool.getValue(), server));
        }
    }

    private static ConnectionPool deferred(ConnectionPool pool, ServerSession server) {
        return pool instanceof DeferredPool ? pool : new DeferredPool(pool.getName(), server);
    }

    /** An external pool that needs no database to start. */
    static final class DeferredPool extends ExternalConnectionPool {

        DeferredPool(String name, ServerSession owner) {
            super(name, owner.getDatasourceLogin(), owner);
        }

        /** Unlike the original, does not open (and insist on) a connection here. */
        @Override
        public synchronized void startUp() {
            setCachedConnection(new NotYetConnected(getLogin(), this));
            setIsConnected(true);
        }
    }

    /**
     * An accessor that has never connected: EclipseLink connects it from the external pool on first call.
     *
     * <p>It must nevertheless say it is connected, as the accessor the original pool connects at
     * start-up does (and every accessor handed out is a clone of it). With
     * {@code eclipselink.jdbc.batch-writing=JDBC} an UPDATE, or an INSERT without a generated key,
     * is only appended to the batch, which opens no connection; at commit
     * {@code DatabaseAccessor.writesCompleted} runs the batch only {@code if (isConnected && ...)}.
     * Without the flag below a transaction whose first statement on the write connection was such a
     * write silently dropped it: with {@code eclipselink.logging.level.sql=FINE} a changed
     * {@code UserAccount} showed its SELECT and no UPDATE at all, and a persisted {@code AuditReview}
     * no INSERT (AccountPersistenceIT). That is the "EclipseLink issued no UPDATE" that had the account
     * and audit review repositories write hand-made SQL; entities with an IDENTITY key or code that
     * called {@code flush()} after a direct statement happened to connect the accessor first.
     */
    static final class NotYetConnected extends DatabaseAccessor {
        NotYetConnected(Login login, ConnectionPool pool) {
            // what DatasourceAccessor.connect sets; the connection itself comes from the pool on first call
            setLogin(login);
            setDatasourcePlatform((DatasourcePlatform) login.getDatasourcePlatform());
            this.usesExternalConnectionPooling = true;
            setIsConnected(true);
            setPool(pool);
        }
    }
}
