/**
 * The change register (rejestr zmian): an append-only, hash-chained list of every state change.
 * RegisterEntry is the aggregate; RegisterHead is the locked end of the chain. The Merkle* classes
 * build an RFC 9162 (Certificate Transparency) Merkle tree over the entries' leaf hashes.
 */
package pl.metryka.domain.model.register;
