package pl.metryka.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/** Ed25519 signatures of tree heads and document indexes, checked with the JDK's own implementation. */
final class Signatures {

    private final PublicKey key;

    Signatures(Map<String, Object> keyJson) throws GeneralSecurityException {
        if (!"Ed25519".equals(keyJson.get("algorithm"))) {
            throw new GeneralSecurityException("unsupported key algorithm " + keyJson.get("algorithm"));
        }
        key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) keyJson.get("publicKey"))));
    }

    /** Whether the head's signature covers its signed text (docs/register-format.md) in the head's format. */
    boolean verifies(Map<String, Object> head) {
        try {
            return verifies(Canonical.signedHead(head), head.get("signature"));
        } catch (IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }

    /** Whether {@code signature} (base64) is the key's signature over the UTF-8 bytes of {@code text}. */
    boolean verifies(String text, Object signature) {
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(text.getBytes(StandardCharsets.UTF_8));
            return check.verify(Base64.getDecoder().decode((String) signature));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            return false;
        }
    }
}
