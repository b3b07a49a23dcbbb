package pl.metryka.launcher;

import static pl.metryka.launcher.EmbeddedMariaDb.APP_ROLE;
import static pl.metryka.launcher.EmbeddedMariaDb.DATABASE;
import static pl.metryka.launcher.EmbeddedMariaDb.MIGRATION_USER;
import static pl.metryka.launcher.EmbeddedMariaDb.USER;
import static pl.metryka.launcher.EmbeddedMariaDb.literal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mariadb.jdbc.Driver;

/**
 * The embedded server's accounts, set at every start by root: the same as
 * {@code deploy/mariadb/setup.sh} makes on an external server. Anything else that can log in
 * (the anonymous accounts and the socket-authenticated ones mariadb-install-db creates, or a
 * data folder's accounts from before) is dropped; the application's account of a data folder
 * from before loses its rights to everything (it used to have ALL on the database) and keeps
 * only the role; the guard triggers it defined then are given to the migration account, since a
 * trigger runs with the rights of its definer.
 */
final class EmbeddedAccounts {

    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1");
    /** ER_NONEXISTING_GRANT, ER_NONEXISTING_TABLE_GRANT: nothing to take away. */
    private static final Set<Integer> NOTHING_GRANTED = Set.of(1141, 1147);
    /**
     * A trigger's DEFINER clause: user@host, or a user alone (how MariaDB writes an empty host:
     * {@code DEFINER=``} for the user of a server that skipped the grant tables).
     */
    private static final Pattern DEFINER = Pattern.compile(
            "DEFINER\\s*=\\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\\s@]+)(?:@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\\S+))?");

    private EmbeddedAccounts() {}

    static void apply(String rootUrl, String rootPassword, String password, String migrationPassword)
            throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "root");
        login.setProperty("password", rootPassword);
        try (Connection c = new Driver().connect(rootUrl, login);
                Statement s = c.createStatement()) {
            dropStrangers(s);
            s.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE ROLE IF NOT EXISTS " + APP_ROLE);
            s.execute("GRANT SELECT ON `" + DATABASE + "`.* TO " + APP_ROLE);
            for (String host : HOSTS) {
                String app = account(USER, host);
                s.execute("CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY " + literal(password));
                s.execute("ALTER USER " + app + " IDENTIFIED BY " + literal(password));
                revokeAll(s, app);
                s.execute("GRANT " + APP_ROLE + " TO " + app);
                s.execute("SET DEFAULT ROLE " + APP_ROLE + " FOR " + app);
                String migration = account(MIGRATION_USER, host);
                s.execute("CREATE USER IF NOT EXISTS " + migration + " IDENTIFIED BY " + literal(migrationPassword));
                s.execute("ALTER USER " + migration + " IDENTIFIED BY " + literal(migrationPassword));
                s.execute("GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + migration + " WITH GRANT OPTION");
                // after a redaction the redo log is replaced by an online resize (RedactionAftercare),
                // a global variable: on this server only, the schema's owner may set it
                s.execute("GRANT SUPER ON *.* TO " + migration);
            }
            giveTriggersToMigrationAccount(c, s);
        }
    }

    private static String account(String user, String host) {
        return literal(user) + "@" + literal(host);
    }

    private static void dropStrangers(Statement s) throws SQLException {
        List<String> strangers = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.user WHERE is_role = 'N'")) {
            while (rs.next()) {
                String user = rs.getString(1);
                String host = rs.getString(2);
                boolean ours = Set.of("root", USER, MIGRATION_USER).contains(user) && HOSTS.contains(host)
                        || "mariadb.sys".equals(user)
                                && "localhost".equals(host); // owns the system views; cannot log in
                if (!ours) {
                    strangers.add(account(user, host));
                }
            }
        }
        for (String stranger : strangers) {
            s.execute("DROP USER " + stranger);
        }
    }

    private static void revokeAll(Statement s, String account) throws SQLException {
        try {
            s.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + account);
        } catch (SQLException e) {
            if (!NOTHING_GRANTED.contains(e.getErrorCode())) {
                throw e;
            }
        }
    }

    /**
     * Recreates, in their order, the triggers of the database that another account defined (the
     * application's, when Flyway ran as the application), with the migration account as definer.
     */
    private static void giveTriggersToMigrationAccount(Connection c, Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TRIGGER_NAME, DEFINER FROM information_schema.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = '" + DATABASE + "'"
                + " ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER")) {
            while (rs.next()) {
                if (!rs.getString(2).startsWith(MIGRATION_USER + "@")) {
                    names.add(rs.getString(1));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        c.setCatalog(DATABASE);
        String originalMode = null;
        try (ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            originalMode = rs.getString(1);
        }
        for (String name : names) {
            String mode;
            String statement;
            try (ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER `" + name.replace("`", "``") + "`")) {
                rs.next();
                mode = rs.getString("sql_mode");
                statement = rs.getString("SQL Original Statement");
            }
            Matcher definer = DEFINER.matcher(statement);
            if (!definer.find()) {
                throw new IllegalStateException("Cannot read the definer of trigger " + name + ": " + statement);
            }
            String owned = statement.substring(0, definer.start()) + "DEFINER=`" + MIGRATION_USER + "`@`localhost`"
                    + statement.substring(definer.end());
            s.execute("SET SESSION sql_mode = " + literal(mode));
            s.execute("DROP TRIGGER `" + name.replace("`", "``") + "`");
            try {
                s.execute(owned);
            } catch (SQLException e) {
                s.execute(statement); // the guard back as it was
                throw e;
            }
        }
        s.execute("SET SESSION sql_mode = " + literal(originalMode));
        System.out.println("  Embedded MariaDB: " + names.size() + " trigger(s) now defined by " + MIGRATION_USER);
    }
}
