package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a user name and password were checked against a stored hash,
 * so that an API client sending HTTP Basic on every request does not pay a PBKDF2 hashing (about a
 * third of a second) each time. Only successes are remembered, keyed by an HMAC of the credentials
 * under a random key of this process (never the password itself), and a hit counts only while the
 * account still has the same stored hash — so a password change or reset takes effect at once;
 * disabled accounts and addresses that must wait are refused before this is asked.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 1000;

    private record Verified(String storedHash, Instant until) {}

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether these credentials were verified against exactly this stored hash within the last few minutes. */
    public synchronized boolean wasVerified(String username, String password, String storedHash, Instant now) {
        Verified entry = verified.get(fingerprint(username, password));
        return entry != null && entry.storedHash().equals(storedHash) && now.isBefore(entry.until());
    }

    public synchronized void remember(String username, String password, String storedHash, Instant now) {
        verified.put(fingerprint(username, password), new Verified(storedHash, now.plus(TTL)));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
