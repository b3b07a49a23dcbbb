package pl.metryka.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB Connector/J as a plain (non-XA) {@link DataSource}. MariaDbDataSource is also an
 * XADataSource, so Payara would build an XA pool, and an XA pool refuses a connection that was
 * used outside a global transaction (EclipseLink's lazy loading after a request's transaction)
 * with XAER_OUTSIDE. One database needs no two-phase commit; local transactions are enough.
 * Payara sets the properties below by reflection from the data source definition.
 */
public class LocalMariaDbDataSource implements DataSource {

    private final MariaDbDataSource delegate = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        delegate.setUrl(url);
    }

    public String getUrl() {
        return delegate.getUrl();
    }

    public void setUser(String user) throws SQLException {
        delegate.setUser(user);
    }

    public String getUser() {
        return delegate.getUser();
    }

    public void setPassword(String password) throws SQLException {
        delegate.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
