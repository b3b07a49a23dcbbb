/** Cryptography of the verifiable register: the installation's Ed25519 key that signs tree heads. */
package pl.metryka.infrastructure.crypto;
