package pl.metryka.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.account.PasswordPolicy;
import pl.metryka.domain.shared.FieldError;

/** Common and leaked passwords are refused wherever a password is set; strong ones pass (generated ones: AdministrationRulesTest) (issue 14, item 13). */
class NbvcxzCommonPasswordsTest {

    private static final NbvcxzCommonPasswords COMMON = new NbvcxzCommonPasswords();

    @Test
    void commonPasswordsThatMeetTheLengthRulesAreRefused() {
        for (String password : List.of(
                "Password1234",
                "Qwerty123456",
                "P@ssw0rd1234",
                "Iloveyou2024",
                "Zaq12wsxcde3",
                "Haslo1234567",
                "1qaz2wsx3edc",
                "Admin123456789",
                "Kochanie2024!")) {
            assertTrue(
                    PasswordPolicy.violations("password", password, "jan.kowalski")
                            .isEmpty(),
                    password + " meets the old rules");
            List<FieldError> errors =
                    PasswordPolicy.violations("password", password, "jan.kowalski", COMMON, "Jan Kowalski");
            assertEquals(1, errors.size(), password);
            assertEquals("password", errors.get(0).field());
            assertTrue(
                    errors.get(0).message().startsWith("Hasło jest zbyt łatwe do odgadnięcia"),
                    errors.get(0).message());
        }
    }

    @Test
    void thePersonsOwnNameDoesNotMakeAPassword() {
        assertTrue(COMMON.guessable("Kowalski2024!", "jan.kowalski", "Jan Kowalski"));
    }

    @Test
    void strongPasswordsPass() {
        for (String password : List.of(
                "Poprawne-Haslo-2026", "Nowe hasło 2026 do BIP!", "Spokojna-Rzeka-Wisla-7", "kT7mQ2xPz9WbR4nE")) {
            assertEquals(
                    List.of(),
                    PasswordPolicy.violations("password", password, "jan.kowalski", COMMON, "Jan Kowalski"),
                    password);
        }
    }
}
