/**
 * The change register (rejestr zmian): an append-only, hash-chained list of every state change.
 * RegisterEntry is the aggregate; RegisterHead is the locked end of the chain.
 */
package pl.metryka.domain.model.register;
