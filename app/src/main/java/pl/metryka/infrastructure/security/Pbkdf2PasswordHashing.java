package pl.metryka.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import pl.metryka.application.PasswordHashing;

/** PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure for SHA-512) and a 32-byte salt. */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    @Override
    public void matchNothing(String password) {
        String hash = dummy;
        if (hash == null) {
            hash = hash(UUID.randomUUID().toString());
            dummy = hash; // a race only makes it twice
        }
        matches(password == null ? "" : password, hash);
    }

    private volatile String dummy;
}
