package pl.metryka.interfaces.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageFilterTest {

    @Test
    void anUnreachableDatabaseDeepInTheCausesIsAnOutage() {
        Exception failure = new ServletException(new IllegalStateException(
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated",
                        new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3999"))));
        assertTrue(DatabaseOutageFilter.isDatabaseOutage(failure));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutageFilter.isDatabaseOutage(new ServletException(new SQLException("Table 'x' doesn't exist"))));
        assertFalse(DatabaseOutageFilter.isDatabaseOutage(new IllegalArgumentException("bad")));
    }
}
