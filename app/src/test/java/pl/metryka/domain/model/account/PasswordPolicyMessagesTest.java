package pl.metryka.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.FieldError;

/**
 * The password rules (the administrator's reset and everyone's own change) name their messages by
 * key: the API keeps the Polish text it always gave, a page with {@code ?lang=en} shows English.
 */
class PasswordPolicyMessagesTest {

    private static final CommonPasswords NONE = (password, ownWords) -> false;
    private static final CommonPasswords ALL = (password, ownWords) -> true;

    @Test
    void aTooShortPasswordIsRefusedInPolishForTheApiAndInEnglishForAnEnglishPage() {
        List<FieldError> errors = PasswordPolicy.violations("password", "kot1", "jan.kowalski", NONE, "Jan Kowalski");
        FieldError first = errors.get(0);
        assertEquals("password", first.field());
        assertEquals("password.tooShort", first.key());
        assertEquals("Hasło musi mieć co najmniej 12 znaków.", first.message());
        assertEquals("The password must have at least 12 characters.", first.message(Locale.ENGLISH));
    }

    @Test
    void everyRuleKeepsItsPolishTextAndHasAnEnglishOne() {
        assertEquals(List.of("Nowe hasło jest wymagane."), polish(PasswordPolicy.violations("p", "", "jan", NONE)));
        assertEquals(
                List.of("A new password is required."), english(PasswordPolicy.violations("p", null, "jan", NONE)));
        assertEquals(
                List.of("Hasło może mieć najwyżej 200 znaków."),
                polish(PasswordPolicy.violations("p", "ab1" + "x".repeat(200), "jan", NONE)));
        assertEquals(
                List.of("Hasło musi zawierać litery oraz co najmniej jedną cyfrę lub inny znak."),
                polish(PasswordPolicy.violations("p", "abcdefghijklmn", "jan", NONE)));
        assertEquals(
                List.of("Hasło nie może zawierać nazwy użytkownika."),
                polish(PasswordPolicy.violations("p", "xjan.kowalski7", "jan.kowalski", NONE)));
        assertEquals(
                List.of("Hasło jest zbyt przewidywalne: użyj więcej różnych znaków."),
                polish(PasswordPolicy.violations("p", "aaaaaaaaaaa1", "jan", NONE)));
        assertEquals(
                List.of("The password is too predictable: use more different characters."),
                english(PasswordPolicy.violations("p", "aaaaaaaaaaa1", "jan", NONE)));
        List<FieldError> guessable = PasswordPolicy.violations("p", "Password1234!", "jan", ALL);
        assertEquals(
                List.of("Hasło jest zbyt łatwe do odgadnięcia: jest na liście popularnych lub wykradzionych haseł "
                        + "albo powstaje z popularnych słów, imion, dat lub sekwencji klawiszy (jak „Password1234”). "
                        + "Wybierz dłuższe hasło, np. kilka niepowiązanych ze sobą słów."),
                polish(guessable));
        assertEquals("password.guessable", guessable.get(0).key());
    }

    private static List<String> polish(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    private static List<String> english(List<FieldError> errors) {
        return errors.stream().map(e -> e.message(Locale.ENGLISH)).toList();
    }
}
