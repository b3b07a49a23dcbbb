package pl.metryka.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    private static UserAccount account() {
        return new UserAccount("akowalska", "Anna Kowalska", "$hash", Set.of(Role.REDAKTOR), T0.minus(Duration.ofDays(30)));
    }

    /** Fails {@code times} times, one minute apart from {@code start}; returns the moment of the last failure. */
    private static Instant fail(UserAccount account, int times, Instant start) {
        Instant at = start;
        for (int i = 0; i < times; i++) {
            at = start.plus(Duration.ofMinutes(i));
            assertFalse(account.recordFailedLogin(at), "failure " + (i + 1) + " must not lock");
        }
        return at;
    }

    @Test
    void theRulesAreFiveFailuresAndFifteenMinutes() {
        assertEquals(5, UserAccount.MAX_FAILED_LOGINS);
        assertEquals(Duration.ofMinutes(15), UserAccount.LOCKOUT);
    }

    @Test
    void aNewAccountIsNotLocked() {
        UserAccount account = account();

        assertFalse(account.isLocked(T0));
        assertEquals(0, account.failedLogins());
        assertNull(account.lockedUntil());
        assertTrue(account.enabled());
    }

    @Test
    void fourFailuresDoNotLock() {
        UserAccount account = account();

        Instant last = fail(account, 4, T0);

        assertEquals(4, account.failedLogins());
        assertFalse(account.isLocked(last));
        assertNull(account.lockedUntil());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesFromThatFailure() {
        UserAccount account = account();
        Instant fourth = fail(account, 4, T0);
        Instant fifth = fourth.plusSeconds(30);

        assertTrue(account.recordFailedLogin(fifth));

        assertEquals(fifth.plus(Duration.ofMinutes(15)), account.lockedUntil());
        assertTrue(account.isLocked(fifth));
        assertTrue(account.isLocked(fifth.plus(Duration.ofMinutes(15)).minusMillis(1)));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        UserAccount account = account();
        Instant fourth = fail(account, 4, T0);
        Instant fifth = fourth.plusSeconds(1);
        account.recordFailedLogin(fifth);

        assertFalse(account.isLocked(fifth.plus(Duration.ofMinutes(15))));
        assertFalse(account.isLocked(fifth.plus(Duration.ofMinutes(16))));
        assertFalse(account.isLocked(fifth.plus(Duration.ofDays(1))));
    }

    @Test
    void afterALockTheCountStartsAgain() {
        UserAccount account = account();
        fail(account, 4, T0);
        Instant fifth = T0.plus(Duration.ofMinutes(5));
        account.recordFailedLogin(fifth);
        Instant afterLock = fifth.plus(Duration.ofMinutes(20));

        assertEquals(0, account.failedLogins());
        assertFalse(account.recordFailedLogin(afterLock));
        assertFalse(account.isLocked(afterLock));
        assertEquals(1, account.failedLogins());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount account = account();
        fail(account, 4, T0);

        account.recordSuccessfulLogin();

        assertEquals(0, account.failedLogins());
        Instant later = T0.plus(Duration.ofHours(1));
        Instant fourthAgain = fail(account, 4, later);
        assertFalse(account.isLocked(fourthAgain));
        assertTrue(account.recordFailedLogin(fourthAgain.plusSeconds(1)));
        assertTrue(account.isLocked(fourthAgain.plusSeconds(1)));
    }

    @Test
    void aSuccessfulLoginClearsALock() {
        UserAccount account = account();
        fail(account, 4, T0);
        Instant fifth = T0.plus(Duration.ofMinutes(4));
        account.recordFailedLogin(fifth);

        account.recordSuccessfulLogin();

        assertNull(account.lockedUntil());
        assertFalse(account.isLocked(fifth));
    }

    @Test
    void rolesAreCopiedInAndOut() {
        Set<Role> roles = new HashSet<>(Set.of(Role.REDAKTOR));
        UserAccount account = new UserAccount("u", "U", "h", roles, T0);

        roles.add(Role.ADMINISTRATOR);

        assertEquals(Set.of(Role.REDAKTOR), account.roles());
        assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.AUDYTOR));
        assertEquals(Set.of(), new UserAccount("u", "U", "h", EnumSet.noneOf(Role.class), T0).roles());
    }

    @Test
    void anAccountCanBeDisabledAndEnabledAndItsPasswordChanged() {
        UserAccount account = account();

        account.disable();
        assertFalse(account.enabled());
        account.enable();
        assertTrue(account.enabled());
        account.changePasswordHash("$new");
        assertEquals("$new", account.passwordHash());
    }

    @Test
    void aPasswordSetByAnAdministratorEndsALockoutAndMustBeChangedByTheOwner() {
        UserAccount account = account();
        fail(account, 4, T0);
        assertTrue(account.recordFailedLogin(T0.plus(Duration.ofMinutes(5))));
        account.resetPassword("$admin-set");
        assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(6))));
        assertEquals(0, account.failedLogins());
        assertTrue(account.mustChangePassword());
        assertEquals("$admin-set", account.passwordHash());
        account.changePasswordHash("$own");
        assertFalse(account.mustChangePassword());
    }

    @Test
    void rolesAreReplacedAsAWhole() {
        UserAccount account = account();
        account.grant(EnumSet.of(Role.AUDYTOR, Role.REDAKTOR_NACZELNY));
        assertEquals(Set.of(Role.AUDYTOR, Role.REDAKTOR_NACZELNY), account.roles());
        account.grant(Set.of());
        assertTrue(account.roles().isEmpty());
    }
}
