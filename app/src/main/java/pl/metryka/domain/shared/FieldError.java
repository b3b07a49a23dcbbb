package pl.metryka.domain.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One rejected input: the field (as named in the API and the forms) and a message for a person.
 * A rule of the domain names its message by a key of the messages bundle ({@link #of}), so the
 * text lives once and a page can show it in the reader's language; {@link #message()} stays the
 * Polish text the API and the import reports have always given. Messages that come from outside
 * (a library, a parser) have no key.
 */
public record FieldError(String field, String message, String key, List<Object> args) {

    public FieldError {
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, Messages.text(key, Messages.POLISH, args), key, Arrays.asList(args));
    }

    /** The message in the reader's language, where the rule gave a key. */
    public String message(Locale locale) {
        return key == null ? message : Messages.text(key, locale, args.toArray());
    }
}
