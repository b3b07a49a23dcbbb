/**
 * Use-case services: publishing (draft, publish, schedule, amend, withdraw, archive), the
 * change register and its verification, visit counting, reading the catalogue, the audit trail.
 * Each runs in a transaction and checks roles on the server.
 */
package pl.metryka.application;
