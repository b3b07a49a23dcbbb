package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseDeepInTheCausesIsAnOutage() {
        Exception failure = new ServletException(new IllegalStateException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3999"))));
        assertTrue(DatabaseOutage.causedBy(failure));
    }

    /** As Payara reported a commit whose connection broke when MariaDB was killed (deploy/check-faults.sh). */
    @Test
    void aConnectionLostDuringTheCommitIsAnOutage() {
        SystemException commit = new SystemException();
        commit.initCause(new XAException("jakarta.resource.spi.LocalTransactionException: (conn=12) Socket error"));
        assertTrue(
                DatabaseOutage.causedBy(new EJBException("Unable to complete container-managed transaction.", commit)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new ServletException(new SQLException("Table 'x' doesn't exist"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad")));
    }
}
