package pl.metryka.application;

/** CDI event: the schema is migrated and the database answers; JPA may now be used. */
public record SchemaReady() {}
