package pl.metryka.domain.model.account;

import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.shared.FieldError;

/**
 * How strong a new password must be: at least {@value #MIN_LENGTH} characters (length matters
 * more than symbols), letters and at least one digit or other sign, not the user name, not one
 * character repeated. Messages are named by the form field they belong to.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

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
