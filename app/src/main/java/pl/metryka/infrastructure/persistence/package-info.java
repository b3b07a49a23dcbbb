/** The data source, schema migrations (Flyway over {@code schema/}) and the readiness event. */
package pl.metryka.infrastructure.persistence;
