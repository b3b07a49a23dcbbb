/**
 * Use-case services: publishing (draft, publish, schedule, amend, withdraw, archive), the
 * change register and its verification, visit counting, reading the catalogue, the audit trail,
 * and the bulk import of documents from another BIP with their original history ({@code ImportService}).
 * Each runs in a transaction and checks roles on the server.
 */
package pl.metryka.application;
