package pl.metryka.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/** Ed25519 signatures of tree heads, checked with the JDK's own implementation. */
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
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(Canonical.signedHead(head).getBytes(StandardCharsets.UTF_8));
            return check.verify(Base64.getDecoder().decode((String) head.get("signature")));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }
}
