package pl.metryka.application.tlog;

/** The installation's Ed25519 key (the one that signs tree heads), as the checkpoint signer needs it. */
public interface LogKey {

    /** The public key as X.509 SubjectPublicKeyInfo (DER), the raw 32-byte key being its last 32 bytes. */
    byte[] publicKeySpki();

    /** The Ed25519 (RFC 8032, deterministic) signature over {@code message}. */
    byte[] signature(byte[] message);
}
