package pl.metryka.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return new UserAccount(
                "akowalska", "Anna Kowalska", "$hash", Set.of(Role.REDAKTOR), T0.minus(Duration.ofDays(30)));
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
    void aPasswordSetByAnAdministratorMustBeChangedByTheOwner() {
        UserAccount account = account();
        account.resetPassword("$admin-set");
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
