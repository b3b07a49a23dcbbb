package pl.metryka.application.tlog;

/**
 * The installation's Ed25519 key: it signs tree heads, document indexes and C2SP checkpoints, and
 * its public half is published so anyone can check them. A port: where the key comes from (the
 * configuration or the data folder) is infrastructure's business.
 */
public interface RegisterKey {

    /** The public key as X.509 SubjectPublicKeyInfo (DER), the raw 32-byte key being its last 32 bytes. */
    byte[] publicKeySpki();

    /** The Ed25519 (RFC 8032, deterministic) signature over {@code message}. */
    byte[] signature(byte[] message);

    /** Base64 of the Ed25519 signature over the UTF-8 bytes of {@code text}. */
    String sign(String text);

    /** Whether {@code signatureBase64} is this key's signature over {@code text}. */
    boolean signed(String text, String signatureBase64);

    /** The public key, X.509 SubjectPublicKeyInfo, base64. */
    String publicKeyBase64();
}
