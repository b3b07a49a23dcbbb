/**
 * The offline verifier ({@code target/metryka-verifier.jar}): checks a Metryka register from its
 * public API or from an exported bundle, with its own JSON, canonical form, hashing, Merkle and
 * Ed25519 code on the JDK alone, so an auditor need not trust the server's code.
 */
package pl.metryka.verifier;
