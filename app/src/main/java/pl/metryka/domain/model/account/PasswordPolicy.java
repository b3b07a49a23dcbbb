package pl.metryka.domain.model.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private PasswordPolicy() {}

    /**
     * All rules, the common-password list included (asked only when the rest are met, so that one
     * message says what to change). {@code ownWords}: words of the account that must not carry a
     * password (the user name, the person's name).
     */
    public static List<FieldError> violations(
            String field, String password, String username, CommonPasswords common, String... ownWords) {
        List<FieldError> errors = violations(field, password, username);
        if (errors.isEmpty()) {
            String[] words = new String[ownWords.length + 1];
            words[0] = username == null ? "" : username;
            System.arraycopy(ownWords, 0, words, 1, ownWords.length);
            if (common.guessable(password, words)) {
                errors.add(FieldError.of(field, "password.guessable"));
            }
        }
        return errors;
    }

    /** The rules that need no list: length, kinds of characters, the user name, repetition. */
    public static List<FieldError> violations(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of(field, "password.new.required"));
            return errors;
        }
        if (password.length() < MIN_LENGTH) {
            errors.add(FieldError.of(field, "password.tooShort", String.valueOf(MIN_LENGTH)));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(FieldError.of(field, "password.tooLong", String.valueOf(MAX_LENGTH)));
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            errors.add(FieldError.of(field, "password.characters"));
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(field, "password.containsUsername"));
        }
        if (password.codePoints().distinct().count() < 4) {
            errors.add(FieldError.of(field, "password.repetitive"));
        }
        return errors;
    }
}
