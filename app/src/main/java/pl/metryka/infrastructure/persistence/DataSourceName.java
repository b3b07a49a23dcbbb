package pl.metryka.infrastructure.persistence;

/** The JNDI name of the application's data source, which {@link DatabaseMigration} defines. */
public final class DataSourceName {

    public static final String JNDI_NAME = "java:app/jdbc/metryka";

    private DataSourceName() {}
}
