package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.account.PasswordPolicy;
import pl.metryka.infrastructure.security.NbvcxzCommonPasswords;

/** The administration's own rules: Polish identifiers, user names, generated passwords. */
class AdministrationRulesTest {

    private static final NbvcxzCommonPasswords COMMON = new NbvcxzCommonPasswords();

    @Test
    void nipAndRegonAreCheckedByTheirControlDigits() {
        assertTrue(SiteAdministration.validNip("6372016437"));
        assertFalse(SiteAdministration.validNip("6372016438"));
        assertFalse(SiteAdministration.validNip("1234567890"));
        assertFalse(SiteAdministration.validNip("637201643"));
        assertTrue(SiteAdministration.validRegon("000532719"));
        assertFalse(SiteAdministration.validRegon("000532718"));
        assertTrue(SiteAdministration.validRegon("12345678512347"));
        assertFalse(SiteAdministration.validRegon("12345678512348"));
        assertFalse(SiteAdministration.validRegon("0005327190"));
    }

    @Test
    void userNamesAreLowerCaseAsciiOfThreeToFiftyCharacters() {
        assertTrue(AccountAdministration.USERNAME.matcher("jan.kowalski").matches());
        assertTrue(AccountAdministration.USERNAME.matcher("a_b-1").matches());
        assertFalse(AccountAdministration.USERNAME.matcher("ab").matches());
        assertFalse(AccountAdministration.USERNAME.matcher("Jan").matches());
        assertFalse(AccountAdministration.USERNAME.matcher("łukasz").matches());
        assertFalse(AccountAdministration.USERNAME.matcher(".kropka").matches());
        assertFalse(AccountAdministration.USERNAME.matcher("a".repeat(51)).matches());
    }

    @Test
    void generatedPasswordsPassThePolicyAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = AccountAdministration.generated();
            assertEquals(16, password.length());
            assertEquals(
                    0,
                    PasswordPolicy.violations("password", password, "jan.kowalski", COMMON, "Jan Kowalski")
                            .size(),
                    password);
            assertTrue(seen.add(password));
        }
    }
}
