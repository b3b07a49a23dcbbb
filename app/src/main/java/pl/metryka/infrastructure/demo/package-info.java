/** Demo data for the embedded default: never loaded when an external database is configured. */
package pl.metryka.infrastructure.demo;
