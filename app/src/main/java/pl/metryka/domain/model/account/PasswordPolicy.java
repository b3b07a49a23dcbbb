package pl.metryka.domain.model.account;

import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.shared.FieldError;

/**
 * How strong a new password must be: at least {@value #MIN_LENGTH} characters (length matters
 * more than symbols), letters and at least one digit or other sign, not the user name, not one
 * character repeated, and not among the passwords attackers try first ({@link CommonPasswords}).
 * Messages are named by the form field they belong to.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    static final String GUESSABLE = "Hasło jest zbyt łatwe do odgadnięcia: jest na liście popularnych lub wykradzionych haseł "
            + "albo powstaje z popularnych słów, imion, dat lub sekwencji klawiszy (jak „Password1234”). "
            + "Wybierz dłuższe hasło, np. kilka niepowiązanych ze sobą słów.";

    private PasswordPolicy() {
    }

    /**
     * All rules, the common-password list included (asked only when the rest are met, so that one
     * message says what to change). {@code ownWords}: words of the account that must not carry a
     * password (the user name, the person's name).
     */
    public static List<FieldError> violations(String field, String password, String username, CommonPasswords common,
                                              String... ownWords) {
        List<FieldError> errors = violations(field, password, username);
        if (errors.isEmpty()) {
            String[] words = new String[ownWords.length + 1];
            words[0] = username == null ? "" : username;
            System.arraycopy(ownWords, 0, words, 1, ownWords.length);
            if (common.guessable(password, words)) {
                errors.add(new FieldError(field, GUESSABLE));
            }
        }
        return errors;
    }

    /** The rules that need no list: length, kinds of characters, the user name, repetition. */
    public static List<FieldError> violations(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "Nowe hasło jest wymagane."));
            return errors;
        }
        if (password.length() < MIN_LENGTH) {
            errors.add(new FieldError(field, "Hasło musi mieć co najmniej " + MIN_LENGTH + " znaków."));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "Hasło może mieć najwyżej " + MAX_LENGTH + " znaków."));
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            errors.add(new FieldError(field, "Hasło musi zawierać litery oraz co najmniej jedną cyfrę lub inny znak."));
        }
        if (username != null && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError(field, "Hasło nie może zawierać nazwy użytkownika."));
        }
        if (password.codePoints().distinct().count() < 4) {
            errors.add(new FieldError(field, "Hasło jest zbyt przewidywalne: użyj więcej różnych znaków."));
        }
        return errors;
    }
}
