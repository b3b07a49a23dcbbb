package pl.metryka.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.metryka.domain.shared.FieldError;

/**
 * The password rules (the administrator's reset and everyone's own change) name their messages by
 * key: the API keeps the Polish text it always gave, a page with {@code ?lang=en} shows English.
 */
class PasswordPolicyMessagesTest {

    private static final CommonPasswords NONE = (password, ownWords) -> false;
    private static final CommonPasswords ALL = (password, ownWords) -> true;
    /** No locale: the text the API gives, {@link FieldError#message()}, always Polish. */
    private static final Locale API = null;

    @Test
    void aTooShortPasswordIsRefusedInPolishForTheApiAndInEnglishForAnEnglishPage() {
        List<FieldError> errors = PasswordPolicy.violations("password", "kot1", "jan.kowalski", NONE, "Jan Kowalski");
        FieldError first = errors.get(0);
        assertEquals("password", first.field());
        assertEquals("password.tooShort", first.key());
        assertEquals("Hasło musi mieć co najmniej 12 znaków.", first.message());
        assertEquals("The password must have at least 12 characters.", first.message(Locale.ENGLISH));
    }

    /** Each rule's one message: the API's Polish text, or the English one a {@code ?lang=en} page shows. */
    static Stream<Arguments> everyRuleKeepsItsPolishTextAndHasAnEnglishOne() {
        return Stream.of(
                arguments("", "jan", API, "Nowe hasło jest wymagane."),
                arguments(null, "jan", Locale.ENGLISH, "A new password is required."),
                arguments("ab1" + "x".repeat(200), "jan", API, "Hasło może mieć najwyżej 200 znaków."),
                arguments(
                        "abcdefghijklmn",
                        "jan",
                        API,
                        "Hasło musi zawierać litery oraz co najmniej jedną cyfrę lub inny znak."),
                arguments("xjan.kowalski7", "jan.kowalski", API, "Hasło nie może zawierać nazwy użytkownika."),
                arguments("aaaaaaaaaaa1", "jan", API, "Hasło jest zbyt przewidywalne: użyj więcej różnych znaków."),
                arguments(
                        "aaaaaaaaaaa1",
                        "jan",
                        Locale.ENGLISH,
                        "The password is too predictable: use more different characters."));
    }

    @ParameterizedTest
    @MethodSource
    void everyRuleKeepsItsPolishTextAndHasAnEnglishOne(
            String password, String username, Locale locale, String message) {
        List<FieldError> errors = PasswordPolicy.violations("p", password, username, NONE);
        assertEquals(
                List.of(message),
                locale == API
                        ? polish(errors)
                        : errors.stream().map(e -> e.message(locale)).toList());
    }

    @Test
    void aGuessablePasswordIsNamedByItsKeyAndExplainedInPolish() {
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
}
