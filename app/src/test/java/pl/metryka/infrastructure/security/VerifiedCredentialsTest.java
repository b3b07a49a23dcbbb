package pl.metryka.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aVerifiedPasswordIsRememberedOnlyForTheSameStoredHashAndOnlyForAWhile() {
        VerifiedCredentials credentials = new VerifiedCredentials();
        assertFalse(credentials.wasVerified("naczelny", "tajne-haslo-1", "hash-1", NOW), "nothing verified yet");
        credentials.remember("naczelny", "tajne-haslo-1", "hash-1", NOW);

        assertTrue(credentials.wasVerified("naczelny", "tajne-haslo-1", "hash-1", NOW.plusSeconds(60)));
        assertFalse(credentials.wasVerified("naczelny", "tajne-haslo-2", "hash-1", NOW), "another password");
        assertFalse(credentials.wasVerified("redaktor", "tajne-haslo-1", "hash-1", NOW), "another user");
        assertFalse(
                credentials.wasVerified("naczelny", "tajne-haslo-1", "hash-2", NOW), "the password was changed since");
        assertFalse(
                credentials.wasVerified("naczelny", "tajne-haslo-1", "hash-1", NOW.plus(VerifiedCredentials.TTL)),
                "expired");
    }

    @Test
    void theUserNameAndPasswordCannotBeShiftedIntoEachOther() {
        VerifiedCredentials credentials = new VerifiedCredentials();
        credentials.remember("ab", "c", "h", NOW);
        assertFalse(credentials.wasVerified("a", "bc", "h", NOW));
    }
}
