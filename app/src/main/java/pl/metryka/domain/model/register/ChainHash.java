package pl.metryka.domain.model.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import pl.metryka.domain.shared.Sha256;

/** {@code hash = SHA-256(prevHash ‖ canonical entry)}, with prevHash as its 32 raw bytes. */
public final class ChainHash {

    private ChainHash() {}

    public static String of(String prevHash, String canonicalEntry) {
        MessageDigest digest = Sha256.digest();
        digest.update(HexFormat.of().parseHex(prevHash));
        digest.update(canonicalEntry.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
