package pl.metryka.launcher;

import java.sql.DriverManager;

/**
 * A Java agent for the Payara Micro JVM ({@code -javaagent:metryka.jar}): it loads the JDK's JDBC
 * drivers before Payara starts, so that no deployment does it inside the WAR's class loader.
 *
 * <p>Without it the console showed, at every start, "The web application [unknown] registered the
 * JDBC driver [org.mariadb.jdbc.Driver] but failed to unregister it when the web application was
 * stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered." Nothing of
 * ours had registered it. While it deploys the WAR, Payara (6.2025.10) discards the temporary class
 * loader it used to prepare the deployment, and its leak check ({@code WebappClassLoader.stop},
 * {@code clearReferencesJdbc}) calls {@code DriverManager.getDrivers()}. That was the first use of
 * DriverManager in the JVM, which then looks for drivers ({@code ServiceLoader}) with the thread's
 * context class loader, the very loader being discarded: it found MariaDB Connector/J in the WAR's
 * WEB-INF/lib, registered it, and the check unregistered it at once and warned. (A stack trace of
 * the driver's loading, taken with a class-loading agent, showed exactly that chain.) Once
 * DriverManager has looked for its drivers, here with the JVM's own class path, where there is no
 * driver, it never looks again. The application does not use DriverManager: it connects through
 * Connector/J's data source and {@code Driver.connect}.
 */
public final class DriverManagerFirst {

    private DriverManagerFirst() {}

    public static void premain(String arguments) {
        DriverManager.getDrivers();
    }
}
