package pl.metryka.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the suite's MariaDB, for what no API may do: inspecting and tampering. */
public final class DirectSql {

    private DirectSql() {}

    /** As the database's administrator (the embedded server's root): what a DBA, or an attacker with a DBA's rights, could do. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty(SuiteEnvironment.URL),
                System.getProperty(SuiteEnvironment.ADMIN_USER),
                System.getProperty(SuiteEnvironment.ADMIN_PASSWORD));
    }

    /** As the application's own account: only what its role was granted. */
    public static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty(SuiteEnvironment.URL),
                System.getProperty(SuiteEnvironment.USER),
                System.getProperty(SuiteEnvironment.PASSWORD));
    }

    public static long count(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code tampering} the way an attacker with database administration rights would: with
     * the immutability triggers dropped and foreign keys unchecked, then restored as they were.
     */
    public static void withoutGuards(SqlWork tampering) {
        try (Connection c = connect()) {
            List<String> definitions = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW TRIGGERS")) {
                while (rs.next()) {
                    names.add(rs.getString("Trigger"));
                }
            }
            for (String name : names) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER " + name)) {
                    rs.next();
                    definitions.add(rs.getString("SQL Original Statement").replaceFirst("DEFINER=\\S+ ", ""));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER " + name);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            try {
                tampering.run(c);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                for (String definition : definitions) {
                    try (Statement s = c.createStatement()) {
                        s.execute(definition);
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not restore: " + definition, e);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code check} while the actor of register entry {@code seq} has its last letter changed
     * to X behind the guards (one changed byte of a hashed field), and puts it back however the
     * check ends.
     */
    public static void withActorChanged(long seq, SqlWork check) {
        String actor = string("SELECT actor FROM register_entry WHERE seq = ?", seq);
        withoutGuards(c -> {
            update(
                    c,
                    "UPDATE register_entry SET actor = ? WHERE seq = ?",
                    actor.substring(0, actor.length() - 1) + "X",
                    seq);
            try {
                check.run(c);
            } finally {
                update(c, "UPDATE register_entry SET actor = ? WHERE seq = ?", actor, seq);
            }
        });
    }

    /**
     * Runs {@code check} while revision 1 of document {@code id} has "100 zł" in its body changed to
     * "900 zł" behind the guards (one changed byte of a published revision), and puts it back
     * however the check ends.
     */
    public static void withFirstRevisionChanged(long id, SqlWork check) {
        String change = "UPDATE revision SET body = REPLACE(body, ?, ?) WHERE document_id = ? AND number = 1";
        withoutGuards(c -> {
            if (update(c, change, "100 zł", "900 zł", id) != 1) {
                throw new IllegalStateException("revision 1 of document " + id + " was not changed");
            }
            try {
                check.run(c);
            } finally {
                update(c, change, "900 zł", "100 zł", id);
            }
        });
    }

    /** SQL work on one connection. */
    public interface SqlWork {
        void run(Connection connection) throws Exception;
    }

    /** One statement on the connection {@code c}, e.g. inside {@link #withoutGuards}; the number of rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    /** Every column of the register entry {@code seq}, in the table's order: what INSERT ... VALUES needs to put it back. */
    public static Object[] registerEntry(Connection c, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM register_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
