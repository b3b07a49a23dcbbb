package pl.metryka.application;

/**
 * Whether the database schema is migrated and usable. A port, asked by timers that may fire before
 * the schema is ready: asking each time does not depend on having received the {@link SchemaReady}
 * event, which is delivered once and to no later observer when an earlier one fails.
 */
public interface SchemaState {

    boolean isReady();
}
