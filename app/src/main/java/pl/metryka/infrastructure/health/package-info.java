/** MicroProfile Health checks: readiness (the database) and liveness. */
package pl.metryka.infrastructure.health;
